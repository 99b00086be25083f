#include "documents/ListExport.h"

#include "documents/IcsWriter.h"
#include "documents/ListTable.h"
#include "documents/PageLayout.h"
#include "documents/PdfOutput.h"
#include "util/DateText.h"
#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace casetrack {

namespace {

class CaseTable : public ListTable
{
public:
    explicit CaseTable(const QList<CaseRow>& rows) : m_rows(rows) {}
    QList<ListColumn> columns() const override
    {
        return {{QCoreApplication::translate("Documents", "案件编号"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "被审查调查人"), ColumnType::Text, 12},
                {QCoreApplication::translate("Documents", "工作单位"), ColumnType::Text, 20},
                {QCoreApplication::translate("Documents", "职务"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "适用程序"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "当前阶段"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "是否结案"), ColumnType::Bool, 9},
                {QCoreApplication::translate("Documents", "立案日期"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "处分种类"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "决定日期"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "生效日期"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "最近期限"), ColumnType::Text, 16},
                {QCoreApplication::translate("Documents", "最近届满日"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "逾期数"), ColumnType::Number, 8}};
    }
    int rowCount() const override { return int(m_rows.size()); }
    QString text(int r, int c) const override
    {
        const CaseRow& row = m_rows.at(r);
        switch (c) {
        case 0:
            return row.id;
        case 1:
            return row.subjectName;
        case 2:
            return row.unit;
        case 3:
            return row.position;
        case 4:
            return row.track;
        case 5:
            return row.stage;
        case 6:
            return row.closed ? QCoreApplication::translate("Documents", "是")
                              : QCoreApplication::translate("Documents", "否");
        case 7:
            return date(r, c).isValid() ? isoDate(date(r, c)) : QString();
        case 8:
            return row.sanction;
        case 9:
        case 10:
        case 12:
            return date(r, c).isValid() ? isoDate(date(r, c)) : QString();
        case 11:
            return row.nextDeadline;
        case 13:
            return QString::number(row.overdue);
        }
        return {};
    }
    QDate date(int r, int c) const override
    {
        const CaseRow& row = m_rows.at(r);
        switch (c) {
        case 7:
            return row.filedOn;
        case 9:
            return row.decidedOn;
        case 10:
            return row.effectiveOn;
        case 12:
            return row.nextDue;
        }
        return {};
    }
    double number(int r, int) const override { return m_rows.at(r).overdue; }

private:
    const QList<CaseRow>& m_rows;
};

class DeadlineTable : public ListTable
{
public:
    explicit DeadlineTable(const QList<DeadlineRow>& rows) : m_rows(rows) {}
    QList<ListColumn> columns() const override
    {
        return {{QCoreApplication::translate("Documents", "案件编号"), ColumnType::Text, 14},
                {QCoreApplication::translate("Documents", "被审查调查人"), ColumnType::Text, 12},
                {QCoreApplication::translate("Documents", "期限"), ColumnType::Text, 18},
                {QCoreApplication::translate("Documents", "依据"), ColumnType::Text, 12},
                {QCoreApplication::translate("Documents", "起算日"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "届满日"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "名义届满日"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "状态"), ColumnType::Text, 10},
                {QCoreApplication::translate("Documents", "完成日期"), ColumnType::Date, 12},
                {QCoreApplication::translate("Documents", "说明"), ColumnType::Text, 40}};
    }
    int rowCount() const override { return int(m_rows.size()); }
    QString text(int r, int c) const override
    {
        const DeadlineRow& row = m_rows.at(r);
        switch (c) {
        case 0:
            return row.caseId;
        case 1:
            return row.subjectName;
        case 2:
            return row.label;
        case 3:
            return row.article;
        case 7:
            return row.status;
        case 9:
            return row.explain;
        }
        const QDate d = date(r, c);
        return d.isValid() ? isoDate(d) : QString();
    }
    QDate date(int r, int c) const override
    {
        const DeadlineRow& row = m_rows.at(r);
        switch (c) {
        case 4:
            return row.from;
        case 5:
            return row.due;
        case 6:
            return row.nominalDue;
        case 8:
            return row.metOn;
        }
        return {};
    }

private:
    const QList<DeadlineRow>& m_rows;
};

// A list as a GB/T 9704 document: title, a table with a repeated header row, the date.
Error writeListPdf(const ListTable& table, const QString& title, const QList<int>& columns,
                   const QList<int>& weights, const QString& path)
{
    Document doc;
    doc.titleLines << title;
    DocumentBlock block{DocumentBlock::Kind::Table, {}, {}};
    block.table.columnWeights = weights;
    block.table.headerRows = 1;
    const QList<ListColumn> all = table.columns();
    QStringList head;
    for (int c : columns)
        head << all.at(c).header;
    block.table.rows << head;
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << table.text(r, c);
        block.table.rows << cells;
    }
    doc.body << block;
    doc.date = QDate::currentDate();
    return writePdfFile(layoutDocument(doc, FontSet::resolve()), path);
}

Error fromWriter(bool ok, const QString& error)
{
    return ok ? Error::ok() : Error::make(ErrorCode::Unavailable, error);
}

} // namespace

QString exportFormatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Ics:
        return QStringLiteral("ics");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool exportFormatFromId(const QString& id, ExportFormat* out)
{
    for (ExportFormat f : {ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Ics, ExportFormat::Pdf}) {
        if (exportFormatId(f) == id) {
            *out = f;
            return true;
        }
    }
    return false;
}

Error exportCaseRows(const QList<CaseRow>& rows, ExportFormat format, const QString& path)
{
    const CaseTable table(rows);
    QString error;
    switch (format) {
    case ExportFormat::Xlsx:
        return fromWriter(
            writeXlsx(table, QCoreApplication::translate("Documents", "案件清单"), path, &error), error);
    case ExportFormat::Csv:
        return fromWriter(writeCsv(table, path, &error), error);
    case ExportFormat::Pdf:
        return writeListPdf(table, QCoreApplication::translate("Documents", "案件清单"), {0, 1, 5, 8, 12},
                            {4, 3, 4, 4, 4}, path);
    case ExportFormat::Ics:
        break;
    }
    return Error::make(
        ErrorCode::Invalid,
        QCoreApplication::translate("Documents", "案件清单不能导出为日历（ICS）；请导出期限清单。"));
}

Error exportDeadlineRows(const QList<DeadlineRow>& rows, ExportFormat format, const QString& path,
                         bool includeNames)
{
    const DeadlineTable table(rows);
    QString error;
    switch (format) {
    case ExportFormat::Xlsx:
        return fromWriter(
            writeXlsx(table, QCoreApplication::translate("Documents", "期限清单"), path, &error), error);
    case ExportFormat::Csv:
        return fromWriter(writeCsv(table, path, &error), error);
    case ExportFormat::Pdf:
        return writeListPdf(table, QCoreApplication::translate("Documents", "期限清单"), {0, 1, 2, 3, 5, 7},
                            {4, 3, 5, 3, 4, 3}, path);
    case ExportFormat::Ics: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(deadlinesToIcs(rows, QDateTime::currentDateTimeUtc(), includeNames)) < 0 ||
            !file.commit())
            return Error::make(ErrorCode::Unavailable,
                               QCoreApplication::translate("Documents", "无法写入文件 %1：%2")
                                   .arg(path, fileWriteProblem(path)));
        return Error::ok();
    }
    }
    return Error::ok();
}

} // namespace casetrack
