// print KIND CASE_ID --out FILE.pdf|FILE.odt; export cases|deadlines --format F --out FILE.
// Every print and export is audited with what, which cases, the format, and the purpose and
// recipient the user states (data-sharing rules 第二十五条, 第二十九条).
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "documents/DocumentInputsJson.h"
#include "documents/Documents.h"
#include "util/ListText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace casetrack {

namespace {

const QStringList kUseOptions{QStringLiteral("out"), QStringLiteral("as-of"), QStringLiteral("purpose"),
                              QStringLiteral("recipient")};

StatedUse statedUse(const CliContext& cli)
{
    return {cli.args.option(QStringLiteral("purpose")), cli.args.option(QStringLiteral("recipient"))};
}

} // namespace

int cliPrint(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, kUseOptions + QStringList{QStringLiteral("inputs")}, &code))
        return code;
    DocumentKind kind;
    if (!documentKindFromId(cli.args.words.at(1), &kind)) {
        QStringList known;
        for (DocumentKind k : allDocumentKinds())
            known << documentKindId(k);
        return cli.usage(QCoreApplication::translate("Cli", "没有文书 %1。可用：%2。")
                             .arg(cli.args.words.at(1), joinList(known)));
    }
    const QString out = cli.args.option(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty())
        return cli.usage(
            QCoreApplication::translate("Cli", "print 需要 --out FILE.pdf、FILE.odt 或 FILE.docx。"));
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt") && suffix != QLatin1String("docx"))
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "输出文件须以 .pdf、.odt 或 .docx 结尾：%1。").arg(out)));
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    QJsonObject given;
    if (cli.args.options.contains(QStringLiteral("inputs"))) {
        Result<QJsonObject> json = cli.jsonObjectArgument(cli.args.option(QStringLiteral("inputs")));
        if (!json.ok())
            return cli.fail(json.error());
        if (Result<DocumentInputs> parsed = documentInputsFromJson(json.value()); !parsed.ok())
            return cli.fail(parsed.error());
        given = json.value();
    }
    // Read-only: printing works while the desktop holds the write lock (the record of the print
    // is appended all the same: Session::recordAccess).
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    const DocumentRequest request{kind, cli.args.words.at(2), asOf.value(), given, statedUse(cli)};
    const OutputFormat format = suffix == QLatin1String("odt")    ? OutputFormat::Odt
                                : suffix == QLatin1String("docx") ? OutputFormat::Docx
                                                                  : OutputFormat::Pdf;
    Result<RenderedDocument> rendered = session.value()->saveDocument(request, format, out);
    if (!rendered.ok())
        return cli.fail(rendered.error());
    cli.print(QJsonObject{{QStringLiteral("path"), rendered->path},
                          {QStringLiteral("title"), rendered->title},
                          {QStringLiteral("pages"), rendered->pages},
                          {QStringLiteral("number"), rendered->number},
                          {QStringLiteral("fonts"), rendered->fonts.summary()}},
              QCoreApplication::translate("Cli", "已生成 %1（%2）。%3")
                  .arg(rendered->path, rendered->title, rendered->fonts.summary()));
    return 0;
}

int cliExport(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(2, 2,
                        kUseOptions + QStringList{QStringLiteral("format"), QStringLiteral("include-names")},
                        &code))
        return code;
    const QString what = cli.args.words.at(1);
    if (what != QLatin1String("cases") && what != QLatin1String("deadlines"))
        return cli.usage(QCoreApplication::translate("Cli", "export 之后须写 cases 或 deadlines。"));
    ExportFormat format;
    if (!exportFormatFromId(cli.args.option(QStringLiteral("format")), &format))
        return cli.fail(Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--format 须为 xlsx、csv、ics（仅期限）或 pdf。")));
    const QString out = cli.args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "export 需要 --out FILE。"));
    Result<QDate> asOf = cli.asOf();
    if (!asOf.ok())
        return cli.fail(asOf.error());
    auto session = cli.unlock(Session::Access::ReadOnly);
    if (!session.ok())
        return cli.fail(session.error());
    ListExportRequest request;
    request.list =
        what == QLatin1String("cases") ? ListExportRequest::List::Cases : ListExportRequest::List::Deadlines;
    request.format = format;
    request.asOf = asOf.value();
    // A calendar goes to phones and cloud accounts: names only when explicitly asked for.
    request.includeNames = cli.args.flags.contains(QStringLiteral("include-names"));
    request.use = statedUse(cli);
    Result<QStringList> ids = session.value()->exportList(request, out);
    if (!ids.ok())
        return cli.fail(ids.error());
    cli.print(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("cases"), ids->size()}},
              QCoreApplication::translate("Cli", "已导出 %1 个案件到 %2。")
                  .arg(ids->size())
                  .arg(QFileInfo(out).absoluteFilePath()));
    return 0;
}

} // namespace casetrack
