#include "PdfProbe.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace casetrack::test {

namespace {

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

constexpr qreal mmPerPt = 25.4 / 72.0;

} // namespace

QString pdfText(const QString& pdfPath)
{
    return QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")}));
}

QString pdfXmp(const QString& pdfPath)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdfPath}));
}

int pdfPageCount(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QList<PdfWord> pdfWords(const QString& pdfPath)
{
    const QByteArray xml =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")});
    QList<PdfWord> words;
    QXmlStreamReader reader(xml);
    int page = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("page")) {
            ++page;
        } else if (reader.name() == QLatin1String("word")) {
            const auto a = reader.attributes();
            PdfWord w;
            w.page = page;
            const qreal x0 = a.value(QLatin1String("xMin")).toDouble() * mmPerPt;
            const qreal y0 = a.value(QLatin1String("yMin")).toDouble() * mmPerPt;
            const qreal x1 = a.value(QLatin1String("xMax")).toDouble() * mmPerPt;
            const qreal y1 = a.value(QLatin1String("yMax")).toDouble() * mmPerPt;
            w.mm = QRectF(QPointF(x0, y0), QPointF(x1, y1));
            w.text = reader.readElementText();
            words << w;
        }
    }
    return words;
}

QList<PdfLine> pdfLines(const QList<PdfWord>& words, int page)
{
    QList<PdfWord> onPage;
    for (const PdfWord& w : words) {
        if (w.page == page)
            onPage << w;
    }
    std::sort(onPage.begin(), onPage.end(), [](const PdfWord& a, const PdfWord& b) {
        return qAbs(a.mm.top() - b.mm.top()) > 1.0 ? a.mm.top() < b.mm.top() : a.mm.left() < b.mm.left();
    });
    QList<PdfLine> lines;
    for (const PdfWord& w : onPage) {
        if (lines.isEmpty() || qAbs(lines.last().topMm - w.mm.top()) > 1.0) {
            lines << PdfLine{w.mm.top(), w.mm.left(), w.text};
        } else {
            lines.last().leftMm = std::min(lines.last().leftMm, w.mm.left());
            lines.last().text += w.text;
        }
    }
    return lines;
}

} // namespace casetrack::test
