#include "documents/Layouter.h"

#include <cmath>

namespace casetrack::layout {

void Layouter::table(const DocumentTable& table)
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

} // namespace casetrack::layout
