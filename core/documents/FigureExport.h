#pragma once

#include "util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casetrack {

// One row of a statistics table: what is counted, then its figures (none: an empty cell).
struct FigureRow
{
    QString label;
    QList<std::optional<double>> values;
};

// A statistics table as the statistics page shows it (issue 12): the caller's words, the figures as
// numbers. `decimals`: the columns (counted from the first figure) that hold a median, written
// with one decimal; the others are counts.
struct FigureSheet
{
    QString title;       // the sheet's name (Excel cuts it at 31 characters)
    QStringList headers; // the label column's, then one per figure
    QList<FigureRow> rows;
    QList<int> decimals;
};

// Writes the table as an XLSX workbook of one sheet (the list exports' writer: frozen header,
// autofilter, 0600, no plaintext outside the target's folder). Unavailable with the reason in the
// user's language when the file cannot be written.
Error exportFigureSheet(const FigureSheet& sheet, const QString& path);

} // namespace casetrack
