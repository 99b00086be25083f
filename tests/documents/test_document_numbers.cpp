// The 发文字号 each organ gives (issue 11): a yearly sequence per organ's number pattern, given
// when a document is released (saved or sent to a printer) in the transaction of its record, kept
// by a reprint, never given twice, and explained by the signed trail.
#include "TestSupport.h"

#include "PdfProbe.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

namespace {

Organization organ(const char* kind, const QString& name, const QString& prefix)
{
    Organization o;
    o.kind = QLatin1String(kind);
    o.name = name;
    o.shortName = name;
    o.docPrefix = prefix;
    return o;
}

// Two stationed bodies with prefixes of their own; the first is the default.
struct NumberingDatabase
{
    TestDatabase db;
    QString otherStationedBody; // the organ id of 驻税务局纪检监察组
    QTemporaryDir out;

    NumberingDatabase()
    {
        Session& s = *db.session;
        const bool added =
            s.addOrganization(
                 organ("party_group", QStringLiteral("中共某某市财政局党组"), QStringLiteral("财党")))
                .ok() &&
            s.addOrganization(organ("stationed_body", QStringLiteral("市纪委监委驻市财政局纪检监察组"),
                                    QStringLiteral("驻财纪")))
                .ok();
        Result<Organization> other = s.addOrganization(organ(
            "stationed_body", QStringLiteral("市纪委监委驻市税务局纪检监察组"), QStringLiteral("驻税纪")));
        if (added && other.ok())
            otherStationedBody = other->id;
    }

    // A case filed on `filed`, its notice to the principal (第五条) issued by its stationed body.
    QString filedCase(const QString& name, const QDate& filed, const QString& stationedBody = {})
    {
        CaseFacts facts;
        facts.subject.name = name;
        facts.subject.appointedByPartyGroup = true;
        if (!stationedBody.isEmpty())
            facts.bodies.insert(QStringLiteral("stationed_body"), stationedBody);
        Result<QString> id = db.session->addCase(facts);
        if (!id.ok())
            return QString();
        Event event;
        event.step = QStringLiteral("case_filed");
        event.date = filed;
        return db.session->recordEvent(id.value(), event).ok() ? id.value() : QString();
    }

    static DocumentRequest notice(const QString& caseId, int typedNumber = 0)
    {
        DocumentRequest request;
        request.kind = DocumentKind::NoticePrincipal;
        request.caseId = caseId;
        if (typedNumber > 0)
            request.inputOverrides.insert(QStringLiteral("sequence"), typedNumber);
        request.use = {QStringLiteral("通报"), QStringLiteral("党组书记")};
        return request;
    }

    // Saves the notice and returns the number its "print" record states ("" when it failed).
    QString print(const QString& caseId, int typedNumber = 0, Error* error = nullptr)
    {
        const QString path = out.filePath(caseId + QStringLiteral(".pdf"));
        Result<RenderedDocument> saved =
            db.session->saveDocument(notice(caseId, typedNumber), OutputFormat::Pdf, path);
        if (error)
            *error = saved.ok() ? Error::ok() : saved.error();
        if (!saved.ok())
            return QString();
        return lastPrintNumber();
    }

    QString lastPrintNumber() const
    {
        const AuditRecord last = db.session->auditRecords().last();
        if (last.action != QLatin1String("print"))
            return QStringLiteral("(last record: %1)").arg(last.action);
        return last.after.toObject()
            .value(QStringLiteral("number"))
            .toObject()
            .value(QStringLiteral("text"))
            .toString();
    }

    int numberRows() const
    {
        Statement count = db.session->database().prepare("SELECT COUNT(*) FROM document_numbers");
        return count.next() ? int(count.integer(0)) : -1;
    }
};

} // namespace

class TestDocumentNumbers : public QObject
{
    Q_OBJECT

private slots:
    void eachOrganNumbersItsYearInOrder()
    {
        NumberingDatabase n;
        QVERIFY(!n.otherStationedBody.isEmpty());
        const QString first = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        const QString second = n.filedCase(QStringLiteral("乙某"), QDate(2026, 4, 7));
        const QString lastYear = n.filedCase(QStringLiteral("丙某"), QDate(2025, 11, 20));
        const QString otherOrgan =
            n.filedCase(QStringLiteral("丁某"), QDate(2026, 5, 6), n.otherStationedBody);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !lastYear.isEmpty() && !otherOrgan.isEmpty());

        QCOMPARE(n.print(first), QStringLiteral("驻财纪〔2026〕1号"));
        QCOMPARE(n.print(second), QStringLiteral("驻财纪〔2026〕2号"));
        // The year is the document's (the filing it reports), and each year starts again at 1.
        QCOMPARE(n.print(lastYear), QStringLiteral("驻财纪〔2025〕1号"));
        // Another organ: a sequence of its own.
        QCOMPARE(n.print(otherOrgan), QStringLiteral("驻税纪〔2026〕1号"));
        // A reprint keeps the number the document was given.
        QCOMPARE(n.print(first), QStringLiteral("驻财纪〔2026〕1号"));
        QCOMPARE(n.numberRows(), 4);
        // The number is on the paper, not only in the record.
        QVERIFY(test::pdfText(n.out.filePath(second + QStringLiteral(".pdf")))
                    .contains(QStringLiteral("驻财纪〔2026〕2号")));
    }

    void previewGivesNoNumber()
    {
        NumberingDatabase n;
        const QString first = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        const QString second = n.filedCase(QStringLiteral("乙某"), QDate(2026, 4, 7));
        // The preview shows the number the document would get, and keeps nothing.
        Result<PreparedDocument> prepared = n.db.session->prepareDocument(NumberingDatabase::notice(first));
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
        QCOMPARE(prepared->inputs.sequence, 1);
        QVERIFY(n.db.session->previewDocument(NumberingDatabase::notice(first)).ok());
        QCOMPARE(n.numberRows(), 0);
        // So the first document released takes 1, whichever case was previewed.
        QCOMPARE(n.print(second), QStringLiteral("驻财纪〔2026〕1号"));
        QCOMPARE(n.print(first), QStringLiteral("驻财纪〔2026〕2号"));
    }

    void printerJobsAreNumberedToo()
    {
        NumberingDatabase n;
        const QString id = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        Result<LaidOutDocument> laid =
            n.db.session->documentForPrinter(NumberingDatabase::notice(id), QStringLiteral("办公室打印机"));
        QVERIFY2(laid.ok(), qPrintable(laid.error().message));
        QCOMPARE(n.lastPrintNumber(), QStringLiteral("驻财纪〔2026〕1号"));
        QCOMPARE(n.numberRows(), 1);
    }

    void typedNumberIsUsedAndNeverGivenTwice()
    {
        NumberingDatabase n;
        const QString first = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        const QString second = n.filedCase(QStringLiteral("乙某"), QDate(2026, 4, 7));
        const QString third = n.filedCase(QStringLiteral("丙某"), QDate(2026, 4, 9));
        // A number the office's register gave (documents issued outside CaseTrack took 1–6).
        QCOMPARE(n.print(first, 7), QStringLiteral("驻财纪〔2026〕7号"));
        // The sequence goes on after it.
        QCOMPARE(n.print(second), QStringLiteral("驻财纪〔2026〕8号"));
        // Another document may not take a number already given: refused, nothing written.
        const int records = n.db.session->auditRecords().size();
        Error error;
        QCOMPARE(n.print(third, 8, &error), QString());
        QCOMPARE(error.code, ErrorCode::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("驻财纪〔2026〕8号")) &&
                     error.message.contains(second),
                 qPrintable(error.message));
        QVERIFY(!QFile::exists(n.out.filePath(third + QStringLiteral(".pdf"))));
        QCOMPARE(n.db.session->auditRecords().size(), records);
        // Its own number again is a reprint.
        QCOMPARE(n.print(first, 7), QStringLiteral("驻财纪〔2026〕7号"));
        QCOMPARE(n.numberRows(), 2);
    }

    void storedNumberIsTheDecisionsOnly()
    {
        NumberingDatabase n;
        const QString id = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        // Typed in 文书信息 (under 处分决定) and stored with the case.
        QVERIFY(!n.db.session->setCaseDocumentInputs(id, {{QStringLiteral("sequence"), 9}}).isError());
        // The notice takes its organ's next number, not the decision's 9 (test_documents_ui
        // prints a decision with the stored number).
        QCOMPARE(n.print(id), QStringLiteral("驻财纪〔2026〕1号"));
        // Typed for this print, the number is the notice's.
        const QString other = n.filedCase(QStringLiteral("乙某"), QDate(2026, 4, 7));
        QCOMPARE(n.print(other, 9), QStringLiteral("驻财纪〔2026〕9号"));
    }

    void placeholderPatternGivesNoNumber()
    {
        TestDatabase db;
        // The stationed body is registered without a prefix: its notices carry no 发文字号.
        QVERIFY(db.session
                    ->addOrganization(organ("party_group", QStringLiteral("中共某某市财政局党组"), QString()))
                    .ok());
        QVERIFY(db.session
                    ->addOrganization(
                        organ("stationed_body", QStringLiteral("市纪委监委驻市财政局纪检监察组"), QString()))
                    .ok());
        CaseFacts facts;
        facts.subject.name = QStringLiteral("甲某");
        facts.subject.appointedByPartyGroup = true;
        Result<QString> id = db.session->addCase(facts);
        QVERIFY(id.ok());
        Event filed;
        filed.step = QStringLiteral("case_filed");
        filed.date = QDate(2026, 3, 2);
        QVERIFY(db.session->recordEvent(id.value(), filed).ok());
        QTemporaryDir out;
        Result<RenderedDocument> saved = db.session->saveDocument(
            NumberingDatabase::notice(id.value()), OutputFormat::Pdf, out.filePath(QStringLiteral("n.pdf")));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(!db.session->auditRecords().last().after.toObject().contains(QStringLiteral("number")));
        QVERIFY(!test::pdfText(out.filePath(QStringLiteral("n.pdf"))).contains(QStringLiteral("号\n")));
    }

    void numbersAreExplainedByTheTrail()
    {
        NumberingDatabase n;
        const QString first = n.filedCase(QStringLiteral("甲某"), QDate(2026, 3, 2));
        const QString second = n.filedCase(QStringLiteral("乙某"), QDate(2026, 4, 7));
        QCOMPARE(n.print(first), QStringLiteral("驻财纪〔2026〕1号"));
        QCOMPARE(n.print(second), QStringLiteral("驻财纪〔2026〕2号"));
        AuditVerification verified = n.db.session->verifyAudit();
        QVERIFY2(verified.intact, qPrintable(verified.problems.join(QLatin1Char('\n'))));
        // A number slipped in outside the program (a third document "issued" as 3) is reported.
        QVERIFY(!n.db.session->database()
                     .exec("INSERT INTO document_numbers(pattern, year, seq, case_id, kind) "
                           "SELECT pattern, year, 3, case_id, kind FROM document_numbers WHERE seq = 1")
                     .isError());
        verified = n.db.session->verifyAudit();
        QVERIFY(!verified.intact);
        QVERIFY2(verified.problems.join(QLatin1Char('\n')).contains(QStringLiteral("document_numbers")),
                 qPrintable(verified.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDocumentNumbers)
#include "test_document_numbers.moc"
