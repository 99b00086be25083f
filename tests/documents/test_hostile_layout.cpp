// Layout that never loses a character (issue 11): every kind of every procedure, printed with
// long, hostile and multi-page inputs; pdftotext must find every character we gave, and no text
// box may cross the text block or the page-number area.
#include "PdfProbe.h"
#include "TrackFixtures.h"

#include "documents/Documents.h"
#include "documents/GridText.h"
#include "documents/PageGeometry.h"
#include "documents/PageLayout.h"
#include "documents/SafeText.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

const QString kName = QStringLiteral("欧阳晓燕");

DocumentInputs hostileInputs()
{
    DocumentInputs in;
    const QString para = QStringLiteral(
        "2026年10月28日，欧阳晓燕同志违反《中国共产党纪律处分条例》第一百零一条和第十一条第三款的规定，"
        "驾驶京A12345号公务车辆参加宴请（价值共计3,200元），并在“年终总结”中隐瞒有关情况；");
    for (int i = 0; i < 9; ++i)
        in.violationFacts << para + QStringLiteral("第%1项事实，造成不良影响。").arg(i + 1);
    in.violationFacts << QStringLiteral("粘贴自Word的文字\x0B含有\x0C控制字符") + QChar(0) +
                             QStringLiteral("仍完整。");
    in.violationFacts << QStringLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ");
    in.basis = QStringLiteral("《中国共产党纪律处分条例》第二十九条、第一百零一条");
    in.sequence = 12;
    in.copyTo =
        QStringLiteral("中央纪委国家监委驻某某部纪检监察组，中央和国家机关纪检监察工委，某某部机关纪委，"
                       "某某部人事司，某某部办公厅，");
    in.announcedOn = QDate(2026, 8, 1);
    in.announcePlace = QStringLiteral("某某部第一会议室");
    in.announcer = QStringLiteral("司马相如");
    in.recorder = QStringLiteral("王五");
    in.attendees = QStringLiteral("财务司党支部全体委员");
    in.subjectStatement = QStringLiteral("接受组织处理，无异议。");
    in.materials << QStringLiteral("党纪处分决定") << QStringLiteral("审查调查报告")
                 << QStringLiteral("审理报告");
    return in;
}

QHash<QChar, int> charCounts(const QString& text)
{
    QHash<QChar, int> counts;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            ++counts[c];
    }
    return counts;
}

// The characters of `given` that the PDF lacks (as many times as they are missing).
QString missingCharacters(const QString& given, const QList<PdfWord>& words)
{
    QString all;
    for (const PdfWord& w : words)
        all += w.text;
    const QHash<QChar, int> have = charCounts(all);
    QString missing;
    const QHash<QChar, int> want = charCounts(given);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (have.value(it.key()) < it.value())
            missing += QString(it.value() - have.value(it.key()), it.key());
    }
    return missing;
}

} // namespace

class TestHostileLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CASETRACK_KEEP_DOCS")) {
            m_dir.setAutoRemove(false);
            qInfo() << m_dir.path();
        }
    }

    void titlesAndLinesBreakBetweenWords()
    {
        QFont font;
        const QString title = QStringLiteral("中共某某部党组关于给予欧阳晓燕同志撤销党内职务处分的决定");
        BreakOptions keep;
        keep.keepTogether << QStringLiteral("欧阳晓燕同志") << QStringLiteral("撤销党内职务");
        for (int capacity = 8; capacity <= 20; ++capacity) {
            for (const GridLine& line : breakIntoGridLines(title, font, 1.0, capacity, 0, 0, keep)) {
                const QString t = line.text();
                QVERIFY2(!t.endsWith(QStringLiteral("欧阳")) && !t.endsWith(QStringLiteral("撤销党")) &&
                             !t.endsWith(QStringLiteral("欧阳晓燕")),
                         qPrintable(t));
            }
        }
        const QString body =
            QStringLiteral("经查明，于2026年10月28日驾驶京A12345号车辆，违反第十一条第三款。");
        for (int capacity = 10; capacity <= 28; ++capacity) { // every kept span fits a line
            for (const GridLine& line : breakIntoGridLines(body, font, 1.0, capacity)) {
                const QString t = line.text();
                QVERIFY2(!t.endsWith(QStringLiteral("28")) && !t.endsWith(QStringLiteral("10月")) &&
                             !t.endsWith(QStringLiteral("京")) && !t.endsWith(QStringLiteral("第十一条")) &&
                             !t.startsWith(QStringLiteral("，")) && !t.startsWith(QStringLiteral("。")),
                         qPrintable(QStringLiteral("%1: %2").arg(capacity).arg(t)));
            }
        }
    }

    void bodyLinesAreJustifiedExceptParagraphEnds()
    {
        QFont font = QFont(QStringLiteral("FangSong"));
        BreakOptions justify;
        justify.justify = true;
        const QString text =
            QStringLiteral("张三于2025年3月至10月期间，多次接受ABC公司安排的宴请，价值共计3,200元，"
                           "造成不良影响，情节较重，应当给予处分。");
        const QList<GridLine> lines = breakIntoGridLines(text, font, 0.987, 28, 2, 0, justify);
        QVERIFY(lines.size() >= 2);
        for (int i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(lines.at(i).used, 28.0);
        QVERIFY(lines.last().used < 28.0);
    }

    void everyKindKeepsEveryCharacterInsideTheBlock()
    {
        QElapsedTimer timer;
        timer.start();
        const DocumentInputs in = hostileInputs();
        QString facts;
        for (const QString& f : in.violationFacts)
            facts += withoutControlCharacters(f, LineBreaks::ToSpace);
        const QString given = kName + in.basis + facts;
        DocumentSettings settings = DocumentSettings::defaults();
        settings.orgDepartment = QStringLiteral("中共某某市委组织部");
        int printed = 0;
        // Revision 2's hearing (subject_heard) on the standard case, for the hearing record.
        QList<TrackCase> cases = allTrackCases(kName);
        TrackCase heard{QStringLiteral("heard"), standardTrackCase(kName)};
        Event hearing;
        hearing.seq = 99;
        hearing.step = QStringLiteral("subject_heard");
        hearing.date = QDate(2026, 6, 26);
        hearing.data = {{QStringLiteral("statement"), in.violationFacts.join(QString())},
                        {QStringLiteral("accepted_facts"), false}};
        heard.state.effectiveEvents << hearing;
        cases << heard;
        // The special paths and the decision's later life (revision 2's document kinds).
        cases << TrackCase{QStringLiteral("escalated"), escalatedCase(kName)}
              << TrackCase{QStringLiteral("consulted"), consultedLocalCase(kName)}
              << TrackCase{QStringLiteral("probation_ended"), probationEndedCase(kName)}
              << TrackCase{QStringLiteral("appeal_changed"), appealChangedCase(kName)};
        for (const TrackCase& c : cases) {
            for (DocumentKind kind : documentKindsForCase(c.state)) {
                if (checkDocumentApplies(kind, c.state).isError())
                    continue; // not reached by this example case
                const QString path = m_dir.filePath(c.label + QLatin1Char('-') + documentKindId(kind) +
                                                    QStringLiteral(".pdf"));
                const Result<RenderedDocument> r =
                    renderDocument(kind, c.state, in, settings, OutputFormat::Pdf, path);
                QVERIFY2(r.ok(), qPrintable(c.label + QLatin1Char(' ') + documentKindId(kind) +
                                            QLatin1Char(' ') + (r.ok() ? QString() : r.error().message)));
                ++printed;
                const QList<PdfWord> words = pdfWords(path);
                QVERIFY(!words.isEmpty());
                // The facts and basis appear in full in the documents that print them.
                const bool statesFacts = kind == DocumentKind::Decision || kind == DocumentKind::FilingForm;
                const QString expected =
                    statesFacts ? given
                    : kind == DocumentKind::HearingRecord && c.label == QLatin1String("heard")
                        ? kName + facts // the hostile statement of the added hearing
                        : kName;
                const QString missing = missingCharacters(expected, words);
                QVERIFY2(
                    missing.isEmpty(),
                    qPrintable(QStringLiteral("%1 %2 lost: %3").arg(c.label, documentKindId(kind), missing)));
                for (const PdfWord& w : words) {
                    const QRectF& b = w.mm;
                    const QString where = QStringLiteral("%1 %2 p%3 \"%4\" %5,%6-%7,%8")
                                              .arg(c.label, documentKindId(kind))
                                              .arg(w.page + 1)
                                              .arg(w.text)
                                              .arg(b.left(), 0, 'f', 1)
                                              .arg(b.top(), 0, 'f', 1)
                                              .arg(b.right(), 0, 'f', 1)
                                              .arg(b.bottom(), 0, 'f', 1);
                    QVERIFY2(b.left() >= gbt9704::leftMargin - 0.3 && b.right() <= gbt9704::blockRight + 0.3,
                             qPrintable(where));
                    const bool pageNumber = b.top() >= gbt9704::blockBottom + 1.0; // the "— N —" line
                    if (pageNumber) {
                        QVERIFY2(b.bottom() <= gbt9704::pageHeight - 15.0, qPrintable(where));
                        QVERIFY2(QRegularExpression(QStringLiteral("^[—\\-0-9]+$")).match(w.text).hasMatch(),
                                 qPrintable(where));
                    } else {
                        QVERIFY2(b.top() >= gbt9704::topMargin - 1.0 &&
                                     b.bottom() <= gbt9704::blockBottom + 0.5,
                                 qPrintable(where));
                    }
                }
            }
        }
        QVERIFY(printed >= 40);
        QVERIFY2(timer.elapsed() < 60000, "bounded: under a minute");
    }

    // GB/T 9704 7.3.5: the signature never stands alone on a page and always has room for the
    // seal above it, whatever the fill of the page before it.
    void signatureKeepsTwoBodyLinesAndRoomForTheSeal()
    {
        const FontSet fonts = FontSet::resolve();
        for (int paragraphs = 1; paragraphs <= 48; ++paragraphs) {
            Document doc;
            doc.titleLines << QStringLiteral("关于某某问题的通报");
            for (int i = 0; i < paragraphs; ++i)
                doc.body << DocumentBlock{
                    DocumentBlock::Kind::Paragraph, QStringLiteral("第%1段。").arg(i + 1), {}};
            doc.signature = QStringLiteral("中共某某部党组");
            doc.date = QDate(2026, 7, 3);
            const LaidOutDocument laid = layoutDocument(doc, fonts);
            bool found = false;
            for (const LaidOutPage& page : laid.pages) {
                qreal signatureBaseline = -1;
                for (const PlacedText& t : page.texts)
                    if (t.pieces.join(QString()) == doc.signature)
                        signatureBaseline = t.baselineMm;
                if (signatureBaseline < 0)
                    continue;
                found = true;
                QList<qreal> above;
                for (const PlacedText& t : page.texts)
                    if (t.pieces.join(QString()).startsWith(QStringLiteral("第")) &&
                        t.baselineMm < signatureBaseline)
                        above << t.baselineMm;
                QVERIFY2(above.size() >= std::min(2, paragraphs),
                         qPrintable(QStringLiteral("%1 paragraphs").arg(paragraphs)));
                const qreal last = *std::max_element(above.begin(), above.end());
                QVERIFY2(signatureBaseline - last >= 3 * gbt9704::linePitch - 0.01,
                         qPrintable(QStringLiteral("%1 paragraphs: %2 mm")
                                        .arg(paragraphs)
                                        .arg(signatureBaseline - last)));
            }
            QVERIFY(found);
        }
    }

    void theTextLayerKeepsLatinAndDigitRuns()
    {
        Document doc;
        doc.titleLines << QStringLiteral("测试");
        doc.body << DocumentBlock{
            DocumentBlock::Kind::Paragraph, QStringLiteral("车牌京A12345，编号AB-2026-007。"), {}};
        const QString path = m_dir.filePath(QStringLiteral("latin.pdf"));
        QVERIFY(renderPdf(doc, path).ok());
        QString text = pdfText(path);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(QStringLiteral("京A12345")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AB-2026-007")), qPrintable(text));
    }
};

QTEST_MAIN(TestHostileLayout)
#include "test_hostile_layout.moc"
