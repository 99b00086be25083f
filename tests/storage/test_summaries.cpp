// The case summaries (issue 13; storage/SummaryStore.h): written with every change of a case,
// rewritten when settings or the calendar move due dates, equal to the full derivation, and a
// row that disagrees with the events is found and repaired by checkSummaries, never trusted.
#include "TestSupport.h"

#include "procedure/CaseDigest.h"
#include "procedure/ProcedureEngine.h"
#include "storage/Database.h"
#include "storage/SummaryStore.h"

#include <QMutex>
#include <QSet>
#include <QTest>

using namespace casetrack;

namespace {

Event step(const char* id, const QDate& date, const QJsonObject& data = {})
{
    Event e;
    e.step = QLatin1String(id);
    e.date = date;
    e.data = data;
    return e;
}

QString addCase(Session& s, const QString& name, const QString& unit)
{
    CaseFacts facts;
    facts.subject.name = name;
    facts.subject.unit = unit;
    facts.subject.appointedByPartyGroup = true;
    const Result<QString> id = s.addCase(facts);
    return id.ok() ? id.value() : QString();
}

// A decided case: its announcement (第十条, one month) is open.
bool decide(Session& s, const QString& id, const QDate& d)
{
    for (const char* name : {"principal_notified", "investigation_concluded", "subject_heard"}) {
        if (!s.recordEvent(id, step(name, d)).ok())
            return false;
    }
    return s.recordEvent(id,
                         step("proposal_made", d, {{QStringLiteral("sanction"), QStringLiteral("warning")}}))
               .ok() &&
           s.recordEvent(id, step("party_group_informed_of_suggestion", d)).ok() &&
           s.recordEvent(id, step("party_group_decided", d,
                                  {{QStringLiteral("sanction"), QStringLiteral("warning")},
                                   {QStringLiteral("members_total"), 7},
                                   {QStringLiteral("members_present"), 5},
                                   {QStringLiteral("votes_for"), 5}}))
               .ok();
}

// The nearest due date of the case's open deadlines (the announcement, for a decided case).
QDate nearestDue(Session& s, const QString& id)
{
    QDate nearest;
    const CaseDigest digest = s.caseSummary(id).value();
    for (const OpenDeadline& d : digest.deadlines)
        if (!nearest.isValid() || d.due < nearest)
            nearest = d.due;
    return nearest;
}

// Every stored row against the full derivation of its case, as a QTest failure message.
QString disagreement(Session& s)
{
    const QList<CaseDigest> stored = s.caseSummaries();
    const QList<CaseRecord> records = s.loadAllCases();
    if (stored.size() != records.size())
        return QStringLiteral("%1 rows for %2 cases").arg(stored.size()).arg(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CaseDigest derived =
            digestCase(deriveState(records[i], s.calendar(), s.engineSettings(), QDate::currentDate()));
        if (stored[i] != derived)
            return QStringLiteral("case %1: stored stage %2 next %3 deadlines %4, derived %5 %6 %7")
                .arg(records[i].id, stored[i].stage, stored[i].nextStep)
                .arg(stored[i].deadlines.size())
                .arg(derived.stage, derived.nextStep)
                .arg(derived.deadlines.size());
    }
    return {};
}

} // namespace

class TestSummaries : public QObject
{
    Q_OBJECT

private slots:
    void everyChangeWritesTheCasesRow()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        const QString id = addCase(s, QStringLiteral("张三"), QStringLiteral("财务处"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(s.caseSummaries().size(), 1);
        QCOMPARE(s.caseSummaries().first().stage, QStringLiteral("new"));
        QCOMPARE(s.caseSummaries().first().name, QStringLiteral("张三"));

        const QDate filed = QDate::currentDate().addDays(-40);
        QVERIFY(s.recordEvent(
                     id, step("case_filed", filed, {{QStringLiteral("number"), QStringLiteral("纪立3号")}}))
                    .ok());
        QCOMPARE(s.caseSummary(id).value().number, QStringLiteral("纪立3号"));
        QCOMPARE(s.caseSummary(id).value().stage, QStringLiteral("investigation"));
        QVERIFY(decide(s, id, filed));
        const CaseDigest decided = s.caseSummary(id).value();
        QCOMPARE(decided.sanction, QStringLiteral("warning"));
        QVERIFY(!decided.deadlines.isEmpty());
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));

        // A fact correction is a change of the case like a step.
        QVERIFY(!s.correctFacts(id,
                                {{QStringLiteral("subject"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("张叁")}}}},
                                QStringLiteral("笔误"))
                     .isError());
        QCOMPARE(s.caseSummary(id).value().name, QStringLiteral("张叁"));

        // A refused step changes nothing, its row included.
        const CaseDigest before = s.caseSummary(id).value();
        QVERIFY(!s.recordEvent(id, step("case_filed", filed)).ok());
        QCOMPARE(s.caseSummary(id).value(), before);
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));
    }

    void statusesFollowTheDateFromStoredDueDates()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        const QString id = addCase(s, QStringLiteral("李四"), QStringLiteral("办公室"));
        const QDate filed(2025, 3, 3);
        QVERIFY(s.recordEvent(id, step("case_filed", filed)).ok());
        QVERIFY(decide(s, id, filed));
        const CaseDigest stored = s.caseSummary(id).value();
        QVERIFY(!stored.deadlines.isEmpty());
        const CaseRecord record = s.loadCase(id).value();
        const EngineSettings settings = s.engineSettings();
        // Open, due soon, due day, overdue: the stored due date gives what a full derivation gives.
        const QDate due = stored.deadlines.first().due;
        for (const QDate& asOf : {filed, due.addDays(-settings.warningDays - 1), due.addDays(-1), due,
                                  due.addDays(1), due.addDays(400)}) {
            const CaseState state = deriveState(record, s.calendar(), settings, asOf);
            QList<DeadlineStatus> derived;
            for (const CaseDeadline& d : state.deadlines)
                if (!d.metOn.isValid())
                    derived.append(d.status);
            QList<DeadlineStatus> recomputed;
            for (const OpenDeadline& d : stored.deadlines)
                recomputed.append(openDeadlineStatus(d, asOf, settings.warningDays));
            QCOMPARE(recomputed, derived);
        }
        QCOMPARE(openDeadlineStatus(stored.deadlines.first(), due.addDays(1), 7), DeadlineStatus::Overdue);
        QCOMPARE(openDeadlineStatus(stored.deadlines.first(), due, 7), DeadlineStatus::DueSoon);
    }

    void settingsAndCalendarChangesRewriteTheRows()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        const QString id = addCase(s, QStringLiteral("王五"), QStringLiteral("人事处"));
        // Decided on 2026-09-01: the announcement is due a month later, 2026-10-01, in the
        // National Day holiday, so it moves to the first working day after it.
        const QDate decided(2026, 9, 1);
        QVERIFY(s.recordEvent(id, step("case_filed", decided.addDays(-20))).ok());
        QVERIFY(decide(s, id, decided));
        const QDate extended = nearestDue(s, id);
        QVERIFY2(extended > QDate(2026, 10, 1), qPrintable(extended.toString(Qt::ISODate)));

        // Strict counting: no extension past rest days.
        EngineSettings strict = s.engineSettings();
        strict.strictCounting = true;
        QVERIFY(!s.setEngineSettings(strict).isError());
        QCOMPARE(nearestDue(s, id), QDate(2026, 10, 1));
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));

        // Back to extensions; a working day declared in the holiday ends the extension there.
        strict.strictCounting = false;
        QVERIFY(!s.setEngineSettings(strict).isError());
        QCOMPARE(nearestDue(s, id), extended);
        QVERIFY(!s.setCalendarDay({QDate(2026, 10, 2), QStringLiteral("调休上班"), false}).isError());
        QCOMPARE(nearestDue(s, id), QDate(2026, 10, 2));
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));
        // The holiday back: the extension runs to its end again.
        QVERIFY(!s.setCalendarDay({QDate(2026, 10, 2), QStringLiteral("国庆节"), true}).isError());
        QCOMPARE(nearestDue(s, id), extended);
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));
        // Removing the day leaves 2 October an ordinary Friday: due then.
        QVERIFY(!s.removeCalendarDay(QDate(2026, 10, 2)).isError());
        QCOMPARE(nearestDue(s, id), QDate(2026, 10, 2));
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));
    }

    // A change that rewrites every row says how far it is (the desktop shows it: LongChange).
    void aRewriteSaysHowFarItIs()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        for (int i = 0; i < 5; ++i)
            QVERIFY(!addCase(s, QStringLiteral("案例%1").arg(i), QStringLiteral("审计处")).isEmpty());
        QList<QPair<qsizetype, qsizetype>> told;
        s.setRebuildProgress([&](qsizetype done, qsizetype total) { told.append({done, total}); });
        EngineSettings settings = s.engineSettings();
        settings.warningDays += 1;
        QVERIFY(!s.setEngineSettings(settings).isError());
        QVERIFY(told.size() >= 2);
        QCOMPARE(told.first(), (QPair<qsizetype, qsizetype>{0, 5}));
        QCOMPARE(told.last(), (QPair<qsizetype, qsizetype>{5, 5}));
        for (qsizetype i = 1; i < told.size(); ++i)
            QVERIFY(told[i].first > told[i - 1].first && told[i].second == 5);
        // Not told once the handler is gone.
        s.setRebuildProgress({});
        told.clear();
        settings.warningDays += 1;
        QVERIFY(!s.setEngineSettings(settings).isError());
        QVERIFY(told.isEmpty());
    }

    void aMismatchIsReportedAndRepairedFromTheEvents()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        const QString a = addCase(s, QStringLiteral("赵六"), QStringLiteral("审计处"));
        const QString b = addCase(s, QStringLiteral("钱七"), QStringLiteral("审计处"));
        QVERIFY(s.recordEvent(a, step("case_filed", QDate(2026, 1, 5))).ok());
        QStringList mismatched;
        int checked = 0;
        QVERIFY(!s.checkSummaries(false, &mismatched, &checked).isError());
        QCOMPARE(checked, 2);
        QVERIFY(mismatched.isEmpty());

        // Written outside the service layer: one row lies, the other is gone.
        Database& raw = s.database();
        QVERIFY(!raw.exec("UPDATE case_summaries SET stage = 'closed', closed = 1").isError());
        Statement remove = raw.prepare("DELETE FROM case_summaries WHERE case_id = ?");
        remove.bind(1, b);
        QVERIFY(remove.run());
        QVERIFY(!s.checkSummaries(false, &mismatched).isError());
        QCOMPARE(mismatched, (QStringList{a, b}));
        QVERIFY(!disagreement(s).isEmpty()); // checking alone repairs nothing

        const qsizetype audited = s.auditRecords().size();
        QVERIFY(!s.checkSummaries(true, &mismatched).isError());
        QCOMPARE(mismatched, (QStringList{a, b}));
        QVERIFY2(disagreement(s).isEmpty(), qPrintable(disagreement(s)));
        QCOMPARE(s.caseSummary(a).value().stage, QStringLiteral("investigation"));
        // The repair is on the record, and the trail still explains every row.
        QCOMPARE(s.auditRecords().size(), audited + 1);
        QCOMPARE(s.auditRecords().last().action, QStringLiteral("case_summaries.repair"));
        const AuditVerification verified = s.verifyAudit();
        QVERIFY2(verified.intact, qPrintable(verified.message));
        QVERIFY(!s.checkSummaries(false, &mismatched).isError());
        QVERIFY(mismatched.isEmpty());
    }

    void aRowThatDoesNotParseIsDamageUntilRepaired()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        const QString id = addCase(*db.session, QStringLiteral("孙八"), QStringLiteral("办公室"));
        QVERIFY(!db.session->database().exec("UPDATE case_summaries SET deadlines = '{'").isError());
        QVERIFY(db.reopen());
        // The list shows nothing rather than a row it cannot read.
        QVERIFY(db.session->caseSummaries().isEmpty());
        QCOMPARE(db.session->readFailure().code, ErrorCode::Unavailable);

        QVERIFY(db.reopen());
        QStringList mismatched;
        QVERIFY(!db.session->checkSummaries(true, &mismatched).isError());
        QCOMPARE(mismatched, QStringList{id});
        QCOMPARE(db.session->caseSummaries().size(), 1);
        QVERIFY(!db.session->readFailure().isError());
    }

    // The desktop's read (Session::readSummaries): the cases cut into parts that several
    // threads take in turn, each on a connection of its own. Every case comes once, at its place
    // in id order, each part's positions consecutive; a case without its row, or a row that does
    // not parse, is an error of the whole read, never a shorter list.
    void partsReadEveryCaseOnceInIdOrder()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        for (int i = 0; i < 23; ++i) {
            const QString id = addCase(s, QStringLiteral("案例%1").arg(i), QStringLiteral("审计处"));
            QVERIFY(!id.isEmpty());
            if (i % 5 == 0) { // open deadlines in some rows
                QVERIFY(s.recordEvent(id, step("case_filed", QDate(2026, 3, 2))).ok());
                QVERIFY(decide(s, id, QDate(2026, 3, 2)));
            }
        }
        const QList<CaseDigest> expected = s.caseSummaries();
        QCOMPARE(expected.size(), 23);
        for (int threads : {1, 2, 3}) {
            QMutex mutex;
            QList<CaseDigest> got;
            QList<int> partOf;
            QSet<int> done;
            int parts = 0;
            int calls = 0;
            const Error error = s.readSummaries(
                threads,
                [&](qsizetype count, int p) {
                    got.resize(count);
                    partOf.fill(-1, count);
                    parts = p;
                },
                [&](int part, qsizetype position, CaseDigest&& digest) {
                    QMutexLocker locked(&mutex);
                    got[position] = std::move(digest);
                    partOf[position] = part;
                    ++calls;
                },
                [&](int part) {
                    QMutexLocker locked(&mutex);
                    done.insert(part);
                });
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QCOMPARE(calls, 23);
            QCOMPARE(got, expected);
            QVERIFY(threads == 1 ? parts == 1 : parts > threads);
            QCOMPARE(done.size(), parts);
            QCOMPARE(partOf.first(), 0);
            QCOMPARE(partOf.last(), parts - 1);
            for (qsizetype i = 1; i < partOf.size(); ++i)
                QVERIFY(partOf[i] == partOf[i - 1] || partOf[i] == partOf[i - 1] + 1);
        }
    }

    void partsReportAMissingOrUnreadableRow()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        QStringList ids;
        for (int i = 0; i < 9; ++i)
            ids.append(addCase(s, QStringLiteral("案例%1").arg(i), QStringLiteral("审计处")));
        auto readAll = [&s](int* rows) {
            *rows = 0;
            return s.readSummaries(
                2, [](qsizetype, int) {}, [rows](int, qsizetype, CaseDigest&&) { ++*rows; });
        };
        int rows = 0;
        QVERIFY(!readAll(&rows).isError());
        QCOMPARE(rows, 9);

        Statement remove = s.database().prepare("DELETE FROM case_summaries WHERE case_id = ?");
        remove.bind(1, ids[6]);
        QVERIFY(remove.run());
        Error error = readAll(&rows);
        QCOMPARE(error.code, ErrorCode::Unavailable);
        QVERIFY2(error.message.contains(QStringLiteral("check --repair")) &&
                     error.message.contains(QStringLiteral("9")) &&
                     error.message.contains(QStringLiteral("8")),
                 qPrintable(error.message));

        QStringList mismatched;
        QVERIFY(!s.checkSummaries(true, &mismatched).isError());
        QVERIFY(!readAll(&rows).isError());
        QCOMPARE(rows, 9);

        Statement damage =
            s.database().prepare("UPDATE case_summaries SET deadlines = '{' WHERE case_id = ?");
        damage.bind(1, ids[1]);
        QVERIFY(damage.run());
        error = readAll(&rows);
        QCOMPARE(error.code, ErrorCode::Unavailable);
        QVERIFY2(error.message.contains(ids[1]), qPrintable(error.message));
    }

    void readOnlySessionsReportButDoNotRepair()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        const QString id = addCase(*db.session, QStringLiteral("周九"), QStringLiteral("办公室"));
        QVERIFY(!db.session->database().exec("UPDATE case_summaries SET name = '别人'").isError());
        db.session.reset();
        auto reader =
            Session::open(db.path, QString::fromLatin1(test::TestDatabase::kAdmin),
                          QString::fromLatin1(test::TestDatabase::kPassword), Session::Access::ReadOnly);
        QVERIFY(reader.ok());
        QStringList mismatched;
        QVERIFY(!reader.value()->checkSummaries(false, &mismatched).isError());
        QCOMPARE(mismatched, QStringList{id});
        QVERIFY(reader.value()->checkSummaries(true, &mismatched).isError());
        QCOMPARE(reader.value()->caseSummary(id).value().name, QStringLiteral("别人"));
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "test_summaries.moc"
