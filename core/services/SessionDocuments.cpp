// Case documents: one path for the desktop's print dialog and the CLI's `print`.
#include "documents/DocumentInputsJson.h"
#include "documents/Documents.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace casetrack {

namespace {

QString formatId(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Odt:
        return QStringLiteral("odt");
    case OutputFormat::Docx:
        return QStringLiteral("docx");
    case OutputFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

// The keys the audit page and `audit list` read for a print, whichever front end printed.
QJsonObject printRecord(const DocumentRequest& request, const QString& format)
{
    return {{QStringLiteral("target"), request.caseId},
            {QStringLiteral("document"), documentKindId(request.kind)},
            {QStringLiteral("cases"), QJsonArray{request.caseId}},
            {QStringLiteral("format"), format}};
}

} // namespace

Result<PreparedDocument> Session::prepareDocument(const DocumentRequest& request) const
{
    if (Error error = d->refuseRoleUnless(Action::PrintDocuments); error.isError())
        return error;
    // What the user typed for the case's documents, overridden key by key by the request.
    QJsonObject merged = caseDocumentInputs(request.caseId);
    for (auto it = request.inputOverrides.begin(); it != request.inputOverrides.end(); ++it)
        merged.insert(it.key(), it.value());
    Result<DocumentInputs> inputs = documentInputsFromJson(merged);
    if (!inputs.ok())
        return inputs.error();
    // Stored settings that do not parse are damage, not a reason to print placeholders or blanks.
    Result<DocumentSettings> stored = DocumentSettings::fromJson(setting(QStringLiteral("documents")));
    if (!stored.ok())
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate(
                "Session", "保存的文书设置无法读取（%1）。请在“设置 → 文书设置”中检查并重新保存。")
                .arg(stored.error().message));
    Result<CaseRecord> record = loadCase(request.caseId);
    if (!record.ok())
        return record.error();
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    PreparedDocument prepared;
    prepared.state = deriveState(record.value(), calendar(), engineSettings(), asOf);
    Result<QList<Organization>> registry = organizations();
    if (!registry.ok())
        return registry.error();
    // Nothing is printed from data not read in full.
    if (Error failure = readFailure(); failure.isError())
        return failure;
    if (Error applies = checkDocumentApplies(request.kind, prepared.state); applies.isError())
        return applies;
    // The organs from the registry, the case's own `bodies` first; never a placeholder on paper.
    QHash<QString, QString> caseBodies;
    const QJsonObject bodies = record->facts.toJson().value(QStringLiteral("bodies")).toObject();
    for (auto it = bodies.begin(); it != bodies.end(); ++it)
        caseBodies.insert(it.key(), it.value().toString());
    Result<DocumentSettings> organs = documentSettingsFor(request.kind, prepared.state, inputs.value(),
                                                          stored.value(), registry.value(), caseBodies);
    if (!organs.ok())
        return organs.error();
    prepared.inputs = inputs.take();
    prepared.settings = organs.take();
    return prepared;
}

Result<LaidOutDocument> Session::previewDocument(const DocumentRequest& request) const
{
    Result<PreparedDocument> prepared = prepareDocument(request);
    if (!prepared.ok())
        return prepared.error();
    return layoutCaseDocument(request.kind, prepared->state, prepared->inputs, prepared->settings);
}

Result<RenderedDocument> Session::saveDocument(const DocumentRequest& request, OutputFormat format,
                                               const QString& path)
{
    Result<PreparedDocument> prepared = prepareDocument(request);
    if (!prepared.ok())
        return prepared.error();
    Result<StagedOutput> staged = StagedOutput::beside(path);
    if (!staged.ok())
        return staged.error();
    Result<RenderedDocument> rendered = renderDocument(request.kind, prepared->state, prepared->inputs,
                                                       prepared->settings, format, staged->path());
    if (!rendered.ok())
        return rendered.error();
    if (Error error = releaseOutput(staged.value(), QStringLiteral("print"),
                                    printRecord(request, formatId(format)), request.use);
        error.isError())
        return error;
    RenderedDocument released = rendered.take();
    released.path = staged->destination();
    return released;
}

Result<LaidOutDocument> Session::documentForPrinter(const DocumentRequest& request, const QString& printer)
{
    Result<PreparedDocument> prepared = prepareDocument(request);
    if (!prepared.ok())
        return prepared.error();
    Result<LaidOutDocument> laid =
        layoutCaseDocument(request.kind, prepared->state, prepared->inputs, prepared->settings);
    if (!laid.ok())
        return laid.error();
    // On the record before a page reaches the printer. A job that then fails stays recorded:
    // a record too many is safer than a sheet nobody can account for.
    const QJsonObject record =
        withStatedUse(printRecord(request, QStringLiteral("printer")), printer, request.use);
    if (Error error = recordUse(QStringLiteral("print"), record); error.isError())
        return error;
    return laid;
}

} // namespace casetrack
