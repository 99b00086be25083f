// Accounts (each with its own key slot) and the audit trail.
#include "accounts/PasswordPolicy.h"
#include "audit/AuditTrail.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyFile.h"
#include "crypto/KeyFileLock.h"
#include "crypto/KeySlotCrypto.h"
#include "services/Session.h"
#include "services/SessionKeys.h"
#include "services/SessionPrivate.h"

#include <QCoreApplication>
#include <QUuid>

namespace casetrack {

namespace {

KdfProfile profileOf(const KeyFile& keys)
{
    KdfProfile profile = KdfProfile::Standard;
    kdfProfileFromId(keys.kdfProfile, &profile);
    return profile;
}

} // namespace

bool Session::Private::updateSlotRow(const KeySlot& slot, const SecureBytes* newSignSecret)
{
    Statement update = newSignSecret ? db->prepare("UPDATE accounts SET account_id = ?, slot_verifier = ?, "
                                                   "sign_public = ? WHERE name = ?")
                                     : db->prepare("UPDATE accounts SET account_id = ?, slot_verifier = ? "
                                                   "WHERE name = ? ");
    update.bind(1, slot.accountId).bind(2, slotVerifier(databaseKey, databaseId, slot));
    if (newSignSecret)
        update.bind(3, publicKeyOf(*newSignSecret)).bind(4, slot.user);
    else
        update.bind(3, slot.user);
    return update.run();
}

// Every path that sets a password comes here: the first administrator, a new account, a change
// and a reset (desktop and command line alike).
Error Session::checkNewPassword(const QString& password, const QString& userName)
{
    if (password.isEmpty())
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("Session", "新密码不能为空。"));
    const PasswordAssessment assessed = assessPassword(password, {userName});
    if (!assessed.acceptable)
        return Error::make(ErrorCode::Invalid, assessed.reason);
    return Error::ok();
}

QList<Account> Session::accounts() const
{
    QList<Account> list;
    Statement stmt =
        d->db->prepare("SELECT name, role, active, created_at FROM accounts ORDER BY created_at, name");
    while (stmt.next()) {
        Account account;
        account.name = stmt.text(0);
        roleFromId(stmt.text(1), &account.role);
        account.active = stmt.integer(2) != 0;
        account.createdAt = QDateTime::fromString(stmt.text(3), Qt::ISODate);
        list.append(account);
    }
    return list;
}

Error Session::addAccount(const QString& rawName, Role role, const QString& password)
{
    if (Error error = d->refuseUnless(Action::ManageUsers); error.isError())
        return error;
    const QString name = rawName.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('\n')))
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("Session", "请填写用户名。"));
    if (Error error = checkNewPassword(password, name); error.isError())
        return error;
    for (const Account& existing : accounts()) {
        if (existing.name == name)
            return Error::make(
                ErrorCode::Invalid,
                QCoreApplication::translate("Session", "用户 %1 已存在。请换一个用户名。").arg(name));
    }
    const QString accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecureBytes signSecret = newSigningSecret();
    return d->change(
        QStringLiteral("account.add"), name, {}, accountAddedJson(role, accountId, signSecret), [&]() {
            KeyFileLock lock(d->path);
            Result<KeyFile> keys = KeyFile::load(d->path);
            if (!keys.ok())
                return keys.error();
            const KeySlot slot = wrapSlot(d->databaseId, name, accountId, d->databaseKey, signSecret,
                                          password, newKdfParams(profileOf(keys.value())));
            keys->removeSlot(name); // a leftover slot of an account that never was
            keys->putSlot(slot);
            Statement insert =
                d->db->prepare("INSERT INTO accounts(name, role, active, created_at, account_id, "
                               "sign_public, slot_verifier) VALUES(?, ?, 1, ?, ?, ?, ?)");
            insert.bind(1, name)
                .bind(2, roleId(role))
                .bind(3, QDateTime::currentDateTime().toString(Qt::ISODate))
                .bind(4, accountId)
                .bind(5, publicKeyOf(signSecret))
                .bind(6, slotVerifier(d->databaseKey, d->databaseId, slot));
            if (!insert.run())
                return Error::make(ErrorCode::Unavailable, d->db->lastError());
            return keys->save(d->path); // last: a failure here rolls the account back
        });
}

Error Session::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (Error error = d->refuseReadOnly(); error.isError())
        return error;
    if (Error error = checkNewPassword(newPassword, d->account.name); error.isError())
        return error;
    if (d->signSecret.isEmpty())
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Session", "用恢复密钥解锁时不能修改自己的密码。"));
    return d->change(QStringLiteral("account.password_change"), d->account.name, {}, {}, [&]() {
        KeyFileLock lock(d->path);
        Result<KeyFile> keys = KeyFile::load(d->path);
        if (!keys.ok())
            return keys.error();
        const KeySlot* slot = keys->slot(d->account.name);
        SlotSecrets old;
        if (!slot || unwrapSlot(keys->databaseId, *slot, oldPassword, &old) != SlotOpen::Opened)
            return Error::make(ErrorCode::Auth,
                               QCoreApplication::translate("Session", "当前密码不正确，密码未修改。"));
        const KeySlot fresh = wrapSlot(d->databaseId, d->account.name, slot->accountId, d->databaseKey,
                                       d->signSecret, newPassword, newKdfParams(profileOf(keys.value())));
        keys->putSlot(fresh);
        return d->updateSlotRow(fresh, nullptr) ? keys->save(d->path)
                                                : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
}

Error Session::resetPassword(const QString& name, const QString& newPassword)
{
    if (Error error = d->refuseUnless(Action::ManageUsers); error.isError())
        return error;
    if (Error error = checkNewPassword(newPassword, name); error.isError())
        return error;
    bool known = false;
    for (const Account& existing : accounts())
        known = known || existing.name == name;
    if (!known)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "没有用户 %1。").arg(name));
    // The administrator does not know the account's signing key: the reset gives it a new one,
    // named in the (signed) reset record so that `audit verify` follows the change.
    const SecureBytes signSecret = newSigningSecret();
    Statement row = d->db->prepare("SELECT account_id FROM accounts WHERE name = ?");
    row.bind(1, name);
    QString accountId = row.next() && !row.isNull(0) ? row.text(0) : QString();
    if (accountId.isEmpty())
        accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject after{
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("sign_public"), QString::fromLatin1(publicKeyOf(signSecret).toHex())}};
    return d->change(QStringLiteral("account.password_reset"), name, {}, after, [&]() {
        KeyFileLock lock(d->path);
        Result<KeyFile> keys = KeyFile::load(d->path);
        if (!keys.ok())
            return keys.error();
        const KeySlot fresh = wrapSlot(d->databaseId, name, accountId, d->databaseKey, signSecret,
                                       newPassword, newKdfParams(profileOf(keys.value())));
        keys->putSlot(fresh);
        return d->updateSlotRow(fresh, &signSecret) ? keys->save(d->path)
                                                    : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
}

Error Session::setAccountActive(const QString& name, bool active)
{
    if (Error error = d->refuseUnless(Action::ManageUsers); error.isError())
        return error;
    const QList<Account> list = accounts();
    const Account* target = nullptr;
    int activeAdmins = 0;
    for (const Account& account : list) {
        if (account.name == name)
            target = &account;
        if (account.active && account.role == Role::Administrator)
            ++activeAdmins;
    }
    if (!target)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "没有用户 %1。").arg(name));
    if (!active && name == d->account.name)
        return Error::make(ErrorCode::Refused,
                           QCoreApplication::translate("Session", "不能停用当前登录的账户。"));
    if (!active && target->role == Role::Administrator && target->active && activeAdmins <= 1)
        return Error::make(ErrorCode::Refused, QCoreApplication::translate(
                                                   "Session", "这是最后一个启用的管理员账户，不能停用。"));
    if (target->active == active)
        return Error::ok();
    return d->change(active ? QStringLiteral("account.activate") : QStringLiteral("account.deactivate"), name,
                     QJsonObject{{QStringLiteral("active"), target->active}},
                     QJsonObject{{QStringLiteral("active"), active}}, [&]() {
                         Statement update = d->db->prepare("UPDATE accounts SET active = ? WHERE name = ?");
                         update.bind(1, active ? 1 : 0).bind(2, name);
                         return update.run() ? Error::ok()
                                             : Error::make(ErrorCode::Unavailable, d->db->lastError());
                     });
}

QList<AuditRecord> Session::auditRecords(int offset, int limit) const
{
    if (!mayDo(Action::ViewAudit))
        return {};
    return AuditTrail::read(*d->db, offset, limit);
}

AuditVerification Session::verifyAudit() const
{
    AuditVerification result = AuditTrail::verify(*d->db);
    Result<KeyFile> keys = KeyFile::load(d->path);
    if (result.intact && keys.ok()) {
        if (Error error = checkChainAnchor(*d->db, d->databaseKey, keys.value()); error.isError()) {
            result.intact = false;
            result.firstBadSeq = keys->anchor.seq;
            result.message = error.message;
            result.problems.append(error.message);
        }
    }
    return result;
}

Error Session::recordUse(const QString& action, const QJsonObject& details)
{
    return recordAccess(action, details.value(QStringLiteral("target")).toString(), details);
}

} // namespace casetrack
