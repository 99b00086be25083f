#include "documents/PdfOutput.h"

#include "documents/PageGeometry.h"
#include "util/FileProblem.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

namespace casetrack {

namespace {

constexpr int resolution = 1200;

QByteArray xmlEscape(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray xmpMetadata(const LaidOutDocument& document)
{
    const QString fonts = document.fonts.report().summary();
    QByteArray xmp;
    xmp += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n";
    xmp += "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + xmlEscape(document.title) +
           "</rdf:li></rdf:Alt></dc:title>\n";
    xmp += "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" + xmlEscape(fonts) +
           "</rdf:li></rdf:Alt></dc:description>\n";
    xmp += "<pdf:Keywords>" + xmlEscape(fonts) + "</pdf:Keywords>\n";
    xmp += "<xmp:CreatorTool>CaseTrack " CASETRACK_VERSION "</xmp:CreatorTool>\n";
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return xmp;
}

int hexValue(const char* p)
{
    bool ok = false;
    const int v = QByteArray(p, 4).toInt(&ok, 16);
    return ok ? v : -1;
}

// Radical code point → the ideograph drawn with the same glyph, from the fonts themselves (the
// CJK Radicals Supplement has no Unicode decompositions, so NFKC alone cannot map ⻓ to 长).
QHash<int, int> radicalTwins(const FontSet& fonts)
{
    static QHash<QString, QHash<int, int>> cache;
    QHash<int, int>& twins = cache[fonts.report().summary()];
    if (!twins.isEmpty())
        return twins;
    QString radicals;
    for (int c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    QString ideographs;
    for (int c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    for (const FontChoice& choice : fonts.report().choices) {
        const QRawFont raw = QRawFont::fromFont(fonts.font(choice.role, 16));
        if (!raw.isValid())
            continue;
        const QList<quint32> rg = raw.glyphIndexesForString(radicals);
        const QList<quint32> ig = raw.glyphIndexesForString(ideographs);
        QHash<quint32, int> byGlyph;
        for (int i = int(ig.size()) - 1; i >= 0; --i) {
            if (ig.at(i) != 0)
                byGlyph.insert(ig.at(i), 0x4E00 + i);
        }
        for (int i = 0; i < rg.size(); ++i) {
            if (rg.at(i) != 0 && byGlyph.contains(rg.at(i)) && !twins.contains(0x2E80 + i))
                twins.insert(0x2E80 + i, byGlyph.value(rg.at(i)));
        }
    }
    twins.insert(0, 0); // mark as computed even when no font had radicals
    return twins;
}

// Replaces a 4-digit destination code in place when it is a radical with an ideograph twin.
void fixCode(char* p, const QHash<int, int>& twins)
{
    const int code = hexValue(p);
    if (code < 0x2E80 || code > 0x2FDF)
        return;
    int twin = twins.value(code);
    if (twin == 0) {
        const QString normal = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
        if (normal.size() == 1 && normal.at(0).unicode() != code)
            twin = normal.at(0).unicode();
    }
    if (twin == 0)
        return;
    const QByteArray hex = QByteArray::number(twin, 16).toUpper().rightJustified(4, '0');
    memcpy(p, hex.constData(), 4);
}

} // namespace

void fixToUnicodeMaps(QByteArray& pdf, const QHash<int, int>& twins)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange\n", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        char* data = pdf.data();
        qsizetype lineStart = begin + 13;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart);
            const qsizetype bracket = line.indexOf('[');
            if (bracket >= 0) { // <first> <last> [<dst> <dst> ...]: every destination stands alone
                for (qsizetype i = bracket; i + 5 < line.size(); ++i) {
                    if (line.at(i) == '<' && line.at(i + 5) == '>')
                        fixCode(data + lineStart + i + 1, twins);
                }
            } else if (line.size() >= 20 && line.mid(1, 4) == line.mid(8, 4)) {
                // <a> <a> <dst>: a single glyph; a true range's base cannot be changed alone.
                fixCode(data + lineStart + 15, twins);
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
}

Result<QByteArray> laidOutToPdf(const LaidOutDocument& document)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("CaseTrack " CASETRACK_VERSION));
        writer.setDocumentXmpMetadata(xmpMetadata(document));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::make(ErrorCode::Unavailable,
                               QCoreApplication::translate("Documents", "无法生成 PDF 文件。"));
        const qreal dotsPerMm = resolution / 25.4;
        for (int i = 0; i < document.pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintLaidOutPage(painter, document, i, dotsPerMm);
        }
        painter.end();
    }
    fixToUnicodeMaps(bytes, radicalTwins(document.fonts));
    return bytes;
}

Error writePdfFile(const LaidOutDocument& document, const QString& path)
{
    Result<QByteArray> pdf = laidOutToPdf(document);
    if (!pdf.ok())
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Documents", "无法写入文件 %1：%2")
                               .arg(path, fileWriteProblem(path)));
    return Error::ok();
}

} // namespace casetrack
