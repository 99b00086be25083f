#pragma once

// The documents API (issue 5). Everything here runs in the core: Qt Gui for painting, no widgets.
// A QGuiApplication must exist (fonts); the CLI creates one with the "offscreen" platform.
//
//   // print a decision as PDF
//   DocumentInputs in;
//   in.violationFacts = {QStringLiteral("……")};
//   in.sequence = 3;                                  // 某党组〔2025〕3号
//   auto r = renderDocument(DocumentKind::Decision, state, in, settings, OutputFormat::Pdf, path);
//   if (!r.ok()) show(r.error());                     // Refused (with article) / Invalid / Unavailable
//   else if (!r->fonts.allStandard()) warn(r->fonts.summary());
//
//   // print preview in the UI: lay out once, paint each page on the QPrinter (setFullPage(true))
//   auto laid = layoutCaseDocument(kind, state, in, settings);
//   paintLaidOutPage(painter, laid.value(), page, printer.resolution() / 25.4);
//
//   // lists
//   exportCases(states, ExportFormat::Xlsx, path);    // or Csv, Pdf
//   exportDeadlines(states, ExportFormat::Ics, path); // or Xlsx, Csv, Pdf
//
// The caller audits every print and export (Session::recordUse: what, which cases, format,
// purpose, recipient); this layer writes files and nothing else.

#include "documents/Document.h"
#include "documents/DocumentApplicability.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentOrgans.h"
#include "documents/DocumentSettings.h"
#include "documents/FontSet.h"
#include "documents/ListExport.h"
#include "documents/PageLayout.h"
#include "procedure/CaseState.h"
#include "util/Error.h"

#include <QList>
#include <QString>

namespace casetrack {

enum class OutputFormat
{
    Pdf,
    Odt,
    Docx // Word and WPS
};

struct RenderedDocument
{
    QString path;
    QString title;
    int pages = 0;    // PDF only
    FontReport fonts; // which faces were used (PDF); tell the user when a fallback stood in
    QString number;   // the 发文字号 it was given (Session::saveDocument); empty when none
};

// The document model of a case: template (the user's or the built-in one) filled with the case's
// values. Refused (naming the article) when the case has not reached the document's step,
// Invalid for a broken user template.
Result<Document> buildCaseDocument(DocumentKind kind, const CaseState& state, const DocumentInputs& inputs,
                                   const DocumentSettings& settings);

// The same, laid out on GB/T 9704 pages, for a print preview.
Result<LaidOutDocument> layoutCaseDocument(DocumentKind kind, const CaseState& state,
                                           const DocumentInputs& inputs, const DocumentSettings& settings);

// Builds and writes the document. ODT is offered for letter-type documents (isLetterDocument);
// tables of forms are written too, but their look is the PDF's concern.
Result<RenderedDocument> renderDocument(DocumentKind kind, const CaseState& state,
                                        const DocumentInputs& inputs, const DocumentSettings& settings,
                                        OutputFormat format, const QString& outPath);

// A plain document straight to PDF (lists, or a document a caller assembled itself).
Result<RenderedDocument> renderPdf(const Document& document, const QString& outPath);

// Lists from case states (ListExport.h has the row-based versions the bench uses).
Error exportCases(const QList<CaseState>& states, ExportFormat format, const QString& outPath);
// `includeNames`: subjects' names in the ICS only when the user explicitly asked (IcsWriter.h).
Error exportDeadlines(const QList<CaseState>& states, ExportFormat format, const QString& outPath,
                      bool includeNames = false);

} // namespace casetrack
