#pragma once

#include "documents/Document.h"
#include "util/Error.h"

#include <QString>

namespace casetrack {

// Writes a document as ODF text (.odt) for editing in WPS or LibreOffice: A4 with the GB/T 9704
// margins, 仿宋_GB2312 三号 body with a fixed 28.95 pt line pitch (22 lines), 方正小标宋简体
// 二号 title, 黑体/楷体_GB2312 headings, the "— N —" page number in the footer. The standard's
// face names are written (not this machine's fallbacks): the file is meant for office machines
// that have them. The zip holds "mimetype" first and stored uncompressed, as ODF 1.2 §3.3 requires.
Error writeOdtFile(const Document& document, const QString& path);

} // namespace casetrack
