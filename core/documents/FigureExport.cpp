#include "documents/FigureExport.h"

#include "documents/ListTable.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace casetrack {

namespace {

class FigureTable : public ListTable
{
public:
    explicit FigureTable(const FigureSheet& sheet) : m_sheet(sheet) {}

    QList<ListColumn> columns() const override
    {
        QList<ListColumn> out;
        for (int c = 0; c < m_sheet.headers.size(); ++c) {
            const ColumnType type = c == 0                             ? ColumnType::Text
                                    : m_sheet.decimals.contains(c - 1) ? ColumnType::Decimal
                                                                       : ColumnType::Number;
            out.append({m_sheet.headers.at(c), type, c == 0 ? 28.0 : 14.0});
        }
        return out;
    }
    int rowCount() const override { return int(m_sheet.rows.size()); }
    QString text(int row, int column) const override
    {
        if (column == 0)
            return m_sheet.rows.at(row).label;
        const std::optional<double> v = value(row, column);
        return v ? QLocale::c().toString(*v, 'g', 15) : QString();
    }
    double number(int row, int column) const override
    {
        // A count is never missing; a median of nothing is an empty cell.
        const std::optional<double> v = value(row, column);
        return v ? *v : std::numeric_limits<double>::quiet_NaN();
    }

private:
    std::optional<double> value(int row, int column) const
    {
        const QList<std::optional<double>>& values = m_sheet.rows.at(row).values;
        return column - 1 < values.size() ? values.at(column - 1) : std::nullopt;
    }

    const FigureSheet& m_sheet;
};

} // namespace

Error exportFigureSheet(const FigureSheet& sheet, const QString& path)
{
    const FigureTable table(sheet);
    QString error;
    // Excel refuses sheet names over 31 characters and some punctuation.
    QString name = sheet.title.left(31);
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char(' '));
    if (!writeXlsx(table, name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name, path, &error))
        return Error::make(ErrorCode::Unavailable, error);
    return Error::ok();
}

} // namespace casetrack
