#pragma once

#include "documents/PageLayout.h"
#include "util/Error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace casetrack {

// Writes a laid-out document as PDF through QPdfWriter (A4, no printer margins, 1200 dpi). The
// fonts used are recorded in the PDF's XMP metadata (dc:description) so that a reader of the file
// can tell a fallback from the standard's faces.
Result<QByteArray> laidOutToPdf(const LaidOutDocument& document);
Error writePdfFile(const LaidOutDocument& document, const QString& path);

// Qt writes each glyph's ToUnicode entry as the lowest code point that maps to the glyph. Noto
// CJK maps the radicals (U+2E80…U+2FDF) to the same glyphs as the ideographs, so "月" would be
// copied and searched as "⽉" and "长" as "⻓". This rewrites those entries to the ideograph
// (`twins`: radical → ideograph, from the fonts; NFKC otherwise), keeping the byte length so that
// no offset moves. Exposed for the tests.
void fixToUnicodeMaps(QByteArray& pdf, const QHash<int, int>& twins = {});

} // namespace casetrack
