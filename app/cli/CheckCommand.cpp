// check: is the database file intact (exit 0) or damaged (exit 6)? Also compares every case's
// list summary with its full derivation; `--repair` rebuilds them from the events.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

int cliCheck(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(1, 1, {QStringLiteral("repair")}, &code))
        return code;
    // Opening already checks the WAL and, after an unclean close, every page. Only a repair
    // writes (and so needs the write lock); a check alone works beside the desktop.
    const bool repair = cli.args.has(QStringLiteral("repair"));
    auto session = cli.unlock(repair ? Session::Access::ReadWrite : Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    QJsonObject checked;
    if (Error error = session.value()->checkFiles(&checked); error.isError())
        return cli.fail(error);
    QStringList mismatched;
    if (Error error = session.value()->checkSummaries(repair, &mismatched); error.isError())
        return cli.fail(error);
    checked.insert(QStringLiteral("summaries_mismatched"), QJsonArray::fromStringList(mismatched));
    if (!mismatched.isEmpty() && !repair) {
        // Never trusted silently: the lists would show what the events do not say.
        return cli.fail(Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Cli", "%1 件案件的列表摘要与其事件记录不符（%2）。"
                                               "请关闭桌面程序后运行 casetrack-cli check --repair，"
                                               "从事件记录重建摘要。")
                .arg(mismatched.size())
                .arg(joinList(mismatched.mid(0, 10)))));
    }
    checked.insert(QStringLiteral("intact"), true);
    checked.insert(QStringLiteral("summaries_repaired"), !mismatched.isEmpty());
    QString text = QCoreApplication::translate("Cli", "数据库文件完好：%1 件案件、%2 个事件、%3 个账户、"
                                                      "%4 条审计记录均可完整读取。")
                       .arg(checked.value(QStringLiteral("cases")).toInt())
                       .arg(checked.value(QStringLiteral("events")).toInt())
                       .arg(checked.value(QStringLiteral("accounts")).toInt())
                       .arg(checked.value(QStringLiteral("audit_records")).toInt());
    if (!mismatched.isEmpty())
        text +=
            QLatin1Char('\n') + QCoreApplication::translate("Cli", "已从事件记录重建 %1 件案件的列表摘要。")
                                    .arg(mismatched.size());
    cli.print(checked, text);
    return 0;
}

} // namespace casetrack
