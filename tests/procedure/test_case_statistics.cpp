// The statistics page's figures (procedure/CaseStatistics): counted over hand-made case states
// whose every figure below was worked out by hand.
#include "procedure/CaseState.h"
#include "procedure/CaseStatistics.h"
#include "procedure/ProcedureEngine.h"
#include "util/DateText.h"

#include <QTest>

using namespace casetrack;

namespace {

QDate d(const char* iso)
{
    return parseIsoDate(QLatin1String(iso));
}

CaseState makeCase(const char* stage, const char* track, const char* unit, const char* filed)
{
    CaseState s;
    if (!stageFromId(QLatin1String(stage), &s.stage) || !trackFromId(QLatin1String(track), &s.track))
        qFatal("unknown stage %s or track %s in the test", stage, track);
    s.facts.subject.unit = QString::fromUtf8(unit);
    if (filed) {
        Event e;
        e.seq = 1;
        e.step = QStringLiteral("case_filed");
        e.date = d(filed);
        s.effectiveEvents.append(e);
    }
    return s;
}

void decide(CaseState& s, const char* sanction, const char* effective)
{
    Decision decision;
    decision.sanction = sanctionFromId(QLatin1String(sanction));
    QVERIFY2(decision.sanction.has_value(), sanction);
    decision.effectiveOn = d(effective);
    decision.decidedOn = d(effective);
    s.decision = decision;
}

void addDeadline(CaseState& s, const char* kind, const char* from, const char* due, const char* metOn,
                 DeadlineStatus status)
{
    CaseDeadline deadline;
    for (DeadlineKind k : {DeadlineKind::Announce, DeadlineKind::RecordFiling, DeadlineKind::PersonnelChanges,
                           DeadlineKind::ExecutionReport, DeadlineKind::ProbationEnd})
        if (deadlineKindId(k) == QLatin1String(kind))
            deadline.kind = k;
    if (deadline.id() != QLatin1String(kind))
        qFatal("unknown deadline kind %s in the test", kind);
    deadline.from = d(from);
    deadline.due = d(due);
    deadline.metOn = metOn ? d(metOn) : QDate();
    deadline.status = status;
    s.deadlines.append(deadline);
}

// Five cases: A decided 2024 and closed, B filed 2024 but decided 2025, C and E filed 2025, D not
// filed yet.
CaseStatistics fiveCases()
{
    CaseStatistics stats;
    CaseState a = makeCase("closed", "standard", "财务处", "2024-03-01");
    decide(a, "warning", "2024-05-01"); // 61 days after filing
    addDeadline(a, "announce", "2024-05-01", "2024-05-31", "2024-05-21", DeadlineStatus::Met); // 20 days
    addDeadline(a, "record_filing", "2024-05-01", "2024-07-30", "2024-08-05", DeadlineStatus::MetLate); // 96
    // A second announcement (an appeal outcome) is not the decision's own.
    addDeadline(a, "announce", "2024-06-01", "2024-07-01", "2024-06-02", DeadlineStatus::Met);
    stats.add(a);

    CaseState b = makeCase("decided", "transfer", "财务处", "2024-06-10");
    decide(b, "serious_warning", "2025-01-10"); // 214 days after filing
    addDeadline(b, "announce", "2025-01-10", "2025-02-10", nullptr, DeadlineStatus::Overdue);
    addDeadline(b, "record_filing", "2025-01-10", "2025-04-10", nullptr, DeadlineStatus::DueSoon);
    stats.add(b);

    stats.add(makeCase("investigation", "standard", "办公室", "2025-02-01"));
    stats.add(makeCase("new", "standard", "", nullptr));

    CaseState e = makeCase("announced", "grassroots", " 办公室 ", "2025-03-03");
    decide(e, "warning", "2025-04-03");                                                        // 31 days
    addDeadline(e, "announce", "2025-04-03", "2025-05-03", "2025-04-13", DeadlineStatus::Met); // 10 days
    stats.add(e);
    return stats;
}

QMap<QString, int> counts(std::initializer_list<std::pair<const char*, int>> pairs)
{
    QMap<QString, int> out;
    for (const auto& [key, value] : pairs)
        out.insert(QString::fromUtf8(key), value);
    return out;
}

DeadlineCompliance compliance(int onTime, int late, int overdue, int open)
{
    DeadlineCompliance c;
    c.metOnTime = onTime;
    c.metLate = late;
    c.overdue = overdue;
    c.open = open;
    return c;
}

} // namespace

class TestCaseStatistics : public QObject
{
    Q_OBJECT

private slots:
    void yearsAreThoseAnythingCountsIn()
    {
        QCOMPARE(fiveCases().years(), (QList<int>{2024, 2025}));
        QCOMPARE(CaseStatistics().years(), QList<int>());
    }

    void allYearsCountEveryCase()
    {
        const YearFigures all = fiveCases().figures(0);
        QCOMPARE(all.cases, 5);
        QCOMPARE(all.byStage,
                 counts({{"closed", 1}, {"decided", 1}, {"investigation", 1}, {"new", 1}, {"announced", 1}}));
        QCOMPARE(all.byTrack, counts({{"standard", 3}, {"transfer", 1}, {"grassroots", 1}}));
        QCOMPARE(all.bySanction, counts({{"warning", 2}, {"serious_warning", 1}, {"", 2}}));
        // Units are counted as recorded, surrounding spaces aside.
        QCOMPARE(all.byUnit, counts({{"财务处", 2}, {"办公室", 2}, {"", 1}}));
    }

    void casesCountInTheYearTheyWereFiled()
    {
        const CaseStatistics stats = fiveCases();
        const YearFigures y2024 = stats.figures(2024);
        QCOMPARE(y2024.cases, 2);
        QCOMPARE(y2024.byStage, counts({{"closed", 1}, {"decided", 1}}));
        QCOMPARE(y2024.bySanction, counts({{"warning", 1}, {"serious_warning", 1}}));
        const YearFigures y2025 = stats.figures(2025);
        QCOMPARE(y2025.cases, 2);
        QCOMPARE(y2025.byTrack, counts({{"standard", 1}, {"grassroots", 1}}));
        QCOMPARE(y2025.byUnit, counts({{"办公室", 2}}));
        QCOMPARE(stats.figures(2023).cases, 0);
    }

    void deadlinesCountInTheYearTheyAreDue()
    {
        const CaseStatistics stats = fiveCases();
        const YearFigures all = stats.figures(0);
        QCOMPARE(all.complianceByKind.size(), 2);
        QCOMPARE(all.complianceByKind.value(QStringLiteral("announce")), compliance(3, 0, 1, 0));
        QCOMPARE(all.complianceByKind.value(QStringLiteral("record_filing")), compliance(0, 1, 0, 1));
        const YearFigures y2024 = stats.figures(2024);
        QCOMPARE(y2024.complianceByKind.value(QStringLiteral("announce")), compliance(2, 0, 0, 0));
        QCOMPARE(y2024.complianceByKind.value(QStringLiteral("record_filing")), compliance(0, 1, 0, 0));
        const YearFigures y2025 = stats.figures(2025);
        QCOMPARE(y2025.complianceByKind.value(QStringLiteral("announce")), compliance(1, 0, 1, 0));
        // Due soon is still open: neither kept nor missed.
        QCOMPARE(y2025.complianceByKind.value(QStringLiteral("record_filing")), compliance(0, 0, 0, 1));
        QCOMPARE(y2025.complianceByKind.value(QStringLiteral("record_filing")).total(), 1);
    }

    void durationsCountInTheYearOfTheDecision()
    {
        const CaseStatistics stats = fiveCases();
        const YearFigures all = stats.figures(0);
        QCOMPARE(all.filingToDecision, (QList<int>{61, 214, 31}));
        QCOMPARE(all.decisionToAnnouncement, (QList<int>{20, 10}));
        QCOMPARE(all.decisionToRecordFiling, (QList<int>{96}));
        QCOMPARE(CaseStatistics::median(all.filingToDecision), std::optional<double>(61));
        QCOMPARE(CaseStatistics::median(all.decisionToAnnouncement), std::optional<double>(15));
        const YearFigures y2024 = stats.figures(2024);
        QCOMPARE(y2024.filingToDecision, (QList<int>{61}));
        QCOMPARE(y2024.decisionToRecordFiling, (QList<int>{96}));
        const YearFigures y2025 = stats.figures(2025);
        // B was filed in 2024 but decided in 2025.
        QCOMPARE(y2025.filingToDecision, (QList<int>{214, 31}));
        QCOMPARE(CaseStatistics::median(y2025.filingToDecision), std::optional<double>(122.5));
        QCOMPARE(CaseStatistics::median(y2025.decisionToRecordFiling), std::optional<double>());
    }

    void medianOfOddAndEvenCounts()
    {
        QCOMPARE(CaseStatistics::median({}), std::optional<double>());
        QCOMPARE(CaseStatistics::median({5}), std::optional<double>(5));
        QCOMPARE(CaseStatistics::median({7, 1, 3}), std::optional<double>(3));
        QCOMPARE(CaseStatistics::median({4, 1, 3, 2}), std::optional<double>(2.5));
        QCOMPARE(CaseStatistics::median({9, 9, 1, 1}), std::optional<double>(5));
    }

    void countCasesDerivesEveryRecordAndCanStop()
    {
        QList<CaseRecord> records;
        for (int i = 0; i < 3; ++i) {
            CaseRecord r;
            r.id = QStringLiteral("C-%1").arg(i);
            r.facts.subject.name = QStringLiteral("张三");
            records.append(r);
        }
        QList<std::pair<int, int>> calls;
        const auto stats = countCases(records, HolidayCalendar::builtin(), EngineSettings(), d("2025-06-30"),
                                      [&](int done, int total) {
                                          calls.append({done, total});
                                          return true;
                                      });
        QVERIFY(stats.has_value());
        QCOMPARE(stats->caseCount(), 3);
        QCOMPARE(stats->figures(0).byStage, counts({{"new", 3}}));
        QCOMPARE(calls, (QList<std::pair<int, int>>{{0, 3}, {3, 3}}));
        const auto stopped = countCases(records, HolidayCalendar::builtin(), EngineSettings(),
                                        d("2025-06-30"), [](int, int) { return false; });
        QVERIFY(!stopped.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCaseStatistics)
#include "test_case_statistics.moc"
