#include "documents/Documents.h"

#include "documents/CaseValues.h"
#include "documents/DocumentApplicability.h"
#include "documents/DocumentContent.h"
#include "documents/DocumentTemplate.h"
#include "documents/DocxOutput.h"
#include "documents/OdtOutput.h"
#include "documents/PdfOutput.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

// Names a line must not split: "欧阳晓燕同志", the organs, the sanctions (撤销党内职务).
QStringList wordsKeptTogether(const CaseState& state, const DocumentSettings& settings)
{
    const QString name = state.facts.subject.name.trimmed();
    QStringList words{name + QCoreApplication::translate("Documents", "同志"), name, state.facts.subject.unit,
                      state.facts.subject.position};
    for (const char* body :
         {"party_group", "stationed_body", "dispatched_body", "dispatching_organ", "grassroots_commission",
          "grassroots_committee", "local_commission", "org_department"})
        words << settings.bodyName(QLatin1String(body));
    for (Sanction sanction :
         {Sanction::Warning, Sanction::SeriousWarning, Sanction::RemovalFromPost, Sanction::Expulsion})
        words << sanctionText(sanction, 0);
    words << sanctionText(Sanction::Probation, 1) << sanctionText(Sanction::Probation, 2);
    words.removeIf([](const QString& w) { return w.trimmed().size() < 2; });
    return words;
}

} // namespace

Result<Document> buildCaseDocument(DocumentKind kind, const CaseState& state, const DocumentInputs& given,
                                   const DocumentSettings& settings)
{
    const Error applies = checkDocumentApplies(kind, state);
    if (applies.isError())
        return applies;
    DocumentInputs in = withRecordedFindings(given, state);
    if (!in.issueDate.isValid())
        in.issueDate = documentDate(kind, state); // the event the document reports
    const Error complete = checkDocumentComplete(kind, state, in, settings);
    if (complete.isError())
        return complete;
    Result<QString> source = loadTemplate(kind, settings);
    if (!source.ok())
        return source.error();
    Result<Document> doc = instantiateTemplate(source.value(), caseTemplateValues(state, in, settings));
    if (!doc.ok())
        return doc.error();
    if (!in.mainRecipient.isEmpty())
        doc->mainRecipient = in.mainRecipient;
    doc->keepTogether = wordsKeptTogether(state, settings);
    if (doc->metadataTitle.isEmpty())
        doc->metadataTitle = doc->joinedTitle().isEmpty() ? documentKindName(kind) : doc->joinedTitle();
    return doc;
}

Result<LaidOutDocument> layoutCaseDocument(DocumentKind kind, const CaseState& state,
                                           const DocumentInputs& inputs, const DocumentSettings& settings)
{
    Result<Document> doc = buildCaseDocument(kind, state, inputs, settings);
    if (!doc.ok())
        return doc.error();
    return layoutDocument(doc.value(), FontSet::resolve());
}

Result<RenderedDocument> renderPdf(const Document& document, const QString& outPath)
{
    const LaidOutDocument laid = layoutDocument(document, FontSet::resolve());
    const Error written = writePdfFile(laid, outPath);
    if (written.isError())
        return written;
    RenderedDocument r;
    r.path = outPath;
    r.title = laid.title;
    r.pages = int(laid.pages.size());
    r.fonts = laid.fonts.report();
    return r;
}

Result<RenderedDocument> renderDocument(DocumentKind kind, const CaseState& state,
                                        const DocumentInputs& inputs, const DocumentSettings& settings,
                                        OutputFormat format, const QString& outPath)
{
    Result<Document> doc = buildCaseDocument(kind, state, inputs, settings);
    if (!doc.ok())
        return doc.error();
    if (format == OutputFormat::Pdf)
        return renderPdf(doc.value(), outPath);
    const Error written = format == OutputFormat::Docx ? writeDocxFile(doc.value(), outPath)
                                                       : writeOdtFile(doc.value(), outPath);
    if (written.isError())
        return written;
    RenderedDocument r;
    r.path = outPath;
    r.title = doc->metadataTitle;
    return r;
}

} // namespace casetrack
