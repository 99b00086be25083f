#pragma once

#include <QString>

namespace casetrack {

struct Document;

// Text pasted from Word or a web page can hold control characters (vertical tab, NUL, form feed,
// C1 codes, U+FFFE, lone surrogates). They make an ODT or XLSX invalid XML, an ICS line invalid,
// a CSV cell end early, and draw empty boxes in a PDF. Every writer passes its text through here.

enum class LineBreaks
{
    Keep,   // a paragraph or a multi-line cell: CR LF, CR, VT, FF, U+2028/2029 become "\n"
    ToSpace // a single-line value (title, name, calendar summary): line breaks become one space
};

// Removes control characters other than line breaks (handled as `breaks` says) and tab (kept
// with LineBreaks::Keep, a space otherwise). Ordinary text comes back unchanged.
QString withoutControlCharacters(const QString& text, LineBreaks breaks = LineBreaks::Keep);

// OWASP CSV-injection rule: a text cell starting with = + - @, tab or CR is prefixed with a single
// quote, so no spreadsheet evaluates it as a formula.
QString neutralizedCell(const QString& text);

// Every string of the document model, cleaned, line breaks as spaces (the layout breaks lines).
void cleanDocumentText(Document& document);

} // namespace casetrack
