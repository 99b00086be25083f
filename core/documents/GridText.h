#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace casetrack {

// One piece of a line on the character grid: a full-width character (one cell) or a run of
// half-width characters (digits, Latin) at its natural width. Full-width characters stay on the
// grid on lines without half-width runs; a run shifts what follows it by its own width, as a
// compositor does, so that copied text has no gaps (and "2025年" is found by a search).
struct GridPiece
{
    QString text;
    qreal start = 0; // in cells from the line's left edge
    qreal width = 1; // in cells
};

struct GridLine
{
    QList<GridPiece> pieces;
    qreal used = 0; // where the last piece ends, in cells
    QString text() const;
};

// Breaks text into lines of `capacity` cells (a cell is one em of `font`, or the narrower
// 156/28 mm cell of the body). Chinese line-breaking rules (避头尾): closing
// punctuation never starts a line and opening punctuation never ends one; a half-width run is
// kept whole unless it is longer than a line. `cellEm` is the cell width in ems of the font, used
// to convert measured half-width runs into cells.
QList<GridLine> breakIntoGridLines(const QString& text, const QFont& font, qreal cellEm, qreal capacity,
                                   qreal firstIndent = 0, qreal restIndent = 0);

// The advance of `text` in ems of `font` (measured at a large pixel size, so hinting is moot).
qreal advanceInEm(const QFont& font, const QString& text);

} // namespace casetrack
