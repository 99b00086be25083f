// Re-keying the database (docs/security.md, "Revocation and re-keying").
#include "audit/AuditTrail.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyFileLock.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/RecoveryKey.h"
#include "services/Session.h"
#include "services/SessionKeys.h"
#include "services/SessionPrivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>

namespace casetrack {

namespace {

struct Holder
{
    bool active = false;
    QByteArray signPublic;
};

// The accounts as the database has them; false when they could not be read.
bool readHolders(Database& db, QHash<QString, Holder>* map)
{
    Statement stmt = db.prepare("SELECT name, active, sign_public FROM accounts");
    while (stmt.next())
        map->insert(stmt.text(0), {stmt.integer(1) != 0, stmt.isNull(2) ? QByteArray() : stmt.blob(2)});
    return stmt.isValid() && !stmt.failed();
}

// SQLCipher's raw-key literal x'<hex>' in guarded memory.
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

Error failed(const QString& what)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate("Session",
                                                   "重新加密失败（%1）。数据库未改变密钥，旧的密码和恢复密钥"
                                                   "仍然有效。")
                           .arg(what));
}

} // namespace

Result<QString> Session::rekey(const QString& ownPassword, QStringList* removedAccounts)
{
    if (Error error = d->refuseUnless(Action::ManageUsers); error.isError())
        return error;
    if (d->viaRecovery || d->signSecret.isEmpty())
        return Error::make(
            ErrorCode::Refused,
            QCoreApplication::translate("Session", "重新加密须由管理员以自己的账户和密码登录后进行。"));
    // Plan: who keeps access (active accounts with a signing key) and who loses it.
    Result<KeyFile> current = KeyFile::load(d->path);
    if (!current.ok())
        return current.error();
    QHash<QString, Holder> accounts;
    if (!readHolders(*d->db, &accounts))
        return failed(d->db->lastError());
    QStringList kept, removed;
    for (const KeySlot& slot : current->keySlots) {
        const Holder holder = accounts.value(slot.user);
        if (slot.user == d->account.name)
            continue;
        (holder.active && !holder.signPublic.isEmpty() && slot.version >= 2 ? kept : removed)
            .append(slot.user);
    }
    SlotSecrets own;
    const KeySlot* ownSlot = current->slot(d->account.name);
    if (!ownSlot || unwrapSlot(d->databaseId, *ownSlot, ownPassword, &own) != SlotOpen::Opened)
        return Error::make(ErrorCode::Auth,
                           QCoreApplication::translate("Session", "当前密码不正确，未重新加密。"));

    // 1. The signed record, under the old key: who keeps access, who loses it.
    const QJsonObject after{{QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
    if (Error error = d->change(QStringLiteral("database.rekey"), d->databaseId, {}, after,
                                []() { return Error::ok(); });
        error.isError())
        return error;

    SecureBytes newKey = SecureBytes::random(kKeyBytes);
    {
        KeyFileLock lock(d->path);
        Result<KeyFile> keys = KeyFile::load(d->path);
        if (!keys.ok())
            return keys.error();
        KeyFile next = keys.value();
        next.keySlots.clear();
        next.keyCheck = KeyFile::keyCheckFor(newKey);
        for (const KeySlot& slot : keys->keySlots) {
            if (slot.user == d->account.name) {
                KdfParams params = slot.kdf;
                randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
                next.keySlots.append(wrapSlot(d->databaseId, slot.user, slot.accountId, newKey, d->signSecret,
                                              ownPassword, params));
            } else if (kept.contains(slot.user)) {
                KeySlot sealed = slot;
                sealed.pending = sealKeyFor(accounts.value(slot.user).signPublic, newKey);
                next.keySlots.append(sealed);
            }
        }
        qint64 seq = 0;
        QByteArray hash;
        AuditTrail::head(*d->db, &seq, &hash);
        next.anchor = {seq, hash, anchorMac(newKey, d->databaseId, seq, hash)};

        // 2. The new key file beside the old one, 3. the database re-encrypted (atomic),
        // 4. the slot verifiers under the new key, 5. the new key file in place. A crash after 3
        // leaves "<db>.rekey.keys" to be renamed to "<db>.keys" by hand (docs/security.md).
        const QString staged = rekeyStagingPath(d->path);
        if (Error error = next.save(staged); error.isError())
            return error;
        const SecureBytes literal = rawKeyLiteral(newKey);
        if (sqlite3_rekey(d->db->handle(), literal.data(), static_cast<int>(literal.size())) != SQLITE_OK) {
            QFile::remove(KeyFile::pathFor(staged));
            return failed(d->db->lastError());
        }
        Error error = d->db->begin();
        for (const KeySlot& slot : next.keySlots) {
            Statement update = d->db->prepare("UPDATE accounts SET slot_verifier = ? WHERE name = ?");
            update.bind(1, slotVerifier(newKey, d->databaseId, slot)).bind(2, slot.user);
            if (!error.isError() && !update.run())
                error = Error::make(ErrorCode::Unavailable, d->db->lastError());
        }
        if (!error.isError())
            error = d->db->commit();
        if (error.isError())
            d->db->rollback();
        if (std::rename(QFile::encodeName(KeyFile::pathFor(staged)).constData(),
                        QFile::encodeName(KeyFile::pathFor(d->path)).constData()) != 0 &&
            !error.isError())
            error = Error::make(
                ErrorCode::Unavailable,
                QCoreApplication::translate("Session", "新的密钥文件 %1 未能就位。请将它改名为 %2。")
                    .arg(KeyFile::pathFor(staged), KeyFile::pathFor(d->path)));
        if (error.isError())
            return error;
    }
    d->databaseKey = std::move(newKey);
    if (removedAccounts)
        *removedAccounts = removed;
    return formatRecoveryKey(d->databaseKey);
}

Error Session::Private::adoptRekey(const KeySlot& slot, const QString& password)
{
    return change(QStringLiteral("account.key_rewrap"), account.name, {}, {}, [&]() {
        KeyFileLock lock(path);
        Result<KeyFile> keys = KeyFile::load(path);
        if (!keys.ok())
            return keys.error();
        KdfParams params = slot.kdf;
        randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
        const KeySlot fresh =
            wrapSlot(databaseId, account.name, slot.accountId, databaseKey, signSecret, password, params);
        keys->putSlot(fresh);
        return updateSlotRow(fresh, nullptr) ? keys->save(path)
                                             : Error::make(ErrorCode::Unavailable, db->lastError());
    });
}

} // namespace casetrack
