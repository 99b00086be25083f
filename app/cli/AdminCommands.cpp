// init, user add|list|passwd|reset, audit verify, calendar import.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

namespace {} // namespace

int cliInit(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {QStringLiteral("admin"), QStringLiteral("kdf")}, &code))
        return code;
    const QString admin = cli.args.option(QStringLiteral("admin"));
    if (admin.trimmed().isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "init 需要 --admin NAME（管理员用户名）。"));
    KdfProfile profile = KdfProfile::Standard;
    if (cli.args.options.contains(QStringLiteral("kdf")) &&
        !kdfProfileFromId(cli.args.option(QStringLiteral("kdf")), &profile))
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--kdf 只能是 standard 或 fast（fast 仅供测试）。")));
    QString password = cli.passwords.fresh(QCoreApplication::translate("Cli", "为 %1 设置密码：").arg(admin),
                                           "CASETRACK_PASSWORD");
    if (password.isEmpty())
        return cli.fail(
            Error::make(ErrorCode::Invalid,
                        QCoreApplication::translate("Cli", "密码为空或两次输入不一致，数据库未创建。")));
    QString recoveryKey;
    auto session = Session::create(cli.databasePath(), admin, password, profile, &recoveryKey);
    wipe(password);
    if (!session.ok())
        return cli.fail(session.error());
    const QJsonObject json{{QStringLiteral("path"), session.value()->path()},
                           {QStringLiteral("admin"), admin.trimmed()},
                           {QStringLiteral("kdf"), kdfProfileId(profile)},
                           {QStringLiteral("recovery_key"), recoveryKey}};
    cli.print(json,
              QCoreApplication::translate(
                  "Cli", "已创建数据库 %1，管理员 %2。\n恢复密钥（只显示这一次，请抄写或打印后妥善保管，"
                         "所有密码遗失时凭它恢复）：\n  %3\n")
                  .arg(session.value()->path(), admin.trimmed(), recoveryKey));
    return 0;
}

int cliUserAdd(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, {QStringLiteral("role")}, &code))
        return code;
    Role role = Role::CaseOfficer;
    if (!roleFromId(cli.args.option(QStringLiteral("role")), &role)) {
        QStringList ids;
        for (Role r : allRoles())
            ids.append(roleId(r));
        return cli.fail(
            Error::make(ErrorCode::Invalid, QCoreApplication::translate("Cli", "--role 必须是以下之一：%1。")
                                                .arg(ids.join(QStringLiteral(", ")))));
    }
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    const QString name = cli.args.words.at(2);
    QString password =
        cli.passwords.fresh(QCoreApplication::translate("Cli", "为新用户 %1 设置密码：").arg(name));
    if (password.isEmpty())
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "Cli", "新密码为空或两次输入不一致（脚本可用环境变量 CASETRACK_NEW_PASSWORD）。")));
    const Error added = session.value()->addAccount(name, role, password);
    wipe(password);
    if (added.isError())
        return cli.fail(added);
    cli.print(QJsonObject{{QStringLiteral("name"), name},
                          {QStringLiteral("role"), roleId(role)},
                          {QStringLiteral("active"), true}},
              QCoreApplication::translate("Cli", "已添加用户 %1（%2）。").arg(name, roleDisplayName(role)));
    return 0;
}

int cliUserList(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(2, 2, {}, Session::Access::ReadOnly, &code);
    if (!session)
        return code;
    QJsonArray array;
    QString text;
    for (const Account& account : session->accounts()) {
        array.append(QJsonObject{{QStringLiteral("name"), account.name},
                                 {QStringLiteral("role"), roleId(account.role)},
                                 {QStringLiteral("active"), account.active}});
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(account.name, roleDisplayName(account.role),
                         account.active ? QCoreApplication::translate("Cli", "启用")
                                        : QCoreApplication::translate("Cli", "停用"));
    }
    cli.print(array, text);
    return 0;
}

int cliUserPasswd(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(2, 2, {}, Session::Access::ReadWrite, &code);
    if (!session)
        return code;
    // The unlocking password proved who this is; it is also the "old" password.
    const QString old = cli.unlockPassword;
    QString fresh = cli.passwords.fresh(QCoreApplication::translate("Cli", "新密码："));
    if (fresh.isEmpty())
        return cli.fail(
            Error::make(ErrorCode::Invalid,
                        QCoreApplication::translate("Cli", "新密码为空或两次输入不一致，密码未修改。")));
    const Error changed = session->changeOwnPassword(old, fresh);
    wipe(fresh);
    if (changed.isError())
        return cli.fail(changed);
    cli.print(
        QJsonObject{{QStringLiteral("name"), session->account().name}, {QStringLiteral("changed"), true}},
        QCoreApplication::translate("Cli", "密码已修改。"));
    return 0;
}

int cliUserReset(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(3, 3, {}, Session::Access::ReadWrite, &code);
    if (!session)
        return code;
    const QString name = cli.args.words.at(2);
    QString fresh = cli.passwords.fresh(QCoreApplication::translate("Cli", "%1 的新密码：").arg(name));
    if (fresh.isEmpty())
        return cli.fail(
            Error::make(ErrorCode::Invalid,
                        QCoreApplication::translate("Cli", "新密码为空或两次输入不一致，密码未重置。")));
    const Error reset = session->resetPassword(name, fresh);
    wipe(fresh);
    if (reset.isError())
        return cli.fail(reset);
    cli.print(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reset"), true}},
              QCoreApplication::translate("Cli", "已重置 %1 的密码。").arg(name));
    return 0;
}

int cliAuditVerify(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(2, 2, {}, Session::Access::ReadOnly, &code);
    if (!session)
        return code;
    const AuditVerification result = session->verifyAudit();
    // A trail that cannot be read is damage (exit 6) when the file's pages are damaged; when every
    // page is sound, a table or row that cannot be read was altered by hand: tampering (exit 7).
    if (Error failure = session->readFailure(); failure.isError()) {
        if (session->checkPages().isError())
            return cli.fail(failure);
        return cli.fail(Error::make(
            ErrorCode::Tampered, QCoreApplication::translate("Cli", "数据库的结构被改动（文件本身完好）：%1")
                                     .arg(failure.message)));
    }
    QJsonObject json{{QStringLiteral("intact"), result.intact},
                     {QStringLiteral("records"), result.records},
                     {QStringLiteral("message"), result.message}};
    if (!result.intact) {
        json.insert(QStringLiteral("first_bad_seq"), result.firstBadSeq);
        json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(result.problems));
    } else
        json.insert(QStringLiteral("head"), QString::fromLatin1(result.headHash.toHex()));
    cli.print(json, result.message);
    if (!result.intact)
        return cli.fail(Error::make(ErrorCode::Tampered, result.message));
    return 0;
}

int cliCalendarImport(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, {}, &code))
        return code;
    const QString path = cli.args.words.at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "无法读取日历文件 %1：%2。").arg(path, file.errorString())));
    const QByteArray content = file.readAll();
    auto session = cli.unlock(Session::Access::ReadWrite);
    if (!session.ok())
        return cli.fail(session.error());
    int year = 0;
    if (Error error = session.value()->importCalendar(content, &year); error.isError())
        return cli.fail(error);
    const int days = session.value()->calendar().daysOfYear(year).size();
    cli.print(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("days"), days}},
              QCoreApplication::translate("Cli", "已导入 %1 年节假日安排（%2 天）。").arg(year).arg(days));
    return 0;
}

} // namespace casetrack
