// Accounts (each with its own key slot) and the audit trail.
#include "audit/AuditTrail.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyFile.h"
#include "session/Session.h"
#include "session/SessionPrivate.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

KdfProfile profileOf(const KeyFile& keys)
{
    KdfProfile profile = KdfProfile::Standard;
    kdfProfileFromId(keys.kdfProfile, &profile);
    return profile;
}

Error checkNewPassword(const QString& password)
{
    if (password.isEmpty())
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("Session", "新密码不能为空。"));
    return Error::ok();
}

} // namespace

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
    if (Error error = checkNewPassword(password); error.isError())
        return error;
    for (const Account& existing : accounts()) {
        if (existing.name == name)
            return Error::make(
                ErrorCode::Invalid,
                QCoreApplication::translate("Session", "用户 %1 已存在。请换一个用户名。").arg(name));
    }
    Result<KeyFile> keys = KeyFile::load(d->path);
    if (!keys.ok())
        return keys.error();
    keys->putSlot(KeyFile::wrap(name, d->databaseKey, password, newKdfParams(profileOf(keys.value()))));
    const QJsonObject after{{QStringLiteral("role"), roleId(role)}, {QStringLiteral("active"), true}};
    return d->change(QStringLiteral("account.add"), name, {}, after, [&]() {
        Statement insert =
            d->db->prepare("INSERT INTO accounts(name, role, active, created_at) VALUES(?, ?, 1, ?)");
        insert.bind(1, name)
            .bind(2, roleId(role))
            .bind(3, QDateTime::currentDateTime().toString(Qt::ISODate));
        if (!insert.run())
            return Error::make(ErrorCode::Unavailable, d->db->lastError());
        return keys->save(d->path); // last: a failure here rolls the account back
    });
}

Error Session::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (Error error = d->refuseReadOnly(); error.isError())
        return error;
    if (Error error = checkNewPassword(newPassword); error.isError())
        return error;
    Result<KeyFile> keys = KeyFile::load(d->path);
    if (!keys.ok())
        return keys.error();
    const KeySlot* slot = keys->slot(d->account.name);
    if (!slot || KeyFile::unwrap(*slot, oldPassword).isEmpty())
        return Error::make(ErrorCode::Auth,
                           QCoreApplication::translate("Session", "当前密码不正确，密码未修改。"));
    keys->putSlot(
        KeyFile::wrap(d->account.name, d->databaseKey, newPassword, newKdfParams(profileOf(keys.value()))));
    return d->change(QStringLiteral("account.password_change"), d->account.name, {}, {},
                     [&]() { return keys->save(d->path); });
}

Error Session::resetPassword(const QString& name, const QString& newPassword)
{
    if (Error error = d->refuseUnless(Action::ManageUsers); error.isError())
        return error;
    if (Error error = checkNewPassword(newPassword); error.isError())
        return error;
    bool known = false;
    for (const Account& existing : accounts())
        known = known || existing.name == name;
    if (!known)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "没有用户 %1。").arg(name));
    Result<KeyFile> keys = KeyFile::load(d->path);
    if (!keys.ok())
        return keys.error();
    keys->putSlot(KeyFile::wrap(name, d->databaseKey, newPassword, newKdfParams(profileOf(keys.value()))));
    return d->change(QStringLiteral("account.password_reset"), name, {}, {},
                     [&]() { return keys->save(d->path); });
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
    return AuditTrail::verify(*d->db);
}

Error Session::recordUse(const QString& action, const QJsonObject& details)
{
    return recordAccess(action, details.value(QStringLiteral("target")).toString(), details);
}

} // namespace casetrack
