// check: is the database file intact (exit 0) or damaged (exit 6)?
#include "cli/CliCommands.h"
#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casetrack {

int cliCheck(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {}, &code))
        return code;
    // Opening already checks the WAL and, after an unclean close, every page.
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    QJsonObject checked;
    if (Error error = session.value()->checkFiles(&checked); error.isError())
        return cli.fail(error);
    checked.insert(QStringLiteral("intact"), true);
    cli.print(checked, QCoreApplication::translate("Cli", "数据库文件完好：%1 件案件、%2 个事件、%3 个账户、"
                                                          "%4 条审计记录均可完整读取。")
                           .arg(checked.value(QStringLiteral("cases")).toInt())
                           .arg(checked.value(QStringLiteral("events")).toInt())
                           .arg(checked.value(QStringLiteral("accounts")).toInt())
                           .arg(checked.value(QStringLiteral("audit_records")).toInt()));
    return 0;
}

} // namespace casetrack
