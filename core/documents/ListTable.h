#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace casetrack {

// Internal to the list exporters: a list as typed columns, so XLSX, CSV and PDF share one
// description of the columns and differ only in how they write a cell.
enum class ColumnType
{
    Text,
    Date,
    Number,
    Bool,
    Decimal // a number with one decimal (a median); an empty cell when number() is NaN
};

struct ListColumn
{
    QString header;
    ColumnType type = ColumnType::Text;
    double width = 12; // XLSX column width in characters
};

class ListTable
{
public:
    virtual ~ListTable() = default;
    virtual QList<ListColumn> columns() const = 0;
    virtual int rowCount() const = 0;
    virtual QString text(int row, int column) const = 0; // Text and Bool columns
    virtual QDate date(int, int) const { return {}; }
    virtual double number(int, int) const { return 0; }
};

// The writers (XlsxWriter.cpp, CsvWriter.cpp).
bool writeXlsx(const ListTable& table, const QString& sheetName, const QString& path, QString* error);
bool writeCsv(const ListTable& table, const QString& path, QString* error);

} // namespace casetrack
