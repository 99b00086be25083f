#pragma once

#include "documents/Document.h"
#include "util/Error.h"

#include <QString>

namespace casetrack {

// Writes a document as Office Open XML (.docx), the native format of Word and WPS, with the
// geometry of the PDF: A4, 37/28/26/35 mm margins, a line grid of 22 lines (w:docGrid), 三号 仿宋
// condensed to the 28-character cell, 小标宋 title, masthead with its red rule, bordered tables,
// footers "— N —" odd right / even left (w:evenAndOddHeaders), signature four characters in.
Error writeDocxFile(const Document& document, const QString& path);

} // namespace casetrack
