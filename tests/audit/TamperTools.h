#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// What an insider who holds the database key can do to the file: run SQL in the real
// `sqlcipher` shell with the raw key (docs/security.md), and compute anything the format's
// unkeyed parts need (the BLAKE2b chain, the key file's anchor).
namespace casetrack::test {

struct ShellResult
{
    int code = -1;
    QByteArray err;
};

// Runs `sql` in the sqlcipher shell on `path` with the raw key (64 hex digits), with -bail.
ShellResult sqlcipherShell(const QString& path, const QString& keyHex, const QString& sql);

struct RawRecord
{
    qint64 seq = 0;
    QString at, user, action, target, before, after;
    QByteArray prevHash, hash, signature;
};

// Every audit row as stored (read with the key, as the shell would).
QList<RawRecord> readRecords(const QString& path, const SecureBytes& key);
// The record's chain hash as AuditTrail computes it.
QByteArray chainHash(const RawRecord& record);
// SQL that rewrites records from `from` on with a recomputed chain (and the head in meta);
// the triggers that refuse UPDATE on audit are dropped first.
QString rechainSql(QList<RawRecord> records, int from);
// SQL that appends `record` (seq, prev hash and hash filled in) after the last one.
QString appendSql(const QList<RawRecord>& records, RawRecord record, const SecureBytes* signSecret);
// Rewrites the key file's chain anchor to the database's current head, as an insider with the
// database key can.
bool reanchor(const QString& path, const SecureBytes& key);

QString sqlText(const QString& text);
QString sqlBlob(const QByteArray& bytes);

} // namespace casetrack::test
