#pragma once

#include "accounts/Account.h"
#include "audit/AuditRecord.h"
#include "crypto/KeyFile.h"
#include "crypto/SecureBytes.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QJsonValue>

#include <functional>
#include <memory>

namespace casetrack {

struct Session::Private
{
    QString path;
    Account account;
    Access access = Access::ReadWrite;
    bool testKdf = false;    // made with the tests-only `fast` key derivation
    SecureBytes databaseKey; // kept to wrap the key for new accounts; wiped on destruction
    SecureBytes signSecret;  // the account's Ed25519 key: signs each audit record it appends
    QString databaseId;
    bool viaRecovery = false; // unlocked with the recovery key: records are by "recovery", unsigned
    std::unique_ptr<DatabaseLock> lock;
    std::unique_ptr<Database> db;
    // Told how far a rewrite of every case's summary is (setRebuildProgress).
    std::function<void(qsizetype, qsizetype)> rebuildProgress;

    // The one path for changes: runs `apply` and appends the audit record in one transaction.
    // Nothing is written when either fails.
    Error change(const QString& action, const QString& target, const QJsonValue& before,
                 const QJsonValue& after, const std::function<Error()>& apply);
    // The one path for records of use (views, prints, exports): appends the record, and runs
    // `alsoWrite` (a print's document number) in the same transaction. Works in read-only
    // sessions: no DatabaseLock, only SQLite's own write lock for the transaction.
    Error appendUse(const QString& action, const QString& target, const QJsonObject& details,
                    const std::function<Error()>& alsoWrite = {});
    // For a change: a read-write session and an account whose role may do it.
    Error refuseUnless(Action action) const;
    // For a use that changes nothing (print, export): the role alone; read-only sessions may.
    Error refuseRoleUnless(Action action) const;
    // Who the audit records name: the account, or "recovery".
    QString author() const;
    // Copies the chain head into the key file's authenticated anchor, after a commit. A failure
    // leaves the anchor behind the database, which open accepts (a crash does the same).
    void anchorChain();
    // Appends the record of a stale lock taken over at open (signed, so after the slot is bound).
    Error recordLockTakeover();
    bool lockTakeoverRecorded = false;
    // After a password unlock: the slot must be the one the database knows for this account
    // (account id, slot verifier, signing key). A version 1 slot is upgraded here (read-write).
    Error bindSlot(const KeySlot& slot, SecureBytes&& slotSignSecret, const QString& password);
    // Points the account's row at a new slot (and, given one, at a new signing key).
    bool updateSlotRow(const KeySlot& slot, const SecureBytes* newSignSecret);
    // Records in the trail the failed unlocks of this account since the database last saw its
    // counter, or that the counter went backwards (deleted or an old key file put back).
    Error noteFailedUnlocks(const KeySlot& slot);
    // After a re-key by someone else: wraps the new key under this account's password.
    Error adoptRekey(const KeySlot& slot, const QString& password);
    Error upgradeLegacySlot(const KeySlot& slot, const QString& password, const QString& accountId);
    Error refuseReadOnly() const;
};

// The record of a print or export: `record` plus where it went and the stated purpose and
// recipient ("（未说明）" for what was left out). SessionOutput.cpp.
QJsonObject withStatedUse(QJsonObject record, const QString& destination, const StatedUse& use);

} // namespace casetrack
