#pragma once

#include "documents/Document.h"
#include "util/Error.h"

#include <QString>

namespace casetrack {

// Writes a document as ODF text (.odt) for editing in WPS or LibreOffice: A4 with the GB/T 9704
// margins, a 22-line grid and 28 characters a line (as the PDF, measured in LibreOffice by the
// tests), 仿宋_GB2312 三号 body, 方正小标宋简体 二号 title, 黑体/楷体_GB2312 headings, the masthead
// with its red rule, bordered tables, "— N —" odd right / even left 7 mm under the block. Each
// font names the standard face first, then installed stand-ins. The zip holds "mimetype" first
// and stored uncompressed, as ODF 1.2 §3.3 requires.
Error writeOdtFile(const Document& document, const QString& path);

} // namespace casetrack
