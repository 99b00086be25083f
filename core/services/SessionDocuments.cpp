// Case documents: one path for the desktop's print dialog and the CLI's `print`.
#include "documents/DocumentApplicability.h"
#include "documents/DocumentInputsJson.h"
#include "documents/DocumentTemplate.h"
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

// The keys the audit page and `audit list` read for a print, whichever front end printed. The
// number given is part of the record: `audit verify` explains the numbers table by it.
QJsonObject printRecord(const DocumentRequest& request, const PreparedDocument& prepared,
                        const QString& format)
{
    QJsonObject record{{QStringLiteral("target"), request.caseId},
                       {QStringLiteral("document"), documentKindId(request.kind)},
                       {QStringLiteral("cases"), QJsonArray{request.caseId}},
                       {QStringLiteral("format"), format}};
    if (const std::optional<DocumentNumber>& n = prepared.number)
        record.insert(QStringLiteral("number"),
                      QJsonObject{{QStringLiteral("pattern"), n->pattern},
                                  {QStringLiteral("year"), n->year},
                                  {QStringLiteral("seq"), n->seq},
                                  {QStringLiteral("text"), prepared.settings.formatNumber(n->year, n->seq)}});
    return record;
}

QString kindName(const QString& kindId)
{
    DocumentKind kind = DocumentKind::Decision;
    return documentKindFromId(kindId, &kind) ? documentKindName(kind) : kindId;
}

// Does the kind's template (the office's own, or the built-in one) print a 发文字号?
bool carriesNumber(DocumentKind kind, const DocumentSettings& settings)
{
    Result<QString> source = loadTemplate(kind, settings);
    return source.ok() && source->contains(QLatin1String("{{doc.number}}"));
}

} // namespace

Result<PreparedDocument> Session::prepareDocument(const DocumentRequest& request) const
{
    if (Error error = d->refuseRoleUnless(Action::PrintDocuments); error.isError())
        return error;
    // What the user typed for the case's documents, overridden key by key by the request.
    QJsonObject merged = caseDocumentInputs(request.caseId);
    // The number stored with the case is the decision's (the desktop asks for it under 处分决定):
    // another kind takes its own organ's next number unless this request types one.
    if (request.kind != DocumentKind::Decision)
        merged.remove(QStringLiteral("sequence"));
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
    if (Error numbered = numberDocument(request, &prepared); numbered.isError())
        return numbered;
    return prepared;
}

Error Session::numberDocument(const DocumentRequest& request, PreparedDocument* prepared) const
{
    // A stand-in pattern (某党组〔…〕) never reaches paper: no organ, no number.
    const QString pattern = prepared->settings.numberPattern.trimmed();
    if (pattern.isEmpty() || pattern == DocumentSettings::defaults().numberPattern ||
        !carriesNumber(request.kind, prepared->settings)) {
        prepared->inputs.sequence = 0;
        return Error::ok();
    }
    const QDate issued = prepared->inputs.issueDate.isValid() ? prepared->inputs.issueDate
                                                              : documentDate(request.kind, prepared->state);
    DocumentNumber number{pattern, issued.year(), prepared->inputs.sequence, request.caseId,
                          documentKindId(request.kind)};
    if (number.seq > 0) {
        // Typed (a number the office's register gave): it must not be another document's.
        Result<std::optional<DocumentNumber>> held =
            DocumentNumberStore::holder(*d->db, number.pattern, number.year, number.seq);
        if (!held.ok())
            return held.error();
        if (held.value() && (held.value()->caseId != number.caseId || held.value()->kind != number.kind))
            return Error::make(ErrorCode::Refused,
                               QCoreApplication::translate(
                                   "Session", "发文字号 %1 已用于案件 %2 的%3。请换一个序号，或把序号留空，"
                                              "由本机构的年度编号自动取号。")
                                   .arg(prepared->settings.formatNumber(number.year, number.seq),
                                        held.value()->caseId, kindName(held.value()->kind)));
    } else {
        // The number this document was given before (a reprint), or the organ's next one.
        Result<std::optional<int>> given =
            DocumentNumberStore::givenTo(*d->db, number.pattern, number.year, number.caseId, number.kind);
        if (!given.ok())
            return given.error();
        if (given.value()) {
            number.seq = *given.value();
        } else {
            Result<int> next = DocumentNumberStore::next(*d->db, number.pattern, number.year);
            if (!next.ok())
                return next.error();
            number.seq = next.value();
        }
    }
    prepared->inputs.sequence = number.seq;
    prepared->number = number;
    return Error::ok();
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
                                    printRecord(request, prepared.value(), formatId(format)), request.use,
                                    [&]() { return giveNumber(prepared.value()); });
        error.isError())
        return error;
    RenderedDocument released = rendered.take();
    released.path = staged->destination();
    if (prepared->number)
        released.number = prepared->settings.formatNumber(prepared->number->year, prepared->number->seq);
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
    const QJsonObject record = withStatedUse(
        printRecord(request, prepared.value(), QStringLiteral("printer")), printer, request.use);
    if (Error error = d->appendUse(QStringLiteral("print"), request.caseId, record,
                                   [&]() { return giveNumber(prepared.value()); });
        error.isError())
        return error;
    return laid;
}

Error Session::giveNumber(const PreparedDocument& prepared)
{
    return prepared.number ? DocumentNumberStore::give(*d->db, *prepared.number) : Error::ok();
}

} // namespace casetrack
