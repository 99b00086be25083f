#include "documents/Documents.h"

#include "documents/CaseValues.h"
#include "documents/DocumentTemplate.h"
#include "documents/OdtOutput.h"
#include "documents/PdfOutput.h"

#include <QCoreApplication>

namespace casetrack {

Result<Document> buildCaseDocument(DocumentKind kind, const CaseState& state, const DocumentInputs& inputs,
                                   const DocumentSettings& settings)
{
    const Error applies = checkDocumentApplies(kind, state);
    if (applies.isError())
        return applies;
    Result<QString> source = loadTemplate(kind, settings);
    if (!source.ok())
        return source.error();
    Result<Document> doc = instantiateTemplate(source.value(), caseTemplateValues(state, inputs, settings));
    if (!doc.ok())
        return doc.error();
    if (!inputs.mainRecipient.isEmpty())
        doc->mainRecipient = inputs.mainRecipient;
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
    const Error written = writeOdtFile(doc.value(), outPath);
    if (written.isError())
        return written;
    RenderedDocument r;
    r.path = outPath;
    r.title = doc->metadataTitle;
    return r;
}

} // namespace casetrack
