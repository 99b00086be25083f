#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace casetrack::test {

// A word of `pdftotext -bbox` output, in millimetres from the page's top-left corner.
struct PdfWord
{
    int page = 0;
    QRectF mm;
    QString text;
};

// `pdftotext -layout` text, NFKC-normalised the way a reader would search it.
QString pdfText(const QString& pdfPath);
QList<PdfWord> pdfWords(const QString& pdfPath);
// `pdfinfo -meta` output (the XMP packet).
QString pdfXmp(const QString& pdfPath);
int pdfPageCount(const QString& pdfPath);

// Distinct text lines (by word top) of a page, top to bottom, each with its words' left edge.
struct PdfLine
{
    qreal topMm = 0;
    qreal leftMm = 0;
    QString text;
};
QList<PdfLine> pdfLines(const QList<PdfWord>& words, int page);

} // namespace casetrack::test
