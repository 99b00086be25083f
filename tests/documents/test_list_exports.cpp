#include "CaseFixtures.h"
#include "ZipProbe.h"

#include "documents/CaseRows.h"
#include "documents/Documents.h"
#include "documents/FigureExport.h"
#include "documents/IcsWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF.
QList<QStringList> readCsv(const QByteArray& bytes)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        any = true;
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            record << QString::fromUtf8(field);
            records << record;
            record.clear();
            field.clear();
            any = false;
            ++i;
        } else {
            field += c;
        }
    }
    if (any)
        records << (record << QString::fromUtf8(field));
    return records;
}

// Cell reference → text of an XLSX sheet, for inline strings (constant memory mode), shared
// strings and numbers.
QHash<QString, QString> sheetCells(const QString& path)
{
    const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
    QStringList shared;
    const QString sst = QString::fromUtf8(zipEntry(path, "xl/sharedStrings.xml"));
    static const QRegularExpression si(QStringLiteral("<si>.*?<t[^>]*>(.*?)</t>.*?</si>"));
    for (auto it = si.globalMatch(sst); it.hasNext();)
        shared << it.next().captured(1);
    QHash<QString, QString> cells;
    static const QRegularExpression cell(QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)"));
    static const QRegularExpression value(QStringLiteral("<v>(.*?)</v>"));
    static const QRegularExpression inlineText(QStringLiteral("<t[^>]*>(.*?)</t>"));
    for (auto it = cell.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        const QString attrs = m.captured(2);
        const QString body = m.captured(3);
        QString text;
        if (attrs.contains(QStringLiteral("t=\"inlineStr\"")))
            text = inlineText.match(body).captured(1);
        else if (attrs.contains(QStringLiteral("t=\"s\"")))
            text = shared.value(value.match(body).captured(1).toInt());
        else
            text = value.match(body).captured(1);
        cells.insert(m.captured(1), text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                                        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                                        .replace(QStringLiteral("&lt;"), QStringLiteral("<")));
    }
    return cells;
}

// RFC 5545 unfolding: CRLF followed by a space or tab continues the line.
QStringList unfoldIcs(const QByteArray& bytes)
{
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestListExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<CaseRow> trickyRows()
    {
        CaseRow a = caseRowOf(decidedCase());
        CaseRow b = a;
        b.id = QStringLiteral("2025-008");
        b.subjectName = QStringLiteral("李\"四\"，副处长");
        b.unit = QStringLiteral("某某部,办公厅\r\n第二行");
        b.overdue = 2;
        return {a, b};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void caseRowsComeFromTheState()
    {
        const CaseRow row = caseRowOf(decidedCase());
        QCOMPARE(row.id, QStringLiteral("2025-007"));
        QCOMPARE(row.sanction, QStringLiteral("警告"));
        QCOMPARE(row.decidedOn, QDate(2025, 1, 31));
        QCOMPARE(row.nextDue, QDate(2025, 2, 28)); // announce within one month (第十条)
        const QList<DeadlineRow> deadlines = deadlineRowsOf(decidedCase());
        QCOMPARE(deadlines.size(), 3); // announce, record_filing, execution_report (revision 2)
        QCOMPARE(deadlines.at(0).article, QStringLiteral("第十条"));
    }

    void xlsxHasTypedCellsFrozenHeaderAndFilter()
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.xlsx"));
        QVERIFY(!exportCaseRows(trickyRows(), ExportFormat::Xlsx, path).isError());
        const QHash<QString, QString> cells = sheetCells(path);
        QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("案件编号"));
        QCOMPARE(cells.value(QStringLiteral("B1")), QStringLiteral("被审查调查人"));
        QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("2025-007"));
        QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("张三"));
        QCOMPARE(cells.value(QStringLiteral("I2")), QStringLiteral("警告"));
        // 2025-01-31 as an Excel date serial, 2 overdue as a number.
        QCOMPARE(cells.value(QStringLiteral("J2")), QStringLiteral("45688"));
        QCOMPARE(cells.value(QStringLiteral("N3")), QStringLiteral("2"));
        QCOMPARE(cells.value(QStringLiteral("B3")), QStringLiteral("李\"四\"，副处长"));
        const QByteArray sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
        QVERIFY(sheet.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:N3\"/>"));
        // The date cells carry a date number format.
        const QByteArray styles = zipEntry(path, "xl/styles.xml");
        QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    }

    void figureSheetHasCountsMediansAndEmptyCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("figures.xlsx"));
        FigureSheet sheet;
        sheet.title = QStringLiteral("办理用时: [2025]");
        sheet.headers = {QStringLiteral("事项"), QStringLiteral("案件数"), QStringLiteral("中位数（天）")};
        sheet.rows = {{QStringLiteral("立案至决定"), {2.0, 122.5}},
                      {QStringLiteral("决定至备案"), {0.0, std::nullopt}}};
        sheet.decimals = {1};
        QVERIFY(!exportFigureSheet(sheet, path).isError());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QHash<QString, QString> cells = sheetCells(path);
        QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("事项"));
        QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("中位数（天）"));
        QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("立案至决定"));
        QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("2"));
        QCOMPARE(cells.value(QStringLiteral("C2")), QStringLiteral("122.5"));
        QCOMPARE(cells.value(QStringLiteral("B3")), QStringLiteral("0"));
        // A median of nothing is an empty cell, not 0.
        QVERIFY(!cells.contains(QStringLiteral("C3")));
        QVERIFY(zipEntry(path, "xl/styles.xml").contains("formatCode=\"0.0\""));
        // The sheet is named after the table, without the characters Excel refuses.
        QVERIFY(zipEntry(path, "xl/workbook.xml").contains(QStringLiteral("办理用时   2025 ").toUtf8()));
    }

    void csvRoundTripsChineseCommasQuotesAndNewlines()
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.csv"));
        const QList<CaseRow> rows = trickyRows();
        QVERIFY(!exportCaseRows(rows, ExportFormat::Csv, path).isError());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = readCsv(bytes.mid(3));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).at(0), QStringLiteral("案件编号"));
        QCOMPARE(records.at(1).at(1), QStringLiteral("张三"));
        QCOMPARE(records.at(1).at(9), QStringLiteral("2025-01-31"));
        QCOMPARE(records.at(2).at(1), rows.at(1).subjectName);
        QCOMPARE(records.at(2).at(2), QStringLiteral("某某部,办公厅\n第二行")); // CR LF → LF (SafeText.h)
        QCOMPARE(records.at(2).at(13), QStringLiteral("2"));
        for (const QStringList& r : records)
            QCOMPARE(r.size(), 14);
    }

    void icsParses()
    {
        QList<DeadlineRow> rows = deadlineRowsOf(decidedCase());
        rows[0].explain = QStringLiteral("期限届满日为2025-02-28；说明,含逗号和分号;"
                                         "以及很长很长很长很长很长很长很长很长很长很长很长很长的中文文字");
        const QByteArray ics =
            deadlinesToIcs(rows, QDateTime(QDate(2025, 2, 10), QTime(8, 0), Qt::UTC), /*includeNames=*/true);
        // Every physical line ends with CRLF and is at most 75 octets.
        for (const QByteArray& line : ics.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter)); // folds keep UTF-8 whole
        }
        const QStringList lines = unfoldIcs(ics);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3); // + execution_report (revision 2)
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20250228")));
        QVERIFY(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20250301")));
        QVERIFY(lines.contains(QStringLiteral("UID:2025-007-announce@casetrack")));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20250210T080000Z")));
        bool summary = false, description = false;
        for (const QString& l : lines) {
            if (l.startsWith(QStringLiteral("SUMMARY:")) && l.contains(QStringLiteral("2025-007")) &&
                l.contains(QStringLiteral("张三")) && l.contains(QStringLiteral("第十条")))
                summary = true;
            if (l.startsWith(QStringLiteral("DESCRIPTION:")) &&
                l.contains(QStringLiteral("说明\\,含逗号和分号\\;以及")) &&
                l.contains(QStringLiteral("\\n期限届满日")))
                description = true;
        }
        QVERIFY(summary);
        QVERIFY(description);
        // Through the file API too.
        const QString path = m_dir.filePath(QStringLiteral("deadlines.ics"));
        QVERIFY(!exportDeadlines({decidedCase()}, ExportFormat::Ics, path).isError());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(exportCases({decidedCase()}, ExportFormat::Ics, path).code, ErrorCode::Invalid);
    }

    void listsAsPdfAndDeadlinesAsXlsx()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cases.pdf"));
        QVERIFY(!exportCases({decidedCase(), decidedCase()}, ExportFormat::Pdf, pdf).isError());
        const QString xlsx = m_dir.filePath(QStringLiteral("deadlines.xlsx"));
        QVERIFY(!exportDeadlines({decidedCase()}, ExportFormat::Xlsx, xlsx).isError());
        const QHash<QString, QString> cells = sheetCells(xlsx);
        QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("期限"));
        QCOMPARE(cells.value(QStringLiteral("D2")), QStringLiteral("第十条"));
        QCOMPARE(cells.value(QStringLiteral("F2")),
                 QString::number(QDate(2025, 2, 28).toJulianDay() - QDate(1899, 12, 30).toJulianDay()));
    }
};

QTEST_MAIN(TestListExports)
#include "test_list_exports.moc"
