// print KIND CASE_ID --out FILE.pdf|FILE.odt; export cases|deadlines --format F --out FILE.
// Every print and export is audited with what, which cases, the format, and the purpose and
// recipient the user states (data-sharing rules 第二十五条, 第二十九条).
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "documents/DocumentInputsJson.h"
#include "documents/Documents.h"
#include "procedure/ProcedureEngine.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace casetrack {

namespace {

const QStringList kUseOptions{QStringLiteral("out"), QStringLiteral("as-of"), QStringLiteral("purpose"),
                              QStringLiteral("recipient")};

QString stated(const CliContext& cli, const char* option)
{
    const QString value = cli.args.option(QString::fromLatin1(option)).trimmed();
    return value.isEmpty() ? QCoreApplication::translate("Cli", "（未说明）") : value;
}

DocumentSettings documentSettings(Session& session)
{
    Result<DocumentSettings> settings =
        DocumentSettings::fromJson(session.setting(QStringLiteral("documents")));
    return settings.ok() ? settings.take() : DocumentSettings();
}

} // namespace

int cliPrint(CliContext& cli)
{
    int code = 0;
    if (!cli.checkShape(3, 3, kUseOptions + QStringList{QStringLiteral("inputs")}, &code))
        return code;
    DocumentKind kind;
    if (!documentKindFromId(cli.args.words.at(1), &kind))
        return cli.usage(
            QCoreApplication::translate(
                "Cli",
                "没有文书 "
                "%1。可用：decision、filing、summary、announcement、notice-principal、notice-proposal、"
                "notice-suggestion、notice-transfer、notice-stationed、notice-org-department、"
                "notice-local-party-org、notice-competent-party-group、hearing-record、service-receipt、"
                "filing-checklist。")
                .arg(cli.args.words.at(1)));
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
    Session& s = *session.value();
    const QString caseId = cli.args.words.at(2);
    // What the desktop stored with the case, overridden key by key by --inputs.
    QJsonObject merged = s.caseDocumentInputs(caseId);
    for (auto it = given.begin(); it != given.end(); ++it)
        merged.insert(it.key(), it.value());
    Result<DocumentInputs> parsedInputs = documentInputsFromJson(merged);
    if (!parsedInputs.ok())
        return cli.fail(parsedInputs.error());
    const DocumentInputs inputs = parsedInputs.take();
    Result<CaseRecord> record = s.loadCase(caseId);
    if (!record.ok())
        return cli.fail(record.error());
    const CaseState state = deriveState(record.value(), s.calendar(), s.engineSettings(), asOf.value());
    if (Error failure = s.readFailure(); failure.isError())
        return cli.fail(failure); // nothing printed from data not read in full
    if (const Error applies = checkDocumentApplies(kind, state); applies.isError())
        return cli.fail(applies);
    // The organs from the registry (the case's `bodies` first); never a placeholder on paper.
    Result<QList<Organization>> organizations = s.organizations();
    if (!organizations.ok())
        return cli.fail(organizations.error());
    QHash<QString, QString> caseBodies;
    const QJsonObject bodies = record->facts.toJson().value(QStringLiteral("bodies")).toObject();
    for (auto it = bodies.begin(); it != bodies.end(); ++it)
        caseBodies.insert(it.key(), it.value().toString());
    Result<DocumentSettings> settings =
        documentSettingsFor(kind, state, inputs, documentSettings(s), organizations.value(), caseBodies);
    if (!settings.ok())
        return cli.fail(settings.error());
    const OutputFormat format = suffix == QLatin1String("odt")    ? OutputFormat::Odt
                                : suffix == QLatin1String("docx") ? OutputFormat::Docx
                                                                  : OutputFormat::Pdf;
    Result<RenderedDocument> rendered = renderDocument(kind, state, inputs, settings.value(), format, out);
    if (!rendered.ok())
        return cli.fail(rendered.error());
    const QJsonObject use{{QStringLiteral("target"), caseId},
                          {QStringLiteral("document"), documentKindId(kind)},
                          {QStringLiteral("cases"), QJsonArray{caseId}},
                          {QStringLiteral("format"), suffix},
                          {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("purpose"), stated(cli, "purpose")},
                          {QStringLiteral("recipient"), stated(cli, "recipient")}};
    if (Error error = s.recordUse(QStringLiteral("print"), use); error.isError()) {
        QFile::remove(rendered->path); // no record, no document
        return cli.fail(error);
    }
    cli.print(QJsonObject{{QStringLiteral("path"), rendered->path},
                          {QStringLiteral("title"), rendered->title},
                          {QStringLiteral("pages"), rendered->pages},
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
    Session& s = *session.value();
    const HolidayCalendar calendar = s.calendar();
    const EngineSettings settings = s.engineSettings();
    QList<CaseState> states;
    QJsonArray ids;
    for (const CaseRecord& record : s.loadAllCases()) {
        states.append(deriveState(record, calendar, settings, asOf.value()));
        ids.append(record.id);
    }
    if (Error failure = s.readFailure(); failure.isError())
        return cli.fail(failure); // nothing exported from data not read in full
    // A calendar goes to phones and cloud accounts: names only when explicitly asked for.
    const bool includeNames = cli.args.flags.contains(QStringLiteral("include-names"));
    const Error error = what == QLatin1String("cases") ? exportCases(states, format, out)
                                                       : exportDeadlines(states, format, out, includeNames);
    if (error.isError())
        return cli.fail(error);
    const QJsonObject use{{QStringLiteral("target"), what},
                          {QStringLiteral("cases"), ids},
                          {QStringLiteral("format"), cli.args.option(QStringLiteral("format"))},
                          {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("as_of"), isoDate(asOf.value())},
                          {QStringLiteral("include_names"), includeNames},
                          {QStringLiteral("purpose"), stated(cli, "purpose")},
                          {QStringLiteral("recipient"), stated(cli, "recipient")}};
    if (Error audited = s.recordUse(QStringLiteral("export"), use); audited.isError()) {
        QFile::remove(out); // no record, no export
        return cli.fail(audited);
    }
    cli.print(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("cases"), ids.size()}},
              QCoreApplication::translate("Cli", "已导出 %1 个案件到 %2。")
                  .arg(ids.size())
                  .arg(QFileInfo(out).absoluteFilePath()));
    return 0;
}

} // namespace casetrack
