// audit list [--kind access] [--since DATE], audit export --out FILE.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>

namespace casetrack {

namespace {

QJsonObject recordJson(const AuditRecord& r)
{
    return {{QStringLiteral("seq"), r.seq},
            {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), r.user},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("before"), r.before},
            {QStringLiteral("after"), r.after},
            {QStringLiteral("prev_hash"), QString::fromLatin1(r.prevHash.toHex())},
            {QStringLiteral("hash"), QString::fromLatin1(r.hash.toHex())}};
}

// The records this account may see, filtered; an error when it may not see them.
Result<QList<AuditRecord>> selectedRecords(CliContext& cli, Session& session)
{
    if (!session.mayDo(Action::ViewAudit))
        return Error::make(
            ErrorCode::Refused,
            QCoreApplication::translate("Cli", "账户 %1 无权查看审计记录。").arg(session.account().name));
    const QString kind = cli.args.option(QStringLiteral("kind"));
    if (cli.args.options.contains(QStringLiteral("kind")) && kind != QLatin1String("access") &&
        kind != QLatin1String("change"))
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--kind 须为 access（查看、打印、导出）或 change（修改）。"));
    QDate since;
    if (cli.args.options.contains(QStringLiteral("since"))) {
        since = parseIsoDate(cli.args.option(QStringLiteral("since")));
        if (!since.isValid())
            return Error::make(ErrorCode::Invalid, QCoreApplication::translate(
                                                       "Cli", "--since 的日期 %1 无效，请写成 YYYY-MM-DD。")
                                                       .arg(cli.args.option(QStringLiteral("since"))));
    }
    QList<AuditRecord> selected;
    for (const AuditRecord& r : session.auditRecords()) {
        if (since.isValid() && r.at.date() < since)
            continue;
        if (!kind.isEmpty() && Session::isAccessAction(r.action) != (kind == QLatin1String("access")))
            continue;
        selected.append(r);
    }
    if (Error failure = session.readFailure(); failure.isError())
        return failure;
    return selected;
}

} // namespace

int cliAuditList(CliContext& cli)
{
    int code = 0;
    std::unique_ptr<Session> session = cli.checkAndUnlock(
        2, 2, {QStringLiteral("kind"), QStringLiteral("since")}, Session::Access::ReadOnly, &code);
    if (!session)
        return code;
    Result<QList<AuditRecord>> records = selectedRecords(cli, *session);
    if (!records.ok())
        return cli.fail(records.error());
    QJsonArray array;
    QString text;
    for (const AuditRecord& r : records.value()) {
        array.append(recordJson(r));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(r.seq)
                    .arg(r.at.toString(Qt::ISODate), r.user, r.action, r.target);
    }
    cli.print(array,
              text.isEmpty() ? QCoreApplication::translate("Cli", "（没有符合条件的审计记录）") : text);
    return 0;
}

int cliAuditExport(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(2, 2,
                        {QStringLiteral("out"), QStringLiteral("kind"), QStringLiteral("since"),
                         QStringLiteral("purpose"), QStringLiteral("recipient")},
                        &code))
        return code;
    const QString out = cli.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "audit export 需要 --out FILE。"));
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    Result<QList<AuditRecord>> records = selectedRecords(cli, *session.value());
    if (!records.ok())
        return cli.fail(records.error());
    QJsonArray array;
    for (const AuditRecord& r : records.value())
        array.append(recordJson(r));
    // The export is itself a use of the data: written under a hidden name, recorded, and only
    // then given its name (Session::releaseOutput).
    Result<StagedOutput> staged = StagedOutput::beside(out);
    if (!staged.ok())
        return cli.fail(staged.error());
    const QString file = staged->destination();
    QFile partial(staged->path());
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        partial.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) < 0 || !partial.flush())
        return cli.fail(Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Cli", "无法写入文件 %1：%2。").arg(file, partial.errorString())));
    partial.close();
    const QJsonObject use{{QStringLiteral("target"), QStringLiteral("audit")},
                          {QStringLiteral("records"), array.size()},
                          {QStringLiteral("format"), QStringLiteral("json")}};
    if (Error error = session.value()->releaseOutput(
            staged.value(), QStringLiteral("export"), use,
            {cli.args.option(QStringLiteral("purpose")), cli.args.option(QStringLiteral("recipient"))});
        error.isError())
        return cli.fail(error);
    cli.print(QJsonObject{{QStringLiteral("path"), file}, {QStringLiteral("records"), array.size()}},
              QCoreApplication::translate("Cli", "已导出 %1 条审计记录到 %2。").arg(array.size()).arg(file));
    return 0;
}

} // namespace casetrack
