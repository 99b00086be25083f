#include "documents/ListTable.h"

#include "documents/SafeText.h"

#include "util/DateText.h"
#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace casetrack {

namespace {

// RFC 4180: a field with a comma, a quote, CR or LF is quoted, and its quotes doubled. Control
// characters are dropped and formula-like cells neutralized (SafeText.h).
void appendField(QByteArray& out, const QString& given)
{
    // Cleaned first, then neutralized: "\x01=cmd" must not become a live "=cmd".
    const QByteArray utf8 = neutralizedCell(withoutControlCharacters(given)).toUtf8();
    bool quote = false;
    for (char ch : utf8) {
        if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char ch : utf8) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

} // namespace

bool writeCsv(const ListTable& table, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            QCoreApplication::translate("Documents", "无法创建文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    const QList<ListColumn> columns = table.columns();
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel then reads the file as UTF-8
    out.reserve(1 << 20);
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += ',';
        appendField(out, columns.at(c).header);
    }
    out += "\r\n";
    const int rows = table.rowCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += ',';
            switch (columns.at(c).type) {
            case ColumnType::Date: {
                const QDate d = table.date(r, c);
                if (d.isValid())
                    out += isoDate(d).toLatin1();
                break;
            }
            case ColumnType::Number:
                out += QByteArray::number(table.number(r, c), 'g', 15);
                break;
            default:
                appendField(out, table.text(r, c));
            }
        }
        out += "\r\n";
        if (out.size() > (1 << 20)) { // write in chunks: flat memory for long lists
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        *error =
            QCoreApplication::translate("Documents", "无法写入文件 %1：%2").arg(path, fileWriteProblem(path));
        return false;
    }
    return true;
}

} // namespace casetrack
