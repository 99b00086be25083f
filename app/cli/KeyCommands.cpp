// rekey, user deactivate: revocation and re-keying (docs/security.md).
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

namespace {

// Re-keys with the unlocking password and prints the new recovery key once.
int rekeyAndPrint(CliContext& cli, Session& session, QJsonObject json, QString text)
{
    QStringList removed;
    QElapsedTimer clock;
    clock.start();
    Result<QString> recovery = session.rekey(cli.unlockPassword, &removed);
    if (!recovery.ok())
        return cli.fail(recovery.error());
    json.insert(QStringLiteral("rekeyed"), true);
    json.insert(QStringLiteral("recovery_key"), recovery.value());
    json.insert(QStringLiteral("removed_slots"), QJsonArray::fromStringList(removed));
    json.insert(QStringLiteral("seconds"), clock.elapsed() / 1000.0);
    text += QCoreApplication::translate(
                "Cli", "数据库已重新加密（%1 秒）。旧的密钥文件、旧的恢复密钥和已停用账户的密码"
                       "从此都打不开它。\n新的恢复密钥（只显示这一次，请抄写或打印后妥善保管，"
                       "并销毁旧的恢复单）：\n  %2\n")
                .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                .arg(recovery.value());
    if (!removed.isEmpty())
        text += QCoreApplication::translate("Cli",
                                            "已移除这些账户的密钥槽：%1（如需恢复使用，请为其重置密码）。\n")
                    .arg(joinList(removed));
    cli.print(json, text);
    return 0;
}

} // namespace

int cliRekey(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(1, 1, {}, Session::Access::ReadWrite, &code);
    if (!session)
        return code;
    return rekeyAndPrint(cli, *session, {}, {});
}

int cliUserDeactivate(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session =
        cli.checkAndUnlock(3, 3, {QStringLiteral("no-rekey")}, Session::Access::ReadWrite, &code);
    if (!session)
        return code;
    const QString name = cli.args.words.at(2);
    if (Error error = session->setAccountActive(name, false); error.isError())
        return cli.fail(error);
    const QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("active"), false}};
    const QString text = QCoreApplication::translate("Cli", "已停用账户 %1。\n").arg(name);
    if (cli.args.flags.contains(QStringLiteral("no-rekey"))) {
        cli.print(json, text + QCoreApplication::translate(
                                   "Cli", "未重新加密：该账户曾经得到的数据库密钥仍能解密文件，"
                                          "请尽快运行 casetrack-cli rekey。"));
        return 0;
    }
    return rekeyAndPrint(cli, *session, json, text);
}

} // namespace casetrack
