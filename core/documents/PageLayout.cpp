#include "documents/PageLayout.h"

#include "documents/GridText.h"
#include "documents/Layouter.h"
#include "documents/PageGeometry.h"
#include "documents/SafeText.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace casetrack {

using namespace gbt9704;
using layout::Layouter;

namespace {

void layoutHead(Layouter& lay, const Document& doc)
{
    if (!doc.masthead.isEmpty()) {
        // 发文机关标志: red, centred, its top 35 mm below the text block's top edge.
        const qreal em = mastheadPt * mmPerPoint;
        const qreal top = topMargin + mastheadTop;
        const int row = int((top - topMargin) / linePitch);
        lay.placeLine(doc.masthead, FontRole::Title, mastheadPt, row, 0, leftMargin + blockWidth / 2.0);
        PlacedText& mark = lay.page().texts.last();
        mark.red = true;
        mark.baselineMm = top + ideographicAscent * em;
        // 发文字号 two lines below the mark; the red rule 4 mm under it; the title two lines lower.
        int numberRow = int(std::ceil((top + em - topMargin) / linePitch)) + 2;
        if (!doc.number.isEmpty())
            lay.placeLine(doc.number, FontRole::Body, bodyPt, numberRow, 0, leftMargin + blockWidth / 2.0);
        const qreal ruleY = Layouter::rowTop(numberRow + 1) - (linePitch - bodyPt * mmPerPoint) / 2.0 + 4.0;
        lay.page().rules << PlacedRule{leftMargin, ruleY, blockRight, ruleY, redRule, true};
        lay.setRow(int(std::ceil((ruleY - topMargin) / linePitch)) + 2);
    } else if (!doc.number.isEmpty()) {
        lay.placeLine(doc.number, FontRole::Body, bodyPt, 0, 0, leftMargin + blockWidth / 2.0);
        lay.setRow(2);
    }
    if (!doc.titleLines.isEmpty()) {
        lay.title(doc.titleLines);
        lay.skipRows(1); // 标题下空一行
    }
    if (!doc.mainRecipient.isEmpty())
        lay.flow(doc.mainRecipient + QStringLiteral("："), FontRole::Body, 0, 0);
}

void layoutSignature(Layouter& lay, const Document& doc)
{
    if (doc.signature.isEmpty() && !doc.date.isValid())
        return;
    // 加盖印章的公文 (7.3.5.1): date four characters in from the right, the issuer centred over
    // it, with room above for the seal. Both stay together on one page.
    // Blank rows above shrink before the block moves to a page of its own (7.3.5: "可以采取
    // 调整行距、字距的措施解决").
    // The seal (about 4 lines high) presses on signature and date with its top within a line of
    // the body: two rows above the signature stay free. When the page has no room for that, the
    // last two body lines go over with the block (never a page with only the signature).
    const int lines = (doc.signature.isEmpty() ? 0 : 1) + 1;
    const int sealRows = doc.signature.isEmpty() ? 0 : 2;
    const int room = gbt9704::linesPerPage - lay.row();
    if (lay.row() > 0 && room < lines + sealRows) {
        if (!lay.carryLastLinesToNewPage())
            lay.newPage();
    } else if (lay.row() == 1) {
        lay.pullPreviousLineDown(); // a page never starts with one line and the signature
    }
    if (lay.row() > 0)
        lay.skipRows(std::min(sealRows, gbt9704::linesPerPage - lay.row() - lines));
    const int sigRow = lay.row();
    const int dateRow = doc.signature.isEmpty() ? sigRow : sigRow + 1;
    qreal centre = blockRight - 4 * cellWidth;
    if (doc.date.isValid())
        centre = lay.placeLine(chineseDate(doc.date), FontRole::Body, bodyPt, dateRow, 4 * cellWidth);
    if (!doc.signature.isEmpty()) {
        // A signature longer than the date would run past the margin: right-align it instead.
        const qreal sigWidth = doc.signature.size() * cellWidth;
        if (centre + sigWidth / 2.0 > blockRight - 2 * cellWidth)
            lay.placeLine(doc.signature, FontRole::Body, bodyPt, sigRow, 2 * cellWidth);
        else
            lay.placeLine(doc.signature, FontRole::Body, bodyPt, sigRow, 0, centre);
    }
    lay.setRow(dateRow + 1);
    lay.page().bodyLines = std::max(lay.page().bodyLines, lay.row());
}

void layoutClosing(Layouter& lay, const Document& doc, const FontSet& fonts)
{
    if (!doc.hasClosingBlock())
        return;
    // 版记 (7.4): 四号 仿宋 one character in on both sides, on the last rows of the last page;
    // the last rule lies on the text block's bottom edge, the first above the first element.
    const qreal em = smallPt * mmPerPoint;
    const QFont font = fonts.font(FontRole::Body, smallPt);
    QList<GridLine> ccLines;
    if (!doc.copyTo.isEmpty()) {
        const QString label = QCoreApplication::translate("Documents", "抄送：");
        const QString list = doc.copyToList();
        // 回行时与冒号后的首字对齐.
        const qreal capacity = std::floor((blockWidth - 2 * em) / em);
        ccLines = breakIntoGridLines(label + list, font, 1.0, capacity, 0, label.size());
    }
    // The 印发 row only when there is something to print in it (7.4.3).
    const bool printingRow = !doc.printingOffice.isEmpty() || doc.printingDate.isValid();
    const int rows = int(ccLines.size()) + (printingRow ? 1 : 0);
    if (lay.row() > linesPerPage - rows)
        lay.newPage();
    int row = linesPerPage - rows;
    const qreal firstRule = Layouter::rowTop(row);
    lay.page().rules << PlacedRule{leftMargin, firstRule, blockRight, firstRule, thickRule, false};
    for (const GridLine& line : ccLines) {
        lay.page().texts << lay.gridText(line, FontRole::Body, smallPt, leftMargin + em, em,
                                         Layouter::baselineFor(row, smallPt));
        ++row;
    }
    if (!ccLines.isEmpty() && printingRow) {
        const qreal mid = Layouter::rowTop(row);
        lay.page().rules << PlacedRule{leftMargin, mid, blockRight, mid, thinRule, false};
    }
    if (!doc.printingOffice.isEmpty())
        lay.placeLine(doc.printingOffice, FontRole::Body, smallPt, row, 0,
                      leftMargin + em + doc.printingOffice.size() * em / 2.0);
    if (doc.printingDate.isValid())
        lay.placeLine(QCoreApplication::translate("Documents", "%1印发").arg(chineseDate(doc.printingDate)),
                      FontRole::Body, smallPt, row, em);
    lay.page().rules << PlacedRule{leftMargin, blockBottom, blockRight, blockBottom, thickRule, false};
}

void addPageNumbers(LaidOutDocument& out, const FontSet& fonts)
{
    // "— 1 —": 四号 half-width numerals, 7 mm below the block; odd pages right, even pages left,
    // one character in from the block's edge.
    const qreal em = smallPt * mmPerPoint;
    const QFont font = fonts.font(FontRole::Song, smallPt);
    for (int i = 0; i < out.pages.size(); ++i) {
        const QString number = QString::number(i + 1);
        PlacedText t;
        t.role = FontRole::Song;
        t.pointSize = smallPt;
        t.baselineMm = blockBottom + pageNumberGap + ideographicAscent * em;
        const qreal digits = advanceInEm(font, number) * em;
        const qreal dash = advanceInEm(font, QStringLiteral("—")) * em;
        const qreal space = 0.4 * em; // wide enough that text extraction sees "— 1 —"
        const qreal width = 2 * dash + 2 * space + digits;
        const qreal x = (i % 2 == 0) ? blockRight - em - width : leftMargin + em;
        t.pieces << QStringLiteral("—") << number << QStringLiteral("—");
        t.xMm << x << x + dash + space << x + dash + 2 * space + digits;
        out.pages[i].texts << t;
    }
}

} // namespace

LaidOutDocument layoutDocument(const Document& given, const FontSet& fonts)
{
    Document doc = given;
    cleanDocumentText(doc); // a pasted control character would draw an empty box
    LaidOutDocument out;
    out.fonts = fonts;
    out.title = doc.metadataTitle.isEmpty() ? doc.joinedTitle() : doc.metadataTitle;
    Layouter lay(fonts, out, doc.keepTogether);
    layoutHead(lay, doc);
    for (const DocumentBlock& block : doc.body) {
        switch (block.kind) {
        case DocumentBlock::Kind::Paragraph:
            lay.flow(block.text, FontRole::Body, 2, 0);
            break;
        case DocumentBlock::Kind::Heading1:
            lay.flow(block.text, FontRole::Heading1, 2, 0);
            break;
        case DocumentBlock::Kind::Heading2:
            lay.flow(block.text, FontRole::Heading2, 2, 0);
            break;
        case DocumentBlock::Kind::Plain:
            lay.flow(block.text, FontRole::Body, 0, 0);
            break;
        case DocumentBlock::Kind::Table:
            lay.table(block.table);
            break;
        case DocumentBlock::Kind::Blank:
            if (lay.row() > 0 && lay.row() < linesPerPage)
                lay.skipRows(1);
            break;
        }
    }
    layoutSignature(lay, doc);
    layoutClosing(lay, doc, fonts);
    addPageNumbers(out, fonts);
    return out;
}

QStringList titleLinesAsLaidOut(const Document& document)
{
    Document head = document; // the title does not depend on the body: lay out the head alone
    head.body.clear();
    head.signature.clear();
    head.date = QDate();
    head.copyTo.clear();
    head.printingOffice.clear();
    QStringList lines;
    const LaidOutDocument laid = layoutDocument(head, FontSet::resolve());
    for (const LaidOutPage& page : laid.pages) {
        for (const PlacedText& t : page.texts) {
            if (t.role == FontRole::Title && t.pointSize == titlePt && !t.red)
                lines << t.pieces.join(QString());
        }
    }
    return lines.isEmpty() ? document.titleLines : lines;
}

void paintLaidOutPage(QPainter& painter, const LaidOutDocument& document, int pageIndex, qreal dotsPerMm)
{
    if (pageIndex < 0 || pageIndex >= document.pages.size())
        return;
    const LaidOutPage& page = document.pages.at(pageIndex);
    const QColor red(0xE6, 0x00, 0x12); // 版头 red
    for (const PlacedRule& r : page.rules) {
        QPen pen(r.red ? red : QColor(Qt::black));
        pen.setWidthF(r.thicknessMm * dotsPerMm);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(r.x1 * dotsPerMm, r.y1 * dotsPerMm),
                         QPointF(r.x2 * dotsPerMm, r.y2 * dotsPerMm));
    }
    for (const PlacedText& t : page.texts) {
        const QFont font = document.fonts.font(t.role, t.pointSize);
        painter.setFont(font);
        painter.setPen(t.red ? red : QColor(Qt::black));
        const QFontMetricsF metrics(font, painter.device());
        for (int i = 0; i < t.pieces.size(); ++i) {
            const QString& piece = t.pieces.at(i);
            QPointF at(t.xMm.at(i) * dotsPerMm, t.baselineMm * dotsPerMm);
            if (piece.size() == 1 || piece.at(0).unicode() >= 0x2000) {
                painter.drawText(at, piece);
                continue;
            }
            // A half-width run one character at a time: shaped as a whole, the CJK fonts
            // substitute digits after a Latin letter with glyphs outside their cmap, and the
            // PDF's text layer then loses them ("京A12345" read as "京A").
            for (QChar c : piece) {
                painter.drawText(at, QString(c));
                at.rx() += metrics.horizontalAdvance(c);
            }
        }
    }
}

} // namespace casetrack
