#include "PdfProbe.h"

#include "documents/PageGeometry.h"
#include "documents/PageLayout.h"
#include "documents/PdfOutput.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using namespace casetrack::test;

class TestPageLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Document longDocument()
    {
        Document doc;
        doc.titleLines << QStringLiteral("关于给予张三同志警告处分的决定");
        doc.mainRecipient = QStringLiteral("各司局、各直属单位党组织");
        doc.body << DocumentBlock{DocumentBlock::Kind::Heading1, QStringLiteral("一、基本情况"), {}};
        doc.body << DocumentBlock{DocumentBlock::Kind::Heading2, QStringLiteral("（一）违纪事实"), {}};
        for (int i = 0; i < 12; ++i) {
            doc.body << DocumentBlock{
                DocumentBlock::Kind::Paragraph,
                QStringLiteral("经查，张三同志于2024年3月至2024年10月期间，违反中央八项规定精神，"
                               "多次接受管理服务对象安排的宴请，造成不良影响。第%1段。")
                    .arg(i + 1),
                {}};
        }
        doc.signature = QStringLiteral("中共某某部党组");
        doc.date = QDate(2025, 1, 31);
        doc.copyTo = QStringLiteral("中央纪委国家监委驻某某部纪检监察组，某某工委。");
        doc.printingOffice = QStringLiteral("中共某某部党组办公室");
        doc.printingDate = QDate(2025, 2, 1);
        return doc;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CASETRACK_KEEP_DOCS")) { // to look at the output
            m_dir.setAutoRemove(false);
            qInfo() << m_dir.path();
        }
    }

    void geometryFollowsTheStandard()
    {
        const FontSet fonts = FontSet::resolve();
        const LaidOutDocument laid = layoutDocument(longDocument(), fonts);
        QVERIFY(laid.pages.size() >= 2);
        QCOMPARE(laid.pages.first().bodyLines, gbt9704::linesPerPage);
        const QString path = m_dir.filePath(QStringLiteral("layout.pdf"));
        QVERIFY(!writePdfFile(laid, path).isError());

        const QList<PdfWord> words = pdfWords(path);
        const QList<PdfLine> lines = pdfLines(words, 0);
        // Page 1: 22 body lines plus the page number under the block.
        QList<PdfLine> body;
        for (const PdfLine& l : lines) {
            if (l.topMm < gbt9704::blockBottom)
                body << l;
        }
        // Every line sits on the grid: 22 rows of 225/22 mm (one is the blank under the title).
        // (Boxes of other faces differ in height: the title and the headings are left out.)
        for (const PdfLine& l : body.mid(1)) {
            if (l.text.contains(QStringLiteral("一")) && l.text.size() < 10)
                continue;
            const qreal rows = (l.topMm - body.at(1).topMm) / gbt9704::linePitch;
            QVERIFY2(qAbs(rows - qRound(rows)) < 0.06, qPrintable(l.text));
        }
        QCOMPARE(qRound((body.last().topMm - body.at(1).topMm) / gbt9704::linePitch) + 3,
                 gbt9704::linesPerPage);
        // The title's row is the block's first row; its glyphs' boxes (font ascent) may reach a
        // little above it, the 仿宋 lines never do.
        QVERIFY(body.first().topMm > gbt9704::topMargin - 2.0);
        QVERIFY(body.first().topMm < gbt9704::topMargin + gbt9704::linePitch);
        QVERIFY(body.at(1).topMm >= gbt9704::topMargin + 2 * gbt9704::linePitch);
        QVERIFY(body.last().topMm < gbt9704::blockBottom);
        // Continuation lines of the paragraphs start at the binding margin: 28 mm ± 1.
        int checked = 0;
        for (const PdfLine& l : body) {
            if (l.text.startsWith(QStringLiteral("多次")) || l.text.startsWith(QStringLiteral("安排"))) {
                QVERIFY2(qAbs(l.leftMm - gbt9704::leftMargin) <= 1.0, qPrintable(QString::number(l.leftMm)));
                ++checked;
            }
        }
        // Paragraph first lines are indented two characters.
        for (const PdfLine& l : body) {
            if (l.text.startsWith(QStringLiteral("经查"))) {
                QVERIFY(qAbs(l.leftMm - (gbt9704::leftMargin + 2 * gbt9704::cellWidth)) <= 1.0);
                ++checked;
            }
        }
        QVERIFY(checked >= 4);
        // A full line holds 28 characters and ends at the right edge of the block.
        for (const PdfLine& l : body) {
            if (l.text.startsWith(QStringLiteral("多次"))) {
                qreal right = 0;
                for (const PdfWord& w : words) {
                    if (w.page == 0 && qAbs(w.mm.top() - l.topMm) < 1.0)
                        right = std::max(right, w.mm.right());
                }
                QVERIFY2(qAbs(right - gbt9704::blockRight) <= 1.5, qPrintable(QString::number(right)));
            }
        }
    }

    void fullPageHoldsTwentyTwoLinesOfTwentyEight()
    {
        Document doc;
        for (int i = 0; i < 10; ++i)
            doc.body << DocumentBlock{
                DocumentBlock::Kind::Paragraph,
                QStringLiteral("党组集体讨论决定党员处分事项，不允许任何个人或者少数人擅自决定和批准。"
                               "党纪处分决定以党组名义作出并自党组讨论决定之日起生效。"),
                {}};
        const LaidOutDocument laid = layoutDocument(doc, FontSet::resolve());
        const QString path = m_dir.filePath(QStringLiteral("full.pdf"));
        QVERIFY(!writePdfFile(laid, path).isError());
        QList<PdfLine> body;
        for (const PdfLine& l : pdfLines(pdfWords(path), 0)) {
            if (l.topMm < gbt9704::blockBottom)
                body << l;
        }
        QCOMPARE(body.size(), gbt9704::linesPerPage);
        QVERIFY2(body.first().topMm >= gbt9704::topMargin,
                 qPrintable(QStringLiteral("first line top %1 mm").arg(body.first().topMm)));
        QVERIFY(body.first().topMm < gbt9704::topMargin + gbt9704::linePitch);
        QVERIFY(body.last().topMm < gbt9704::blockBottom - gbt9704::linePitch + 2.0);
        // A continuation line without half-width characters holds exactly 28 characters.
        QCOMPARE(body.at(1).text.size(), gbt9704::charsPerLine);
        QCOMPARE(body.at(1).text, QStringLiteral("人擅自决定和批准。党纪处分决定以党组名义作出并自党组讨论"));
        QVERIFY(qAbs(body.at(1).leftMm - gbt9704::leftMargin) <= 1.0);
    }

    void pageNumbersAlternate()
    {
        const LaidOutDocument laid = layoutDocument(longDocument(), FontSet::resolve());
        const QString path = m_dir.filePath(QStringLiteral("numbers.pdf"));
        QVERIFY(!writePdfFile(laid, path).isError());
        const QList<PdfWord> words = pdfWords(path);
        for (int page = 0; page < 2; ++page) {
            const QString number = QString::number(page + 1);
            bool found = false;
            for (const PdfWord& w : words) {
                if (w.page != page || w.text != number)
                    continue;
                found = true;
                // 7 mm below the block (the dash line's top), within a millimetre of tolerance.
                QVERIFY(w.mm.top() > gbt9704::blockBottom + 5.0 &&
                        w.mm.bottom() < gbt9704::blockBottom + 16.0);
                if (page == 0)
                    QVERIFY2(w.mm.left() > 150.0, qPrintable(QString::number(w.mm.left())));
                else
                    QVERIFY2(w.mm.left() < 60.0, qPrintable(QString::number(w.mm.left())));
            }
            QVERIFY(found);
        }
        QVERIFY(pdfText(path).contains(QStringLiteral("— 1 —")));
    }

    void closingBlockAndDateAreOnTheLastPage()
    {
        const LaidOutDocument laid = layoutDocument(longDocument(), FontSet::resolve());
        const QString path = m_dir.filePath(QStringLiteral("closing.pdf"));
        QVERIFY(!writePdfFile(laid, path).isError());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("2025年1月31日")));
        QVERIFY(text.contains(QStringLiteral("抄送：中央纪委国家监委驻某某部纪检监察组")));
        QVERIFY(text.contains(QStringLiteral("2025年2月1日印发")));
        // The 版记 has three rules: thick, thin, thick; the last on the block's bottom edge.
        const LaidOutPage& last = laid.pages.last();
        QCOMPARE(last.rules.size(), 3);
        QCOMPARE(last.rules.last().y1, gbt9704::blockBottom);
        QCOMPARE(last.rules.first().thicknessMm, gbt9704::thickRule);
        QCOMPARE(last.rules.at(1).thicknessMm, gbt9704::thinRule);
    }

    void fontsAreRecorded()
    {
        const FontSet fonts = FontSet::resolve();
        QCOMPARE(fonts.report().choices.size(), 5);
        for (const FontChoice& c : fonts.report().choices)
            QVERIFY(!c.used.isEmpty());
        const LaidOutDocument laid = layoutDocument(longDocument(), fonts);
        const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(!writePdfFile(laid, path).isError());
        const QString xmp = pdfXmp(path);
        QVERIFY2(xmp.contains(fonts.family(FontRole::Body)), qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("正文")));
    }

    void toUnicodeRadicalsAreIdeographs()
    {
        QByteArray pdf("2 beginbfrange\n<0001> <0001> <2F49>\n<0002> <0004> [<2F47> <5E74> <2F49>]\n"
                       "<0005> <0006> <2F00>\nendbfrange\n");
        fixToUnicodeMaps(pdf);
        QVERIFY(pdf.contains("<0001> <0001> <6708>"));
        QVERIFY(pdf.contains("[<65E5> <5E74> <6708>]"));
        QVERIFY(pdf.contains("<0005> <0006> <2F00>")); // a true range is left alone
    }
};

QTEST_MAIN(TestPageLayout)
#include "test_page_layout.moc"
