#pragma once

// Internal to the PDF layout (PageLayout.cpp, TableLayout.cpp): places lines on the GB/T 9704
// page grid and keeps track of the current grid row and page.
#include "documents/Document.h"
#include "documents/FontSet.h"
#include "documents/GridText.h"
#include "documents/PageGeometry.h"
#include "documents/PageLayout.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace casetrack {

namespace layout {

using namespace gbt9704;

constexpr qreal tablePad = 1.0;    // mm inside a cell
constexpr qreal tableLineH = 6.5;  // mm per line of 四号 text in a cell
constexpr qreal tableMinRow = 9.0; // mm
constexpr qreal bodyCapacity = charsPerLine;

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
            m_flowedBefore.append({int(m_out.pages.size()) - 1, int(page().texts.size()) - 1, m_row});
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

    // A form table (TableLayout.cpp): rows flow across pages under the repeated header.
    void table(const DocumentTable& table);

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
    QList<Flowed> m_flowedBefore; // the last two body lines placed
    int m_row = 0;
};

} // namespace layout

} // namespace casetrack
