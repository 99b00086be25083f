#pragma once

#include <QFont>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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

// How lines are broken beyond the standard rules.
struct BreakOptions
{
    // Words never broken (names, organ names, a sanction, "欧阳晓燕同志"), on top of the built-in
    // ones: dates (2026年10月28日), article references (第十一条第三款), a Han character with the
    // Latin/digit run it leads (京A12345), and any half-width run.
    QStringList keepTogether;
    // Spread a line that ends short (because of a kept word, 避头尾 or a half-width run) over the
    // full width, as a compositor justifies to the grid; the last line of the text stays short.
    bool justify = false;
};

// Breaks text into lines of `capacity` cells (a cell is one em of `font`, or the narrower
// 156/28 mm cell of the body). Chinese line-breaking rules (避头尾): closing
// punctuation never starts a line and opening punctuation never ends one; kept-together words
// (BreakOptions) move to the next line whole unless they are longer than a line. `cellEm` is the
// cell width in ems of the font, used to convert measured half-width runs into cells.
QList<GridLine> breakIntoGridLines(const QString& text, const QFont& font, qreal cellEm, qreal capacity,
                                   qreal firstIndent = 0, qreal restIndent = 0,
                                   const BreakOptions& options = {});

// The [start, end) character spans of `text` that must not be broken (see BreakOptions).
QList<QPair<int, int>> keptSpans(const QString& text, const QStringList& keepTogether);

// The advance of `text` in ems of `font` (measured at a large pixel size, so hinting is moot).
qreal advanceInEm(const QFont& font, const QString& text);

} // namespace casetrack
