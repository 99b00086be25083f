#include "documents/PageLayout.h"

#include "documents/GridText.h"
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

namespace {

constexpr qreal tablePad = 1.0;    // mm inside a cell
constexpr qreal tableLineH = 6.5;  // mm per line of 四号 text in a cell
constexpr qreal tableMinRow = 9.0; // mm
constexpr qreal bodyCapacity = charsPerLine;

// Places lines on the page grid and keeps track of the current grid row and page.
class Layouter
{
public:
    Layouter(const FontSet& fonts, LaidOutDocument& out, const QStringList& keep) : m_fonts(fonts), m_out(out)
    {
        // Titles keep every listed word whole; body lines only short ones (names, sanctions),
        // so that justifying a line never opens gaps of half a line.
        m_title.keepTogether = keep;
        for (const QString& word : keep)
            if (word.size() <= 8)
                m_body.keepTogether << word;
        m_body.justify = true;
        newPage();
    }

    void newPage()
    {
        m_out.pages.append(LaidOutPage());
        m_row = 0;
    }
    LaidOutPage& page() { return m_out.pages.last(); }
    int row() const { return m_row; }
    void setRow(int row) { m_row = row; }
    void skipRows(int n) { m_row += n; }
    void ensureRows(int n)
    {
        if (m_row + n > linesPerPage)
            newPage();
    }

    static qreal rowTop(int row) { return topMargin + row * linePitch; }

    // Baseline that centres an em box of `pt` in grid row `row`.
    static qreal baselineFor(int row, qreal pt)
    {
        const qreal em = pt * mmPerPoint;
        return rowTop(row) + (linePitch - em) / 2.0 + ideographicAscent * em;
    }

    // A grid line of the body (cells of 156/28 mm) starting at `leftMm`.
    PlacedText gridText(const GridLine& line, FontRole role, qreal pt, qreal leftMm, qreal cellMm,
                        qreal baseline)
    {
        PlacedText t;
        t.role = role;
        t.pointSize = pt;
        t.baselineMm = baseline;
        const QFont font = m_fonts.font(role, pt);
        const qreal em = pt * mmPerPoint;
        for (const GridPiece& p : line.pieces) {
            // A full-width glyph is centred in its cell (the 三号 em is a little wider than the
            // 156/28 mm cell); a half-width run starts where its measured slot starts.
            const bool fullWidth = p.text.at(0).unicode() >= 0x2000;
            const qreal offset = fullWidth ? (cellMm - em) / 2.0 : 0.0;
            t.pieces << p.text;
            t.xMm << leftMm + p.start * cellMm + offset;
        }
        return t;
    }

    // Flows text over grid rows, breaking pages as needed.
    void flow(const QString& text, FontRole role, qreal firstIndent, qreal restIndent)
    {
        const QFont font = m_fonts.font(role, bodyPt);
        const qreal cellEm = cellWidth / (bodyPt * mmPerPoint);
        const QList<GridLine> lines =
            breakIntoGridLines(text, font, cellEm, bodyCapacity, firstIndent, restIndent, m_body);
        for (const GridLine& line : lines) {
            ensureRows(1);
            page().texts << gridText(line, role, bodyPt, leftMargin, cellWidth, baselineFor(m_row, bodyPt));
            m_lastFlowed = {int(m_out.pages.size()) - 1, int(page().texts.size()) - 1, m_row};
            m_flowedBefore.append(m_lastFlowed);
            if (m_flowedBefore.size() > 2)
                m_flowedBefore.removeFirst();
            ++m_row;
            page().bodyLines = std::max(page().bodyLines, m_row);
        }
    }

    // GB/T 9704 7.3.5: the signature never stands alone. Moves the last two body lines, when
    // they are the last things on this page, to a new page; false when that is not possible.
    bool carryLastLinesToNewPage()
    {
        const int pageIndex = int(m_out.pages.size()) - 1;
        if (m_flowedBefore.size() < 2)
            return false;
        const Flowed a = m_flowedBefore.at(0), b = m_flowedBefore.at(1);
        const int textCount = int(page().texts.size());
        if (a.page != pageIndex || b.page != pageIndex || b.text != textCount - 1 ||
            a.text != textCount - 2 || b.row != m_row - 1 || a.row != m_row - 2 || a.row == 0)
            return false;
        PlacedText first = page().texts.at(a.text);
        PlacedText second = page().texts.at(b.text);
        page().texts.resize(a.text);
        page().bodyLines = a.row;
        newPage();
        first.baselineMm += rowTop(0) - rowTop(a.row);
        second.baselineMm += rowTop(1) - rowTop(b.row);
        page().texts << first << second;
        m_row = 2;
        page().bodyLines = 2;
        m_flowedBefore.clear();
        return true;
    }

    // Centred lines of the title (二号 小标宋), balanced so the lines are of similar length.
    void title(const QStringList& titleLines)
    {
        const QFont font = m_fonts.font(FontRole::Title, titlePt);
        const qreal em = titlePt * mmPerPoint;
        const qreal capacity = std::floor(blockWidth / em);
        QStringList split;
        for (const QString& text : titleLines) {
            // 回行时词意完整: a title too long for one line breaks before "关于" when both parts
            // fit (发文机关 / 关于……的决定), else into balanced lines.
            const qsizetype about = text.indexOf(QStringLiteral("关于"));
            if (advanceInEm(font, text) > capacity && about > 0 && about <= capacity &&
                advanceInEm(font, text.mid(about)) <= capacity)
                split << text.left(about) << text.mid(about);
            else
                split << text;
        }
        for (const QString& text : split) {
            QList<GridLine> lines = breakIntoGridLines(text, font, 1.0, capacity, 0, 0, m_title);
            if (lines.size() > 1) { // rebalance (梯形/菱形): as many lines, of similar length
                qreal total = 0;
                for (const GridLine& l : lines)
                    total += l.used;
                const qreal per = std::ceil(total / lines.size());
                QList<GridLine> balanced =
                    breakIntoGridLines(text, font, 1.0, std::min(capacity, per + 1), 0, 0, m_title);
                if (balanced.size() == lines.size())
                    lines = balanced;
            }
            for (const GridLine& line : lines) {
                ensureRows(1);
                const qreal width = line.used * em;
                page().texts << gridText(line, FontRole::Title, titlePt,
                                         leftMargin + (blockWidth - width) / 2.0, em,
                                         baselineFor(m_row, titlePt));
                ++m_row;
            }
        }
        page().bodyLines = std::max(page().bodyLines, m_row);
    }

    // A single line placed by its right edge (`rightInset` mm left of the block's right edge),
    // or centred on `centreMm` when that is given.
    qreal placeLine(const QString& text, FontRole role, qreal pt, int row, qreal rightInset,
                    qreal centreMm = -1)
    {
        const QFont font = m_fonts.font(role, pt);
        const qreal cell = (pt == bodyPt) ? cellWidth : pt * mmPerPoint;
        const qreal cellEm = cell / (pt * mmPerPoint);
        const GridLine line = breakIntoGridLines(text, font, cellEm, 1000).first();
        const qreal width = line.used * cell;
        const qreal left = centreMm >= 0 ? centreMm - width / 2.0 : blockRight - rightInset - width;
        page().texts << gridText(line, role, pt, left, cell, baselineFor(row, pt));
        return left + width / 2.0;
    }

    void table(const DocumentTable& table)
    {
        const QFont font = m_fonts.font(FontRole::Body, smallPt);
        const QFont headFont = m_fonts.font(FontRole::Heading1, smallPt);
        const qreal em = smallPt * mmPerPoint;
        int weightSum = 0;
        for (int w : table.columnWeights)
            weightSum += w;
        QList<qreal> edges{leftMargin};
        for (int w : table.columnWeights)
            edges << edges.last() + blockWidth * w / std::max(1, weightSum);

        qreal y = rowTop(m_row);
        auto layoutRow = [&](const QStringList& cells, bool head, qreal* heightOut) {
            QList<QList<GridLine>> wrapped;
            int maxLines = 1;
            for (int c = 0; c < cells.size() && c < edges.size() - 1; ++c) {
                const qreal right = (c == cells.size() - 1) ? edges.last() : edges.at(c + 1);
                const qreal capacity = std::max(1.0, (right - edges.at(c) - 2 * tablePad) / em);
                wrapped << breakIntoGridLines(cells.at(c), head ? headFont : font, 1.0, capacity);
                maxLines = std::max(maxLines, int(wrapped.last().size()));
            }
            *heightOut = std::max(tableMinRow, maxLines * tableLineH + 2 * tablePad);
            return wrapped;
        };
        // Draws lines [from, from + count) of every cell in a row of height h at y. A whole row is
        // centred vertically; a slice of a row split over pages starts at the top.
        auto drawRow = [&](const QList<QList<GridLine>>& wrapped, int from, int count, bool head, qreal h,
                           bool whole) {
            page().rules << PlacedRule{leftMargin, y, blockRight, y, 0.25, false}
                         << PlacedRule{leftMargin, y + h, blockRight, y + h, 0.25, false};
            for (int c = 0; c < wrapped.size(); ++c) {
                const qreal left = edges.at(c);
                const qreal right = (c == wrapped.size() - 1) ? edges.last() : edges.at(c + 1);
                page().rules << PlacedRule{left, y, left, y + h, 0.25, false};
                const QList<GridLine>& lines = wrapped.at(c);
                const int shown = std::clamp(int(lines.size()) - from, 0, count);
                const qreal textTop = whole ? y + (h - shown * tableLineH) / 2.0 : y + tablePad;
                for (int l = 0; l < shown; ++l) {
                    const GridLine& line = lines.at(from + l);
                    const qreal width = line.used * em;
                    // A one-line cell is centred (labels, short values); longer text reads left-aligned.
                    const qreal x = lines.size() == 1 ? left + (right - left - width) / 2.0 : left + tablePad;
                    const qreal baseline =
                        textTop + l * tableLineH + (tableLineH - em) / 2.0 + ideographicAscent * em;
                    page().texts << gridText(line, head ? FontRole::Heading1 : FontRole::Body, smallPt, x, em,
                                             baseline);
                }
            }
            page().rules << PlacedRule{blockRight, y, blockRight, y + h, 0.25, false};
            y += h;
        };
        auto rowHeight = [](int lines) { return std::max(tableMinRow, lines * tableLineH + 2 * tablePad); };
        auto repeatHeader = [&]() {
            for (int hr = 0; hr < table.headerRows && hr < table.rows.size(); ++hr) {
                qreal h = 0;
                const QList<QList<GridLine>> wrapped = layoutRow(table.rows.at(hr), true, &h);
                drawRow(wrapped, 0, 1000, true, h, true);
            }
        };
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool head = r < table.headerRows;
            qreal h = 0;
            const QList<QList<GridLine>> wrapped = layoutRow(table.rows.at(r), head, &h);
            int total = 0;
            for (const QList<GridLine>& cell : wrapped)
                total = std::max(total, int(cell.size()));
            // A row taller than what is left flows on: as many lines as fit here (at least two,
            // else the whole row moves), the rest on the next page under the repeated header.
            int done = 0;
            for (int guard = 0; guard < 1000; ++guard) {
                const int left = total - done;
                const qreal need = rowHeight(left);
                const qreal avail = blockBottom - y;
                if (need <= avail + 0.01) {
                    drawRow(wrapped, done, left, head, done == 0 ? h : need, done == 0);
                    break;
                }
                const int fit = int(std::floor((avail - 2 * tablePad) / tableLineH + 0.001));
                const bool atTop = y <= rowTop(0) + 0.01;
                if (!head && (fit >= 2 || (atTop && fit >= 1))) {
                    drawRow(wrapped, done, fit, head, fit * tableLineH + 2 * tablePad, false);
                    done += fit;
                }
                newPage();
                y = rowTop(0);
                if (!head)
                    repeatHeader();
            }
        }
        m_row = int(std::ceil((y - topMargin) / linePitch - 0.001));
        page().bodyLines = std::max(page().bodyLines, std::min(m_row, linesPerPage));
    }

    // The same when the page holds a single body line: the previous page's last line comes along.
    bool pullPreviousLineDown()
    {
        const int pageIndex = int(m_out.pages.size()) - 1;
        if (m_flowedBefore.size() < 2 || pageIndex < 1 || m_row != 1)
            return false;
        const Flowed a = m_flowedBefore.at(0), b = m_flowedBefore.at(1);
        LaidOutPage& previous = m_out.pages[pageIndex - 1];
        if (b.page != pageIndex || b.row != 0 || b.text != 0 || page().texts.size() != 1 ||
            a.page != pageIndex - 1 || a.text != previous.texts.size() - 1 || a.row == 0)
            return false;
        PlacedText moved = previous.texts.takeLast();
        previous.bodyLines = a.row;
        moved.baselineMm += rowTop(0) - rowTop(a.row);
        page().texts[0].baselineMm += linePitch;
        page().texts.prepend(moved);
        m_row = 2;
        page().bodyLines = std::max(page().bodyLines, 2);
        m_flowedBefore.clear();
        return true;
    }

private:
    struct Flowed
    {
        int page = -1, text = -1, row = -1;
    };
    const FontSet& m_fonts;
    LaidOutDocument& m_out;
    BreakOptions m_title, m_body;
    Flowed m_lastFlowed;
    QList<Flowed> m_flowedBefore; // the last two body lines placed
    int m_row = 0;
};

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
