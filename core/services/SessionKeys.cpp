// Password unlock with bound key slots, the failed-attempt counters in the key file, the
// upgrade of version 1 slots, and the chain anchor (docs/security.md).
#include "services/SessionKeys.h"

#include "audit/AuditTrail.h"
#include "crypto/KeyFileLock.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/KeyedHash.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/FailedAttempts.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <cstdio>

#include <sodium.h>

namespace casetrack {

namespace {

Error authFailed()
{
    return Error::make(ErrorCode::Auth,
                       QCoreApplication::translate(
                           "Session", "用户名或密码不正确。请检查后重试；忘记密码请联系管理员重置。"));
}

Error slotMismatch(const QString& user)
{
    return Error::make(
        ErrorCode::Auth,
        QCoreApplication::translate("Session", "账户 %1 的密钥槽与数据库中的账户记录不符（密钥文件被改动，"
                                               "或密钥槽来自别的账户）。未解锁，此次尝试已记录。")
            .arg(user));
}

Error damagedSlot(const QString& path, const QString& user)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate(
                           "Session", "密钥文件 %1 已损坏：账户 %2 的密钥槽校验不符。这不是密码错误，"
                                      "也不计入失败次数。请从备份恢复密钥文件，或由管理员用恢复密钥"
                                      "解锁后为该账户重置密码。")
                           .arg(KeyFile::pathFor(path), user));
}

void countFailureLocked(KeyFile& keys, KeySlot slot, const QString& path)
{
    FailedAttempts::recordFailure(slot);
    keys.putSlot(slot);
    // Best effort: on a read-only medium the refusal still stands (exit 3); the count is lost,
    // which gives nothing to someone who could copy the files and try passwords offline anyway.
    (void)keys.save(path);
}

// Counts a refused unlock (a slot the database does not accept) like a wrong password.
void countFailure(const QString& path, const QString& user)
{
    KeyFileLock lock(path);
    Result<KeyFile> keys = KeyFile::load(path);
    if (!keys.ok() || !keys->slot(user))
        return;
    KeySlot slot = *keys->slot(user);
    FailedAttempts::recordFailure(slot);
    keys->putSlot(slot);
    (void)keys->save(path); // best effort, as in countFailureLocked
}

} // namespace

QByteArray publicKeyOf(const SecureBytes& signSecret)
{
    SlotSecrets secrets;
    secrets.signSecret = SecureBytes::copyOf(signSecret.data(), signSecret.size());
    return secrets.signPublic();
}

QJsonObject accountAddedJson(Role role, const QString& accountId, const SecureBytes& signSecret)
{
    return {{QStringLiteral("role"), roleId(role)},
            {QStringLiteral("active"), true},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("sign_public"), QString::fromLatin1(publicKeyOf(signSecret).toHex())}};
}

QByteArray anchorMac(const SecureBytes& databaseKey, const QString& databaseId, qint64 seq,
                     const QByteArray& hash)
{
    const QByteArray data = databaseId.toUtf8() + '\x1f' + QByteArray::number(seq) + '\x1f' + hash;
    return keyedHash(databaseKey, "casetrack chain anchor v1", data);
}

Error checkChainAnchor(Database& db, const SecureBytes& databaseKey, const KeyFile& keys)
{
    if (keys.anchor.seq <= 0)
        return Error::ok(); // a key file from before anchors: anchored at the next change
    if (keys.anchor.mac != anchorMac(databaseKey, keys.databaseId, keys.anchor.seq, keys.anchor.hash))
        return Error::make(ErrorCode::Tampered,
                           QCoreApplication::translate(
                               "Session", "密钥文件中记录的审计链末端不可信（校验不符）：密钥文件被改动。"
                                          "请从备份恢复，并由管理员核查。"));
    bool readFailed = false;
    const QByteArray held = AuditTrail::hashAt(db, keys.anchor.seq, &readFailed);
    if (readFailed)
        return Error::make(ErrorCode::Unavailable, db.lastError());
    if (held != keys.anchor.hash)
        return Error::make(ErrorCode::Tampered,
                           QCoreApplication::translate(
                               "Session",
                               "数据库比它的密钥文件旧：密钥文件记载审计记录已到第 %1 条，数据库中没有这条"
                               "记录或内容不同。这是旧副本被当作当前文件，或审计记录被删改。未打开。"
                               "请从最新的备份恢复，并由管理员核查（恢复密钥仍可打开以便查看）。")
                               .arg(keys.anchor.seq));
    return Error::ok();
}

QString rekeyStagingPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".rekey");
}

bool completeInterruptedRekey(const QString& path, const QString& userName, const QString& password)
{
    KeyFileLock lock(path);
    Result<KeyFile> staged = KeyFile::load(rekeyStagingPath(path));
    if (!staged.ok())
        return false;
    const KeySlot* slot = staged->slot(userName);
    SlotSecrets secrets;
    if (!slot || unwrapSlot(staged->databaseId, *slot, password, &secrets) != SlotOpen::Opened)
        return false;
    if (!slot->pending.isEmpty()) // another account's slot: the new key is sealed to it
        secrets.databaseKey = openSealedKey(secrets.signSecret, slot->pending);
    if (secrets.databaseKey.isEmpty() || KeyFile::keyCheckFor(secrets.databaseKey) != staged->keyCheck)
        return false;
    // Proof that the re-encryption happened: the staged key reads the database.
    if (!Database::open(path, secrets.databaseKey, Database::Mode::ReadOnly).ok())
        return false;
    // The old key file opens nothing any more; replacing it is the re-key's last step.
    return std::rename(QFile::encodeName(KeyFile::pathFor(rekeyStagingPath(path))).constData(),
                       QFile::encodeName(KeyFile::pathFor(path)).constData()) == 0;
}

Result<std::unique_ptr<Session>> Session::open(const QString& path, const QString& userName,
                                               const QString& password, Access access)
{
    if (!QFile::exists(path))
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "找不到数据库文件 %1。请检查路径，或新建数据库。")
                .arg(path));
    SlotSecrets secrets;
    KeySlot slot;
    {
        // Read, try and count under one lock: parallel attempts are tried one at a time, and
        // each failure is counted before the next attempt reads the count.
        KeyFileLock lock(path);
        Result<KeyFile> keys = KeyFile::load(path);
        if (!keys.ok())
            return keys.error();
        const KeySlot* found = keys->slot(userName);
        if (!found)
            return authFailed();
        slot = *found;
        const QDateTime until = FailedAttempts::lockedUntil(slot);
        if (until.isValid())
            return Error::make(ErrorCode::Auth,
                               QCoreApplication::translate(
                                   "Session", "账户 %1 连续多次密码错误，已暂时锁定，请于 %2 之后再试。")
                                   .arg(userName, until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        switch (unwrapSlot(keys->databaseId, slot, password, &secrets)) {
        case SlotOpen::Damaged:
            return damagedSlot(path, userName);
        case SlotOpen::OutOfMemory:
            return Error::make(
                ErrorCode::Unavailable,
                QCoreApplication::translate("Session", "内存不足，无法进行密码验证。请关闭其他程序后重试。"));
        case SlotOpen::WrongPassword:
            // Counted wherever the key file can be written; on a read-only medium the
            // answer stays "wrong password" (exit 3), as the contract asks.
            FailedAttempts::recordFailure(slot);
            keys->putSlot(slot);
            (void)keys->save(path);
            return authFailed();
        case SlotOpen::Opened:
            if (FailedAttempts::recordSuccess(slot)) {
                keys->putSlot(slot);
                if (Error error = keys->save(path); error.isError())
                    return error;
            }
            break;
        }
        // Re-keyed by an administrator since this account's last unlock: the new key is sealed
        // to this account's signing key.
        if (!slot.pending.isEmpty()) {
            SecureBytes newer = openSealedKey(secrets.signSecret, slot.pending);
            if (!newer.isEmpty())
                secrets.databaseKey = std::move(newer);
        }
        // A slot from before a re-key (copied from an old key file) holds a key that no longer
        // opens anything.
        if (!keys->keyCheck.isEmpty() && KeyFile::keyCheckFor(secrets.databaseKey) != keys->keyCheck) {
            countFailureLocked(keys.value(), slot, path);
            return Error::make(ErrorCode::Auth, QCoreApplication::translate(
                                                    "Session", "账户 %1 的密钥槽来自重新加密之前，已失效。"
                                                               "请联系管理员重置密码。此次尝试已记录。")
                                                    .arg(userName));
        }
    }
    auto opened = openWithKey(path, std::move(secrets.databaseKey), userName, access);
    // The key file's key does not open the file, and a re-key's new key file lies beside it: the
    // re-key stopped between re-encrypting the file and putting its key file in place. When the
    // staged file's key, unwrapped with this password, opens the database, the re-key is
    // finished here and recorded; otherwise say so, instead of calling the file damaged
    // (docs/security.md "Re-keying").
    const QString staged = KeyFile::pathFor(rekeyStagingPath(path));
    if (!opened.ok() && opened.error().code == ErrorCode::Unavailable && QFile::exists(staged)) {
        if (completeInterruptedRekey(path, userName, password)) {
            auto completed = open(path, userName, password, access);
            if (completed.ok())
                (void)completed.value()->recordAccess(QStringLiteral("database.rekey_completed"), userName,
                                                      QJsonObject{{QStringLiteral("key_file"), staged}});
            return completed;
        }
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate(
                               "Session",
                               "数据库 %1 的重新加密没有完成：文件已用新密钥加密，新的密钥文件 %2 "
                               "还没有替换 %3。请关闭所有 CaseTrack 程序，把 %2 改名为 %3（先保留旧文件"
                               "的副本），再解锁。")
                               .arg(path, staged, KeyFile::pathFor(path)));
    }
    Error error = opened.ok() ? opened.value()->d->bindSlot(slot, std::move(secrets.signSecret), password)
                              : opened.error();
    if (error.isError()) {
        if (error.code == ErrorCode::Auth)
            countFailure(path, userName);
        return error;
    }
    if (access == Access::ReadWrite) {
        if (Error noted = opened.value()->d->noteFailedUnlocks(slot); noted.isError())
            return noted;
        if (Error recorded = opened.value()->d->recordLockTakeover(); recorded.isError())
            return recorded;
    }
    if (!slot.pending.isEmpty() && access == Access::ReadWrite) {
        if (Error adopted = opened.value()->d->adoptRekey(slot, password); adopted.isError())
            return adopted;
    }
    return opened;
}

Error Session::Private::bindSlot(const KeySlot& slot, SecureBytes&& slotSignSecret, const QString& password)
{
    Statement stmt =
        db->prepare("SELECT account_id, sign_public, slot_verifier FROM accounts WHERE name = ?");
    stmt.bind(1, slot.user);
    if (!stmt.next())
        return stmt.failed() || !stmt.isValid() ? Error::make(ErrorCode::Unavailable, db->lastError())
                                                : slotMismatch(slot.user);
    const QString rowId = stmt.isNull(0) ? QString() : stmt.text(0);
    const QByteArray rowPublic = stmt.isNull(1) ? QByteArray() : stmt.blob(1);
    const QByteArray rowVerifier = stmt.isNull(2) ? QByteArray() : stmt.blob(2);
    if (slot.version >= 2) {
        SlotSecrets secrets;
        secrets.signSecret = std::move(slotSignSecret);
        if (rowId != slot.accountId || rowPublic.isEmpty() || rowPublic != secrets.signPublic() ||
            rowVerifier != slotVerifier(databaseKey, databaseId, slot))
            return slotMismatch(slot.user);
        signSecret = std::move(secrets.signSecret);
        return Error::ok();
    }
    // A version 1 slot for an account that already has a signing key is an old copy.
    if (!rowPublic.isEmpty())
        return slotMismatch(slot.user);
    if (access == Access::ReadOnly)
        return Error::ok(); // upgraded at the next read-write unlock
    return upgradeLegacySlot(slot, password, rowId);
}

Error Session::Private::upgradeLegacySlot(const KeySlot& slot, const QString& password, const QString& rowId)
{
    const QString accountId = rowId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : rowId;
    signSecret = newSigningSecret(); // signs the upgrade record itself
    KdfParams params = slot.kdf;     // same cost as before, fresh salt
    randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
    const QJsonObject after{
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("sign_public"), QString::fromLatin1(publicKeyOf(signSecret).toHex())}};
    return change(QStringLiteral("account.key_upgrade"), account.name, {}, after, [&]() {
        KeyFileLock lock(path);
        Result<KeyFile> keys = KeyFile::load(path);
        if (!keys.ok())
            return keys.error();
        const KeySlot upgraded =
            wrapSlot(databaseId, account.name, accountId, databaseKey, signSecret, password, params);
        keys->putSlot(upgraded);
        Statement update = db->prepare(
            "UPDATE accounts SET account_id = ?, sign_public = ?, slot_verifier = ? WHERE name = ?");
        update.bind(1, accountId)
            .bind(2, publicKeyOf(signSecret))
            .bind(3, slotVerifier(databaseKey, databaseId, upgraded))
            .bind(4, account.name);
        if (!update.run())
            return Error::make(ErrorCode::Unavailable, db->lastError());
        return keys->save(path); // last: a failure here rolls the upgrade back
    });
}

Error Session::Private::noteFailedUnlocks(const KeySlot& slot)
{
    Statement stmt = db->prepare("SELECT failures_seen FROM accounts WHERE name = ?");
    stmt.bind(1, slot.user);
    if (!stmt.next())
        return Error::make(ErrorCode::Unavailable, db->lastError());
    const qint64 seen = stmt.integer(0);
    stmt.reset();
    if (slot.failuresTotal == seen)
        return Error::ok();
    // Fewer failures than the database already saw: the counter was reset.
    const QString action = slot.failuresTotal < seen ? QStringLiteral("account.failure_counter_reset")
                                                     : QStringLiteral("account.failed_unlocks");
    return change(action, slot.user, QJsonObject{{QStringLiteral("failures_total"), seen}},
                  QJsonObject{{QStringLiteral("failures_total"), slot.failuresTotal}}, [&]() {
                      Statement update = db->prepare("UPDATE accounts SET failures_seen = ? WHERE name = ?");
                      update.bind(1, slot.failuresTotal).bind(2, slot.user);
                      return update.run() ? Error::ok()
                                          : Error::make(ErrorCode::Unavailable, db->lastError());
                  });
}

void Session::Private::anchorChain()
{
    if (databaseKey.isEmpty() || databaseId.isEmpty())
        return;
    qint64 seq = 0;
    QByteArray hash;
    AuditTrail::head(*db, &seq, &hash);
    if (seq <= 0)
        return;
    KeyFileLock lock(path);
    Result<KeyFile> keys = KeyFile::load(path);
    if (!keys.ok() || (keys->anchor.seq == seq && keys->anchor.hash == hash))
        return;
    keys->anchor = {seq, hash, anchorMac(databaseKey, databaseId, seq, hash)};
    if (keys->save(path).isError())
        qWarning("CaseTrack: the chain anchor could not be written to the key file");
}

} // namespace casetrack
