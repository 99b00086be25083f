// backup --out FILE, restore --from FILE.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casetrack {

int cliBackup(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {QStringLiteral("out")}, &code))
        return code;
    const QString out = cli.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "backup 需要 --out FILE（新文件，不会覆盖）。"));
    // Read-only: a backup works while the desktop has the database open.
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    QJsonObject report;
    if (Error error = session.value()->backupTo(out, &report); error.isError())
        return cli.fail(error);
    report.insert(QStringLiteral("verified"), true);
    cli.print(report, QCoreApplication::translate(
                          "Cli", "已备份到 %1（密钥文件 %2），并已核验副本：%3 条审计记录完整。")
                          .arg(report.value(QStringLiteral("file")).toString(),
                               report.value(QStringLiteral("key_file")).toString())
                          .arg(report.value(QStringLiteral("audit_records")).toInt()));
    return 0;
}

int cliRestore(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {QStringLiteral("from")}, &code))
        return code;
    const QString from = cli.args.option(QStringLiteral("from"));
    if (from.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "restore 需要 --from FILE（备份文件）。"));
    QString user = cli.args.user;
    if (user.isEmpty()) {
        const QStringList names = Session::accountNames(from);
        if (names.size() != 1)
            return cli.usage(
                QCoreApplication::translate("Cli", "请用 --user 指明以备份中的哪个管理员账户恢复。"));
        user = names.first();
    }
    QString password = cli.passwords.current(QCoreApplication::translate("Cli", "%1 的密码：").arg(user));
    auto restored = Session::restore(cli.databasePath(), from, user, password);
    wipe(password);
    if (!restored.ok())
        return cli.fail(restored.error());
    const QString path = restored.value()->path();
    cli.print(
        QJsonObject{{QStringLiteral("path"), path},
                    {QStringLiteral("from"), from},
                    {QStringLiteral("before_restore"), QString(path + QStringLiteral(".before-restore"))}},
        QCoreApplication::translate("Cli", "已从 %1 恢复 %2；原数据库保留为 %2.before-restore。")
            .arg(from, path));
    return 0;
}

} // namespace casetrack
