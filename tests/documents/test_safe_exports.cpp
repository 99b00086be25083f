// Hostile text in exports and documents (issue 11): control characters pasted from Word never
// break a file, formula-like cells never become live formulas, and the calendar names nobody
// unless asked to.
#include "CaseFixtures.h"
#include "OfficeConvert.h"
#include "PdfProbe.h"
#include "ZipProbe.h"

#include "documents/CaseRows.h"
#include "documents/Documents.h"
#include "documents/IcsWriter.h"
#include "documents/SafeText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace casetrack;
using namespace casetrack::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Well-formed XML 1.0 (what LibreOffice, Word and Excel require before they show anything).
bool wellFormed(const QByteArray& xml, QString* why)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *why = reader.errorString();
    return !xml.isEmpty() && !reader.hasError();
}

bool hasControlBytes(const QByteArray& bytes, const QByteArray& allowed)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 || u == 0x7F) && !allowed.contains(c))
            return true;
    }
    return false;
}

// What a clerk pastes: formulas, a DDE payload, Word's vertical tab and form feed, NUL, C1.
const QStringList kHostile{
    QStringLiteral("=1+2"),
    QStringLiteral("+3+4"),
    QStringLiteral("-5+6"),
    QStringLiteral("@SUM(1,2)"),
    QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"点击\")"),
    QStringLiteral("\t=7+8"),
    QStringLiteral("\r=9+1"),
    QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("王\x0B五\x0C某") + QChar(0) + QStringLiteral("甲") + QChar(0x85) + QChar(0x9F) +
        QChar(0xFFFE) + QStringLiteral("乙"),
    QStringLiteral("\x01=2+3"),
};

} // namespace

class TestSafeExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<CaseRow> hostileRows()
    {
        QList<CaseRow> rows;
        const CaseRow base = caseRowOf(decidedCase());
        for (int i = 0; i < kHostile.size(); ++i) {
            CaseRow r = base;
            r.id = QStringLiteral("2025-%1").arg(100 + i);
            r.subjectName = kHostile.at(i);
            r.unit = kHostile.at(i);
            rows << r;
        }
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void controlCharactersAreDroppedOrBecomeBreaks()
    {
        QCOMPARE(withoutControlCharacters(QStringLiteral("甲\x0B乙")), QStringLiteral("甲\n乙"));
        QCOMPARE(withoutControlCharacters(QStringLiteral("甲\r\n乙\r丙")), QStringLiteral("甲\n乙\n丙"));
        QCOMPARE(withoutControlCharacters(QStringLiteral("甲\r\n乙\t丙"), LineBreaks::ToSpace),
                 QStringLiteral("甲 乙 丙"));
        QCOMPARE(withoutControlCharacters(QStringLiteral("a") + QChar(0) + QStringLiteral("b\x01\x1F") +
                                          QChar(0x7F) + QChar(0x9F) + QChar(0xFFFF) + QStringLiteral("c")),
                 QStringLiteral("abc"));
        QString lone = QStringLiteral("x");
        lone += QChar(0xD800);
        lone += QStringLiteral("y");
        QCOMPARE(withoutControlCharacters(lone), QStringLiteral("xy"));
        const QString emoji = QStringLiteral("京A12345 😀 𠀀");
        QCOMPARE(withoutControlCharacters(emoji), emoji); // surrogate pairs stay
        QCOMPARE(withoutControlCharacters(QStringLiteral("张三，男，汉族")),
                 QStringLiteral("张三，男，汉族"));
    }

    void formulaLikeCellsAreNeutralized()
    {
        for (const QString& s : {QStringLiteral("=1"), QStringLiteral("+1"), QStringLiteral("-1"),
                                 QStringLiteral("@A"), QStringLiteral("\t="), QStringLiteral("\r=")})
            QCOMPARE(neutralizedCell(s), QLatin1Char('\'') + s);
        QCOMPARE(neutralizedCell(QStringLiteral("2025-007")), QStringLiteral("2025-007"));
        QCOMPARE(neutralizedCell(QStringLiteral("张三")), QStringLiteral("张三"));
        QCOMPARE(neutralizedCell(QString()), QString());
    }

    void csvCellsAreCleanAndInert()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile.csv"));
        QVERIFY(!exportCaseRows(hostileRows(), ExportFormat::Csv, path).isError());
        const QByteArray bytes = readAll(path);
        QVERIFY(!hasControlBytes(bytes, QByteArray("\r\n\t", 3))); // a tab is text in a quoted cell
        // Every field that held a payload starts with the quote (possibly inside CSV quotes).
        QVERIFY(bytes.contains(",'=1+2,"));
        QVERIFY(bytes.contains(",'+3+4,"));
        QVERIFY(bytes.contains(",'-5+6,"));
        QVERIFY(bytes.contains(",\"'@SUM(1,2)\","));
        QVERIFY(bytes.contains(",'=2+3,")); // the \x01 went first, then the cell was neutralized
        QVERIFY(bytes.contains(",\"王\n五\n某甲\n乙\","));
        QVERIFY(!bytes.contains(",=") && !bytes.contains(",\"="));
    }

    // The proof the issue asks for: LibreOffice imports our CSV and finds no formula, while the
    // same payload written raw is a live formula (so the check can see one).
    void libreOfficeFindsNoFormulaInTheCsv()
    {
        if (officeProgram().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; scripts/setup installs it");
        const QString ours = m_dir.filePath(QStringLiteral("ours.csv"));
        QVERIFY(!exportCaseRows(hostileRows(), ExportFormat::Csv, ours).isError());
        const QString raw = m_dir.filePath(QStringLiteral("raw.csv"));
        {
            QFile f(raw);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name\r\n1,=1+2\r\n2,@SUM(1;2)\r\n");
        }
        const QString out = m_dir.filePath(QStringLiteral("lo-csv"));
        QString log;
        // Comma, double quote, UTF-8, from line 1; token 13 = evaluate formulas (as a user would).
        const QString filter = QStringLiteral("CSV:44,34,76,1,,0,false,true,false,false,false,-1,true");
        QVERIFY2(officeConvert({raw, ours}, QStringLiteral("fods"), out, filter, &log), qPrintable(log));
        const QByteArray rawSheet = readAll(QDir(out).filePath(QStringLiteral("raw.fods")));
        QVERIFY2(rawSheet.contains("table:formula="), "the raw control must hold a formula");
        const QByteArray sheet = readAll(QDir(out).filePath(QStringLiteral("ours.fods")));
        QVERIFY2(!sheet.isEmpty(), qPrintable(log));
        QVERIFY(!sheet.contains("table:formula="));
        // The payloads are there as text.
        QVERIFY(sheet.contains("=1+2"));
        QVERIFY(sheet.contains("HYPERLINK"));
    }

    void xlsxCellsAreWholeValidAndInert()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        QVERIFY(!exportCaseRows(hostileRows(), ExportFormat::Xlsx, path).isError());
        const QByteArray sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
        QString why;
        QVERIFY2(wellFormed(sheet, &why), qPrintable(why));
        QVERIFY(!hasControlBytes(sheet, QByteArray("\n\t", 2)));
        QVERIFY(!sheet.contains("<f>")); // no formula cell
        QVERIFY(sheet.contains(">'=1+2<"));
        QVERIFY(sheet.contains("王\n五\n某甲\n乙")); // nothing cut at the NUL
    }

    void icsNamesNobodyUnlessAsked()
    {
        QList<DeadlineRow> rows = deadlineRowsOf(decidedCase());
        QVERIFY(!rows.isEmpty());
        rows[0].explain = kHostile.at(8);
        const QDateTime stamp(QDate(2025, 2, 10), QTime(8, 0), Qt::UTC);
        const QByteArray plain = deadlinesToIcs(rows, stamp);
        QVERIFY(!QString::fromUtf8(plain).contains(QStringLiteral("张三")));
        QVERIFY(plain.contains("2025-007"));
        QVERIFY(QString::fromUtf8(plain).contains(QStringLiteral("宣布")));
        QVERIFY(!hasControlBytes(plain, QByteArray("\r\n", 2)));
        QVERIFY(QString::fromUtf8(plain).contains(QStringLiteral("王\\n五\\n某甲\\n乙")));
        const QByteArray named = deadlinesToIcs(rows, stamp, true);
        QVERIFY(QString::fromUtf8(named).contains(QStringLiteral("张三")));
        // Through the file API: the default writes no names.
        const QString path = m_dir.filePath(QStringLiteral("d.ics"));
        QVERIFY(!exportDeadlines({decidedCase()}, ExportFormat::Ics, path).isError());
        QVERIFY(!QString::fromUtf8(readAll(path)).contains(QStringLiteral("张三")));
        QVERIFY(!exportDeadlines({decidedCase()}, ExportFormat::Ics, path, true).isError());
        QVERIFY(QString::fromUtf8(readAll(path)).contains(QStringLiteral("张三")));
    }

    void documentsSurviveControlCharacters()
    {
        DocumentInputs in;
        in.violationFacts << QStringLiteral("2024年3月，\x0B张三同志\x0C违规") + QChar(0) +
                                 QStringLiteral("收受礼品\x01价值3,200元。");
        in.basis = QStringLiteral("《中国共产党纪律处分条例》\x0B第一百零一条");
        in.copyTo = QStringLiteral("某某\x07单位。");
        const DocumentSettings settings = DocumentSettings::defaults();
        const QString odt = m_dir.filePath(QStringLiteral("decision.odt"));
        const Result<RenderedDocument> o =
            renderDocument(DocumentKind::Decision, decidedCase(), in, settings, OutputFormat::Odt, odt);
        QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
        const QByteArray content = zipEntry(odt, "content.xml");
        QString why;
        QVERIFY2(wellFormed(content, &why), qPrintable(why));
        QVERIFY(!hasControlBytes(content, QByteArray("\n", 1)));
        QVERIFY(QString::fromUtf8(content).contains(QStringLiteral("收受礼品价值3,200元")));
        const QString pdf = m_dir.filePath(QStringLiteral("decision.pdf"));
        const Result<RenderedDocument> p =
            renderDocument(DocumentKind::Decision, decidedCase(), in, settings, OutputFormat::Pdf, pdf);
        QVERIFY(p.ok());
        QString text = pdfText(pdf);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(QStringLiteral("违规收受礼品价值3,200元")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("《中国共产党纪律处分条例》第一百零一条")));
    }
};

QTEST_MAIN(TestSafeExports)
#include "test_safe_exports.moc"
