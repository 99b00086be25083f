#pragma once

#include "accounts/Role.h"
#include "util/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace casetrack {

class Database;
class KeyFile;
class SecureBytes;

// The pieces that bind accounts, key slots, signing keys and the key file's chain anchor
// together (docs/security.md), shared by Session's unlock and account functions.
QByteArray publicKeyOf(const SecureBytes& signSecret);
// The `after` of an account.add record: what `audit verify` re-derives the account row from.
QJsonObject accountAddedJson(Role role, const QString& accountId, const SecureBytes& signSecret);
QByteArray anchorMac(const SecureBytes& databaseKey, const QString& databaseId, qint64 seq,
                     const QByteArray& hash);
// Tampered when the key file's anchor is not authentic or names a record the database does not
// hold as it was: an older copy of the database (or a truncated trail) presented as current.
Error checkChainAnchor(Database& db, const SecureBytes& databaseKey, const KeyFile& keys);
// Where a re-key stages the new key file before it replaces the database's own: the key file of
// "<db>.rekey" (KeyFile::pathFor gives the file). Unlock looks there when the key does not fit.
QString rekeyStagingPath(const QString& databasePath);
// Finishes a re-key that stopped after re-encrypting the database: when `password` unwraps
// `userName`'s slot of the staged key file and that key opens the database, the staged key file
// replaces the database's own. False (nothing changed) otherwise.
bool completeInterruptedRekey(const QString& path, const QString& userName, const QString& password);

} // namespace casetrack
