#include "documents/ListTable.h"

#include "documents/SafeText.h"
#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>

namespace casetrack {

namespace {

// Excel's serial day number (1900 date system; correct from 1900-03-01 on). Writing the number
// with a date format is what worksheet_write_datetime does, without its per-cell conversion.
double excelSerial(const QDate& date)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    return double(date.toJulianDay() - epoch);
}

} // namespace

bool writeXlsx(const ListTable& table, const QString& sheetName, const QString& path, QString* error)
{
    // No plaintext in /tmp: libxlsxwriter's temporary files (rows flushed in constant-memory
    // mode, the parts before zipping) go to a private 0700 folder beside the target, removed
    // afterwards, and the workbook is written under a temporary 0600 name and renamed.
    const QFileInfo target(path);
    QTemporaryDir scratch(target.absolutePath() + QStringLiteral("/.casetrack-xlsx-XXXXXX"));
    if (!scratch.isValid()) {
        *error =
            QCoreApplication::translate("Documents", "无法写入文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    QByteArray tmpdir = QFile::encodeName(scratch.path());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows are flushed as written: flat memory for 100k rows
    options.tmpdir = tmpdir.data();
    const QString partial = scratch.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray file = QFile::encodeName(partial);
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error =
            QCoreApplication::translate("Documents", "无法写入文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
    lxw_format* head = workbook_add_format(workbook);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* intFormat = workbook_add_format(workbook);
    format_set_num_format(intFormat, "0");
    lxw_format* decimalFormat = workbook_add_format(workbook);
    format_set_num_format(decimalFormat, "0.0");

    const QList<ListColumn> columns = table.columns();
    const int rows = table.rowCount();
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(rows, 1)), lxw_col_t(columns.size() - 1));

    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).header.toUtf8().constData(), head);
    QByteArray buffer;
    for (int r = 0; r < rows; ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < columns.size(); ++c) {
            const lxw_col_t col = lxw_col_t(c);
            switch (columns.at(c).type) {
            case ColumnType::Date: {
                const QDate d = table.date(r, c);
                if (d.isValid())
                    worksheet_write_number(sheet, row, col, excelSerial(d), dateFormat);
                break;
            }
            case ColumnType::Number:
                worksheet_write_number(sheet, row, col, table.number(r, c), intFormat);
                break;
            case ColumnType::Decimal:
                if (const double value = table.number(r, c); !std::isnan(value))
                    worksheet_write_number(sheet, row, col, value, decimalFormat);
                break;
            case ColumnType::Text:
            case ColumnType::Bool: {
                // A NUL would cut the cell, other control characters make the XML invalid; a
                // formula-like text is harmless here but not once someone saves it as CSV.
                const QString text = neutralizedCell(withoutControlCharacters(table.text(r, c)));
                if (!text.isEmpty()) {
                    buffer = text.toUtf8();
                    worksheet_write_string(sheet, row, col, buffer.constData(), nullptr);
                }
                break;
            }
            }
        }
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error =
            QCoreApplication::translate("Documents", "无法写入文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename(2) replaces an existing file atomically: readers see the old or the new workbook.
    if (std::rename(file.constData(), QFile::encodeName(path).constData()) != 0) {
        *error =
            QCoreApplication::translate("Documents", "无法写入文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    return true;
}

} // namespace casetrack
