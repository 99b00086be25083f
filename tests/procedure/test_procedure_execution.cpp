// procedure.md revision 2, changes 10 to 12: fact corrections, the steps after the decision, the
// new deadlines (dates computed by hand, around holidays and month ends) and the warnings.
#include "ProcedureTestCase.h"

using namespace casetrack;
using namespace casetrack::test;

namespace {

const ErrorCode Refused = ErrorCode::Refused;

// A standard-track case decided on `decidedOn` with `decided` (probation: 1 year).
ProcedureCase decided(const char* decided, const QString& decidedOn, int probationYears = 1)
{
    ProcedureCase c(facts({{QStringLiteral("appointed_by_party_group"), true}}));
    for (const char* step : {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
        c.accept(QLatin1String(step), QStringLiteral("2025-01-06"));
    QJsonObject s = sanction(decided);
    QJsonObject m = meeting(decided, 7, 5, 4);
    if (QLatin1String(decided) == QLatin1String("probation")) {
        s.insert(QStringLiteral("probation_years"), probationYears);
        m.insert(QStringLiteral("probation_years"), probationYears);
    }
    c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-01-07"), s);
    c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-01-08"));
    const Error e = c.add(QStringLiteral("party_group_decided"), decidedOn, m);
    if (e.isError())
        qFatal("decision refused: %s", qPrintable(e.message));
    return c;
}

const CaseDeadline* deadline(const CaseState& s, const char* kind, int nth = 0)
{
    for (const CaseDeadline& d : s.deadlines) {
        if (d.id() == QLatin1String(kind) && nth-- == 0)
            return &d;
    }
    return nullptr;
}

bool hasWarning(const CaseState& s, WarningKind kind)
{
    for (const CaseWarning& w : s.warnings) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestProcedureExecution : public QObject
{
    Q_OBJECT

private slots:
    // 11. 党章第四十三条: no decision before the subject is heard.
    void hearingBeforeDecision()
    {
        ProcedureCase c(facts({{QStringLiteral("appointed_by_party_group"), true}}));
        for (const char* step : {"case_filed", "principal_notified", "investigation_concluded"})
            c.accept(QLatin1String(step), QStringLiteral("2025-07-01"));
        c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-07-02"), sanction("warning"));
        c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-03"));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-10"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "党章第四十三条");
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-07-08"),
                        {{QStringLiteral("statement"), QStringLiteral("对事实无异议")},
                         {QStringLiteral("accepted_facts"), true}}));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-07-09"))); // more than once
        EXPECT_OK(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-10"),
                          meeting("warning", 7, 5, 4)));
    }

    // Deadlines of a removal from post decided 2025-09-01 (a Monday).
    void deadlinesAroundNationalDay()
    {
        ProcedureCase c = decided("removal_from_post", QStringLiteral("2025-09-01"));
        const CaseState s = c.state(QStringLiteral("2025-10-05"));
        // announce / personnel_changes: one month -> 2025-10-01 (国庆), moved to 2025-10-09.
        QCOMPARE(deadline(s, "announce")->nominalDue, QDate(2025, 10, 1));
        QCOMPARE(deadline(s, "announce")->due, QDate(2025, 10, 9));
        QCOMPARE(deadline(s, "personnel_changes")->nominalDue, QDate(2025, 10, 1));
        QCOMPARE(deadline(s, "personnel_changes")->due, QDate(2025, 10, 9));
        QCOMPARE(deadline(s, "personnel_changes")->article,
                 QStringLiteral("《中国共产党纪律处分条例》第四十四条"));
        // The nominal day has passed; only the holiday extension remains.
        QCOMPARE(deadline(s, "personnel_changes")->status, DeadlineStatus::DueSoon);
        QCOMPARE(deadline(s, "personnel_changes")->nominalStatus, DeadlineStatus::Overdue);
        // execution_report: six months -> 2026-03-01 (a Sunday) -> 2026-03-02.
        QCOMPARE(deadline(s, "execution_report")->nominalDue, QDate(2026, 3, 1));
        QCOMPARE(deadline(s, "execution_report")->due, QDate(2026, 3, 2));
        // record_filing: 90 days -> 2025-11-30 (a Sunday) -> 2025-12-01.
        QCOMPARE(deadline(s, "record_filing")->due, QDate(2025, 12, 1));
        const QJsonObject json = caseDeadlineToJson(*deadline(s, "personnel_changes"));
        QCOMPARE(json.value(QStringLiteral("nominal_status")).toString(), QStringLiteral("overdue"));
    }

    // Month end: decided 2025-08-31; six months -> 2026-02-28, a Saturday but an adjusted working day.
    void deadlinesAtMonthEnd()
    {
        ProcedureCase c = decided("removal_from_post", QStringLiteral("2025-08-31"));
        const CaseState s = c.state(QStringLiteral("2025-09-01"));
        QCOMPARE(deadline(s, "personnel_changes")->due, QDate(2025, 9, 30));
        QCOMPARE(deadline(s, "execution_report")->nominalDue, QDate(2026, 2, 28));
        QCOMPARE(deadline(s, "execution_report")->due, QDate(2026, 2, 28));
        EXPECT_OK(c.add(QStringLiteral("personnel_changes_completed"), QStringLiteral("2025-09-30")));
        QCOMPARE(deadline(c.state(QStringLiteral("2025-10-01")), "personnel_changes")->status,
                 DeadlineStatus::Met);
        // A warning owes no personnel changes.
        ProcedureCase w = decided("warning", QStringLiteral("2025-08-31"));
        QVERIFY(!deadline(w.state(QStringLiteral("2025-09-01")), "personnel_changes"));
        EXPECT_REFUSED(w.check(QStringLiteral("personnel_changes_completed"), QStringLiteral("2025-09-02")),
                       Refused, "《中国共产党纪律处分条例》第四十四条");
    }

    // An approved extension: at most six months from the effective date; the approved date stands.
    void personnelChangesExtended()
    {
        ProcedureCase c = decided("probation", QStringLiteral("2025-09-01"));
        auto extend = [&](const char* until) {
            return QJsonObject{{QStringLiteral("until"), QLatin1String(until)},
                               {QStringLiteral("approved_by"), QStringLiteral("驻在单位党组")}};
        };
        EXPECT_REFUSED(c.check(QStringLiteral("personnel_changes_extended"), QStringLiteral("2025-09-20"),
                               extend("2026-03-02")),
                       Refused, "《中国共产党纪律处分条例》第四十四条");
        EXPECT_OK(c.add(QStringLiteral("personnel_changes_extended"), QStringLiteral("2025-09-20"),
                        extend("2026-03-01")));
        const CaseState s = c.state(QStringLiteral("2025-10-10"));
        QCOMPARE(deadline(s, "personnel_changes")->due, QDate(2026, 3, 1)); // a Sunday, not moved
        QCOMPARE(deadline(s, "personnel_changes")->nominalDue, QDate(2026, 3, 1));
        QCOMPARE(deadline(s, "personnel_changes")->status, DeadlineStatus::Open);
    }

    // 留党察看 one year from 2025-01-31: ends 2026-01-31 (a Saturday); due 2026-02-02.
    void probationEnd()
    {
        ProcedureCase c = decided("probation", QStringLiteral("2025-01-31"));
        CaseState s = c.state(QStringLiteral("2026-01-20"));
        QCOMPARE(deadline(s, "probation_end")->nominalDue, QDate(2026, 1, 31));
        QCOMPARE(deadline(s, "probation_end")->due, QDate(2026, 2, 2));
        QVERIFY(hasWarning(s, WarningKind::RulesVersion)); // decided before 2025-05-26 (第十八条)
        const QJsonObject restored{{QStringLiteral("outcome"), QStringLiteral("restored")}};
        const QJsonObject extended{{QStringLiteral("outcome"), QStringLiteral("extended")}};
        EXPECT_REFUSED(c.check(QStringLiteral("probation_concluded"), QStringLiteral("2026-01-30"), restored),
                       Refused, "《中国共产党纪律处分条例》第十二条");
        EXPECT_OK(c.check(QStringLiteral("probation_concluded"), QStringLiteral("2025-06-30"),
                          {{QStringLiteral("outcome"), QStringLiteral("expelled")}})); // any time during it
        // Extended on the last day: one more year, into 2027 (no calendar shipped: a warning).
        EXPECT_OK(c.add(QStringLiteral("probation_concluded"), QStringLiteral("2026-01-31"), extended));
        EXPECT_REFUSED(c.check(QStringLiteral("probation_concluded"), QStringLiteral("2027-02-01"), extended),
                       Refused,
                       "《中国共产党纪律处分条例》第十二条"); // only once
        s = c.state(QStringLiteral("2026-02-01"));
        QCOMPARE(deadline(s, "probation_end")->status, DeadlineStatus::Met);
        QCOMPARE(deadline(s, "probation_end", 1)->nominalDue, QDate(2027, 1, 31));
        QVERIFY(deadline(s, "probation_end", 1)->unknownYears.contains(2027));
        QVERIFY(hasWarning(s, WarningKind::CalendarMissing));
        QVERIFY(c.next(s, QStringLiteral("probation_concluded"))->required);
        // A two-year probation cannot be extended.
        ProcedureCase two = decided("probation", QStringLiteral("2025-06-03"), 2);
        EXPECT_REFUSED(
            two.check(QStringLiteral("probation_concluded"), QStringLiteral("2027-06-03"), extended), Refused,
            "《中国共产党纪律处分条例》第十二条");
    }

    // Appeals: a change replaces the sanction in force from its date and restarts its deadlines.
    void appealChangesAndRevokes()
    {
        ProcedureCase c = decided("warning", QStringLiteral("2025-09-01"));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-09-05")));
        EXPECT_REFUSED(c.check(QStringLiteral("appeal_decided"), QStringLiteral("2025-09-10"),
                               {{QStringLiteral("outcome"), QStringLiteral("upheld")}}),
                       Refused, "党章第四条");
        EXPECT_OK(c.add(QStringLiteral("appeal_filed"), QStringLiteral("2025-09-10")));
        QCOMPARE(stageId(c.state(QStringLiteral("2025-09-11")).stage), QStringLiteral("appeal"));
        EXPECT_OK(c.add(QStringLiteral("appeal_decided"), QStringLiteral("2025-11-28"),
                        {{QStringLiteral("outcome"), QStringLiteral("changed")},
                         {QStringLiteral("sanction"), QStringLiteral("removal_from_post")}}));
        CaseState s = c.state(QStringLiteral("2025-12-01"));
        QCOMPARE(sanctionId(s.decision->sanction), QStringLiteral("removal_from_post"));
        QCOMPARE(s.decision->effectiveOn, QDate(2025, 11, 28));
        QCOMPARE(s.decisionHistory.size(), 2);
        QCOMPARE(deadline(s, "announce")->status, DeadlineStatus::Met); // the first stays met
        QCOMPARE(deadline(s, "announce", 1)->due, QDate(2025, 12, 29)); // 2025-12-28 is a Sunday
        QCOMPARE(deadline(s, "personnel_changes")->due, QDate(2025, 12, 29));
        QCOMPARE(deadline(s, "execution_report")->due, QDate(2026, 5, 28));
        QVERIFY(c.next(s, QStringLiteral("decision_announced"))->required);
        QVERIFY(c.next(s, QStringLiteral("personnel_changes_completed"))->required);
        // A revocation: decision "none" in force, only announce and archive owed again.
        EXPECT_OK(c.add(QStringLiteral("appeal_filed"), QStringLiteral("2025-12-02")));
        EXPECT_OK(c.add(QStringLiteral("appeal_decided"), QStringLiteral("2025-12-10"),
                        {{QStringLiteral("outcome"), QStringLiteral("revoked")}}));
        s = c.state(QStringLiteral("2025-12-11"));
        QCOMPARE(sanctionId(s.decision->sanction), QStringLiteral("none"));
        QVERIFY(!c.next(s, QStringLiteral("personnel_changes_completed")) ||
                !c.next(s, QStringLiteral("personnel_changes_completed"))->required);
        QVERIFY(!deadline(s, "personnel_changes"));
        EXPECT_REFUSED(c.check(QStringLiteral("execution_reported"), QStringLiteral("2025-12-12")), Refused,
                       "《中国共产党纪律处分条例》第四十五条");
        QVERIFY(s.sanctionPeriods.isEmpty());
    }

    // 10. A fact correction that would orphan a recorded decision is refused, naming it.
    void factCorrectionReplay()
    {
        ProcedureCase c = decided("warning", QStringLiteral("2025-09-01"));
        auto corrected = correctedFacts(
            c.record.facts,
            {{QStringLiteral("subject"), QJsonObject{{QStringLiteral("leadership_member"), true}}}});
        QVERIFY(corrected.ok());
        QCOMPARE(corrected->subject.name, QStringLiteral("张三")); // merged, not replaced
        const Error e = checkFactsCorrection(c.record, corrected.value(), c.settings);
        QCOMPARE(e.code, Refused);
        // The suggestion now lacks the transfer chain, and the decision lacks the suggestion.
        QVERIFY2(e.message.contains(QStringLiteral("第6项")) &&
                     e.message.contains(QStringLiteral("party_group_informed_of_suggestion")) &&
                     e.message.contains(QStringLiteral("第7项")) &&
                     e.message.contains(QStringLiteral("party_group_decided")),
                 qPrintable(e.message));
        // A misspelt name is corrected, even on a decided case.
        auto renamed = correctedFacts(
            c.record.facts,
            {{QStringLiteral("subject"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张叁")}}}});
        QVERIFY(renamed.ok());
        EXPECT_OK(checkFactsCorrection(c.record, renamed.value(), c.settings));
        QCOMPARE(
            correctedFacts(c.record.facts, {{QStringLiteral("decision_route"), QStringLiteral("grassroots")}})
                .error()
                .code,
            ErrorCode::Invalid); // appointed by the Party group
        // null removes an optional fact (a date recorded by mistake); the name cannot go.
        auto dated = correctedFacts(
            c.record.facts, {{QStringLiteral("subject"),
                              QJsonObject{{QStringLiteral("birth_date"), QStringLiteral("1972-05-14")}}}});
        QVERIFY(dated.ok());
        QCOMPARE(dated->subject.birthDate, QDate(1972, 5, 14));
        auto undated = correctedFacts(
            dated.value(),
            {{QStringLiteral("subject"), QJsonObject{{QStringLiteral("birth_date"), QJsonValue()}}}});
        QVERIFY(undated.ok());
        QVERIFY(!undated->subject.birthDate.isValid());
        QCOMPARE(undated->subject.name, QStringLiteral("张三"));
        QCOMPARE(correctedFacts(c.record.facts, {{QStringLiteral("subject"),
                                                  QJsonObject{{QStringLiteral("name"), QJsonValue()}}}})
                     .error()
                     .code,
                 ErrorCode::Invalid);
        // facts_corrected is not a step users record.
        EXPECT_REFUSED(c.check(QStringLiteral("facts_corrected"), QStringLiteral("2025-09-02"),
                               {{QStringLiteral("facts"), QJsonObject{}},
                                {QStringLiteral("reason"), QStringLiteral("x")}}),
                       Refused, "第五条");
    }
};

QTEST_GUILESS_MAIN(TestProcedureExecution)
#include "test_procedure_execution.moc"
