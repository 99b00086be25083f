// The engine's rules one by one: 第九条 thresholds, 第八条 decision follows the suggestion,
// 第六条第三款 early intervention, order by date, corrections, deadlines, data validation, JSON.
#include "ProcedureTestCase.h"
#include "procedure/CaseDigest.h"
#include "util/Translations.h"

using namespace casetrack;
using namespace casetrack::test;

namespace {

const ErrorCode Refused = ErrorCode::Refused;
const ErrorCode Invalid = ErrorCode::Invalid;

QJsonObject appointedSubject()
{
    return {{QStringLiteral("appointed_by_party_group"), true}};
}

// A standard-track case up to the suggestion to the Party group (warning).
ProcedureCase caseAtSuggestion(EngineSettings settings = {})
{
    ProcedureCase c(facts(appointedSubject()), std::move(settings));
    c.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
    c.accept(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03"));
    c.accept(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10"));
    c.accept(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10"));
    c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning"));
    c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25"));
    return c;
}

ProcedureCase decidedCase(const QString& decidedOn, EngineSettings settings = {})
{
    ProcedureCase c = caseAtSuggestion(std::move(settings));
    c.accept(QStringLiteral("party_group_decided"), decidedOn, meeting("warning", 7, 5, 4));
    return c;
}

} // namespace

class TestProcedureRules : public QObject
{
    Q_OBJECT

private slots:
    // Revision 2, change 4 (第九条; 《中国共产党党组工作条例》): two thirds of the members present, the
    // exact fraction included; votes for more than half of the members.
    void collectiveDecisionDefault()
    {
        ProcedureCase c = caseAtSuggestion();
        QCOMPARE(c.record.events.size(), 6);
        auto decide = [&](int total, int present, int votes) {
            return c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                           meeting("warning", total, present, votes));
        };
        // Present: 9 -> 6, 7 -> 5, 8 -> 6 (exact two thirds accepted, one fewer refused).
        EXPECT_OK(decide(9, 6, 5));
        EXPECT_REFUSED(decide(9, 5, 5), Refused, "第九条");
        EXPECT_OK(decide(7, 5, 4));
        EXPECT_REFUSED(decide(7, 4, 4), Refused, "第九条");
        EXPECT_OK(decide(8, 6, 5));
        EXPECT_REFUSED(decide(8, 5, 5), Refused, "第九条");
        // Votes: more than half of the members (7 -> 4, 8 -> 5); exactly half is refused.
        EXPECT_REFUSED(decide(7, 7, 3), Refused, "第九条");
        EXPECT_REFUSED(decide(8, 8, 4), Refused, "第九条");
        EXPECT_OK(decide(8, 8, 5));
        const Error e = decide(7, 4, 4);
        QVERIFY2(e.message.contains(QStringLiteral("至少 5 人")), qPrintable(e.message));
        // Impossible figures are invalid data, not a refusal.
        EXPECT_REFUSED(decide(7, 8, 4), Invalid, "");
        EXPECT_REFUSED(decide(7, 4, 5), Invalid, "");
        QJsonObject missing = meeting("warning", 7, 5, 4);
        missing.remove(QStringLiteral("votes_for"));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), missing),
                       Invalid, "");
        // 回避 members count in members_total, not in members_present.
        QJsonObject recused = meeting("warning", 7, 5, 4);
        recused.insert(QStringLiteral("recused"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                              {QStringLiteral("reason"), QStringLiteral("近亲属")}}});
        EXPECT_OK(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), recused));
        recused.insert(QStringLiteral("members_present"), 7);
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), recused),
                       Invalid, "");
    }

    // The thresholds are settings: an office may configure another reading.
    void collectiveDecisionConfigurable()
    {
        EngineSettings s;
        s.quorum = Threshold{1, 2, true}; // more than half present (the first release's default)
        ProcedureCase c = caseAtSuggestion(s);
        EXPECT_OK(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                          meeting("warning", 7, 4, 4)));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("warning", 8, 4, 4)),
                       Refused, "第九条");
        QCOMPARE(EngineSettings().quorum.minimumFor(7), 5);
        QCOMPARE(EngineSettings().quorum.minimumFor(9), 6);
        QCOMPARE(EngineSettings().quorum.minimumFor(8), 6);
        QCOMPARE(Threshold{}.minimumFor(7), 4);
        QCOMPARE(Threshold{}.minimumFor(8), 5);
    }

    // 第八条: the decision follows the suggestion; disagreement goes to the dispatching organ.
    void decisionFollowsSuggestion()
    {
        ProcedureCase c = caseAtSuggestion();
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("serious_warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_REFUSED(
            c.check(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-03-01")), Refused,
            "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_disagreed"), QStringLiteral("2025-03-01"),
                               sanction("warning")),
                       Refused, "第八条"); // same as the suggestion: no disagreement
        EXPECT_OK(c.add(QStringLiteral("party_group_disagreed"), QStringLiteral("2025-03-01"),
                        sanction("serious_warning"), Role::PartyGroupOffice));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("serious_warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("dispatching_organ_ruled"), QStringLiteral("2025-03-03"),
                               sanction("serious_warning")),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-03-02")));
        EXPECT_REFUSED(
            c.check(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-03-02")), Refused,
            "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("serious_warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("dispatching_organ_ruled"), QStringLiteral("2025-03-10"),
                        {{QStringLiteral("sanction"), QStringLiteral("probation")},
                         {QStringLiteral("probation_years"), 1}},
                        Role::Reviewer));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-12"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "第八条");
        QJsonObject twoYears = meeting("probation", 7, 5, 4);
        twoYears.insert(QStringLiteral("probation_years"), 2);
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-12"), twoYears),
                       Refused, "第八条");
        QJsonObject oneYear = meeting("probation", 7, 5, 4);
        oneYear.insert(QStringLiteral("probation_years"), 1);
        // Order by date: not before the ruling it follows.
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-09"), oneYear),
                       Refused, "第九条");
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-12"), oneYear));
        const CaseState s = c.state();
        QCOMPARE(sanctionId(s.decision->sanction), QStringLiteral("probation"));
        QCOMPARE(s.decision->probationYears, 1);
        QCOMPARE(sanctionPeriodKindId(s.sanctionPeriods[0].kind), QStringLiteral("probation"));
        QCOMPARE(s.sanctionPeriods[0].until, QDate(2026, 3, 12));
    }

    void negotiatedSuggestion()
    {
        ProcedureCase c = caseAtSuggestion();
        EXPECT_OK(c.add(QStringLiteral("party_group_disagreed"), QStringLiteral("2025-03-01"),
                        sanction("serious_warning")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-03-05"),
                        sanction("serious_warning")));
        // A new suggestion supersedes the earlier disagreement: nothing left to escalate.
        EXPECT_REFUSED(
            c.check(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-03-06")), Refused,
            "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-06"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-06"),
                        meeting("serious_warning", 7, 5, 4)));
        QCOMPARE(sanctionId(c.state().decision->sanction), QStringLiteral("serious_warning"));
    }

    // 第六条第三款.
    void earlyIntervention()
    {
        const QJsonObject transfer{{QStringLiteral("appointed_by_party_group"), true},
                                   {QStringLiteral("leadership_member"), true}};
        ProcedureCase plain(facts(transfer));
        plain.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
        EXPECT_REFUSED(
            plain.check(QStringLiteral("early_intervention_requested"), QStringLiteral("2025-01-05")),
            Refused, "第六条第三款");
        QVERIFY(!plain.next(plain.state(), QStringLiteral("early_intervention_requested")));

        ProcedureCase major(facts(transfer, {{QStringLiteral("major_complex"), true}}));
        major.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
        const std::optional<NextStep> n =
            major.next(major.state(), QStringLiteral("early_intervention_requested"));
        QVERIFY(n && n->allowed && !n->required);
        EXPECT_REFUSED(
            major.check(QStringLiteral("early_intervention_requested"), QStringLiteral("2025-01-01")),
            Refused, "第六条第三款"); // before the filing
        EXPECT_OK(major.add(QStringLiteral("early_intervention_requested"), QStringLiteral("2025-01-05")));
        EXPECT_REFUSED(
            major.check(QStringLiteral("early_intervention_requested"), QStringLiteral("2025-01-06")),
            Refused, "第六条第三款"); // once

        // Not on the standard track (no review by the dispatched body).
        ProcedureCase standard(facts(appointedSubject(), {{QStringLiteral("major_complex"), true}}));
        standard.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
        EXPECT_REFUSED(
            standard.check(QStringLiteral("early_intervention_requested"), QStringLiteral("2025-01-05")),
            Refused, "第八条");
    }

    void orderByDate()
    {
        ProcedureCase c(facts(appointedSubject()));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-10")));
        const Error e = c.check(QStringLiteral("principal_notified"), QStringLiteral("2025-01-09"));
        QCOMPARE(e.code, Refused);
        QCOMPARE(e.article, QStringLiteral("第五条"));
        QVERIFY2(e.message.contains(QStringLiteral("2025-01-10")), qPrintable(e.message));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_REFUSED(
            c.check(QStringLiteral("proposal_made"), QStringLiteral("2025-02-09"), sanction("warning")),
            Refused, "第六条");
        EXPECT_OK(
            c.check(QStringLiteral("proposal_made"), QStringLiteral("2025-02-10"), sanction("warning")));
    }

    void dataValidation()
    {
        ProcedureCase c = caseAtSuggestion();
        EXPECT_REFUSED(c.check(QStringLiteral("no_such_step"), QStringLiteral("2025-03-01")), Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QString()), Invalid, "");
        QJsonObject unknown = meeting("warning", 7, 5, 4);
        unknown.insert(QStringLiteral("chair"), QStringLiteral("x"));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), unknown),
                       Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("reprimand", 7, 5, 4)),
                       Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("probation", 7, 5, 4)),
                       Invalid, "");
        QJsonObject threeYears = meeting("probation", 7, 5, 4);
        threeYears.insert(QStringLiteral("probation_years"), 3);
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), threeYears), Invalid,
            "");
        QJsonObject yearsWithWarning = meeting("warning", 7, 5, 4);
        yearsWithWarning.insert(QStringLiteral("probation_years"), 1);
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), yearsWithWarning),
            Invalid, "");
        QJsonObject textTotal = meeting("warning", 7, 5, 4);
        textTotal.insert(QStringLiteral("members_total"), QStringLiteral("7"));
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"), textTotal), Invalid,
            "");
        EXPECT_REFUSED(c.check(QStringLiteral("rectification_recorded"), QStringLiteral("2025-03-03"), {}),
                       Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("filing_reviewed"), QStringLiteral("2025-03-03"),
                               {{QStringLiteral("result"), QStringLiteral("problems")}}),
                       Invalid, "");
    }

    // Corrections: amend, retract, retract a correction; the history keeps everything.
    void corrections()
    {
        ProcedureCase c = caseAtSuggestion();
        const int proposalSeq = 5;
        QCOMPARE(c.record.events[proposalSeq - 1].step, QStringLiteral("proposal_made"));
        // Structural errors are Invalid.
        EXPECT_REFUSED(
            c.check(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                    {{QStringLiteral("target_seq"), proposalSeq}, {QStringLiteral("retract"), true}}),
            Invalid, ""); // no reason
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                               {{QStringLiteral("target_seq"), proposalSeq},
                                {QStringLiteral("reason"), QStringLiteral("录入错误")},
                                {QStringLiteral("retract"), true},
                                {QStringLiteral("replacement"),
                                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-02-21")}}}}),
                       Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                               {{QStringLiteral("target_seq"), 99},
                                {QStringLiteral("reason"), QStringLiteral("录入错误")},
                                {QStringLiteral("retract"), true}}),
                       Invalid, "");
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                               {{QStringLiteral("target_seq"), proposalSeq},
                                {QStringLiteral("reason"), QStringLiteral("录入错误")},
                                {QStringLiteral("replacement"),
                                 QJsonObject{{QStringLiteral("data"), sanction("bogus")}}}}),
                       Invalid, "");
        // A replacement date that breaks the order is refused, with the article of the step broken.
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                               {{QStringLiteral("target_seq"), proposalSeq},
                                {QStringLiteral("reason"), QStringLiteral("日期录错")},
                                {QStringLiteral("replacement"),
                                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-02-01")}}}}),
                       Refused, "第六条");
        // Amend the proposal's sanction: the suggestion now says serious_warning.
        EXPECT_OK(c.add(QStringLiteral("correction"), QStringLiteral("2025-03-01"),
                        {{QStringLiteral("target_seq"), proposalSeq},
                         {QStringLiteral("reason"), QStringLiteral("处分种类录错")},
                         {QStringLiteral("replacement"),
                          QJsonObject{{QStringLiteral("data"), sanction("serious_warning")}}}},
                        Role::CaseOfficer));
        CaseState s = c.state();
        QCOMPARE(s.events.size(), 7);
        QCOMPARE(s.effectiveEvents.size(), 6);
        QCOMPARE(s.events[proposalSeq - 1].data.value(QStringLiteral("sanction")).toString(),
                 QStringLiteral("warning"));
        QCOMPARE(s.effectiveEvents[proposalSeq - 1].data.value(QStringLiteral("sanction")).toString(),
                 QStringLiteral("serious_warning"));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_OK(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                          meeting("serious_warning", 7, 5, 4)));
        // Retract the correction: the original is back.
        const int correctionSeq = 7;
        EXPECT_REFUSED(
            c.check(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                    {{QStringLiteral("target_seq"), correctionSeq},
                     {QStringLiteral("reason"), QStringLiteral("x")},
                     {QStringLiteral("replacement"), QJsonObject{{QStringLiteral("data"), QJsonObject{}}}}}),
            Invalid, ""); // a correction can only be retracted
        EXPECT_OK(c.add(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                        {{QStringLiteral("target_seq"), correctionSeq},
                         {QStringLiteral("reason"), QStringLiteral("更正有误，恢复原记录")},
                         {QStringLiteral("retract"), true}}));
        s = c.state();
        QCOMPARE(s.effectiveEvents[proposalSeq - 1].data.value(QStringLiteral("sanction")).toString(),
                 QStringLiteral("warning"));
        EXPECT_OK(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                          meeting("warning", 7, 5, 4)));
        // Retracting the filing would leave every later step without it.
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                               {{QStringLiteral("target_seq"), 1},
                                {QStringLiteral("reason"), QStringLiteral("x")},
                                {QStringLiteral("retract"), true}}),
                       Refused, "第五条");
        // Retract the suggestion: the case goes back to "suggestion".
        EXPECT_OK(c.add(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                        {{QStringLiteral("target_seq"), 6},
                         {QStringLiteral("reason"), QStringLiteral("尚未通报")},
                         {QStringLiteral("retract"), true}}));
        s = c.state();
        QCOMPARE(stageId(s.stage), QStringLiteral("suggestion"));
        QCOMPARE(s.events.size(), 9);
        QCOMPARE(s.effectiveEvents.size(), 5);
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                               {{QStringLiteral("target_seq"), 6},
                                {QStringLiteral("reason"), QStringLiteral("x")},
                                {QStringLiteral("retract"), true}}),
                       Refused, "第八条"); // already retracted
        // A role corrects only steps it may record itself.
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                               {{QStringLiteral("target_seq"), proposalSeq},
                                {QStringLiteral("reason"), QStringLiteral("x")},
                                {QStringLiteral("replacement"),
                                 QJsonObject{{QStringLiteral("data"), sanction("warning")}}}},
                               Role::Reviewer),
                       Refused, "第六条");
        EXPECT_REFUSED(c.check(QStringLiteral("correction"), QStringLiteral("2025-03-02"),
                               {{QStringLiteral("target_seq"), proposalSeq},
                                {QStringLiteral("reason"), QStringLiteral("x")},
                                {QStringLiteral("replacement"),
                                 QJsonObject{{QStringLiteral("step"), QStringLiteral("case_filed")}}}}),
                       Invalid, "");
    }

    void correctionOfDecisionReopens()
    {
        ProcedureCase c = decidedCase(QStringLiteral("2025-03-03"));
        for (const char* step : {"stationed_body_notified", "decision_announced", "record_filed",
                                 "archived_to_personnel_file", "execution_reported"})
            EXPECT_OK(c.add(QLatin1String(step), QStringLiteral("2025-03-10")));
        c.accept(QStringLiteral("filing_reviewed"), QStringLiteral("2025-03-20"),
                 {{QStringLiteral("result"), QStringLiteral("accepted")}});
        QVERIFY(c.state().closed);
        // Amend the decision's date on a closed case: allowed (corrections are), deadlines move.
        EXPECT_OK(c.add(QStringLiteral("correction"), QStringLiteral("2025-04-01"),
                        {{QStringLiteral("target_seq"), 7},
                         {QStringLiteral("reason"), QStringLiteral("会议日期录错")},
                         {QStringLiteral("replacement"),
                          QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-04")}}}}));
        const CaseState s = c.state();
        QVERIFY(s.closed);
        QCOMPARE(s.decision->effectiveOn, QDate(2025, 3, 4));
        QCOMPARE(s.deadlines[0].from, QDate(2025, 3, 4));
        QCOMPARE(s.events.size(), 14);
    }

    void deadlineStatuses()
    {
        ProcedureCase c = decidedCase(QStringLiteral("2025-03-03"));
        // announce due 2025-04-03; record_filing due 2025-06-03.
        CaseState s = c.state(QStringLiteral("2025-03-10"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::Open);
        QVERIFY(!s.deadlines[0].explain.isEmpty() || s.deadlines[0].due == s.deadlines[0].nominalDue);
        s = c.state(QStringLiteral("2025-03-28"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::DueSoon);
        s = c.state(QStringLiteral("2025-04-04"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::Overdue);
        QCOMPARE(s.deadlines[1].status, DeadlineStatus::Open);
        c.accept(QStringLiteral("decision_announced"), QStringLiteral("2025-04-07"));
        s = c.state(QStringLiteral("2025-04-08"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::MetLate);
        QCOMPARE(s.deadlines[0].metOn, QDate(2025, 4, 7));
        // A wider warning window.
        c.settings.warningDays = 70;
        s = c.state(QStringLiteral("2025-04-08"));
        QCOMPARE(s.deadlines[1].status, DeadlineStatus::DueSoon);
        // Strict counting: no extension past the rest days.
        c.settings.strictCounting = true;
        s = c.state(QStringLiteral("2025-04-08"));
        QCOMPARE(s.deadlines[1].due, QDate(2025, 6, 1));
        // announce, record_filing, execution_report (a warning: no personnel changes).
        QCOMPARE(caseStateToJson(s).value(QStringLiteral("deadlines")).toArray().size(), 3);
    }

    void customDeadlineRule()
    {
        EngineSettings settings;
        DeadlineRule rule;
        rule.id = QStringLiteral("internal_proposal");
        rule.label = QStringLiteral("审查调查结束后20个工作日内提出建议");
        rule.triggerStep = QStringLiteral("investigation_concluded");
        rule.period = Period{20, PeriodUnit::WorkingDays};
        rule.metByStep = QStringLiteral("proposal_made");
        settings.deadlineRules.append(rule);
        ProcedureCase c(facts(appointedSubject()), settings);
        c.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
        QVERIFY(c.state().deadlines.isEmpty()); // not triggered yet
        c.accept(QStringLiteral("investigation_concluded"), QStringLiteral("2025-09-01"));
        c.accept(QStringLiteral("subject_heard"), QStringLiteral("2025-09-01"));
        CaseState s = c.state(QStringLiteral("2025-09-02"));
        QCOMPARE(s.deadlines.size(), 1);
        QCOMPARE(s.deadlines[0].id(), QStringLiteral("internal_proposal"));
        QCOMPARE(s.deadlines[0].label.toString(), rule.label);
        QVERIFY(s.deadlines[0].article.isEmpty());
        QVERIFY(s.deadlines[0].due > QDate(2025, 9, 26)); // 20 working days, past 国庆
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::Open);
        c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-09-10"), sanction("warning"));
        s = c.state(QStringLiteral("2025-09-11"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::Met);
    }

    void engineSettingsJson()
    {
        EngineSettings s;
        s.warningDays = 10;
        s.strictCounting = true;
        s.quorum = Threshold{2, 3, false};
        s.deadlineRules.append(DeadlineRule{QStringLiteral("r1"), QStringLiteral("内部时限"),
                                            QStringLiteral("case_filed"), Period{3, PeriodUnit::Months},
                                            QStringLiteral("investigation_concluded")});
        auto back = EngineSettings::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->warningDays, 10);
        QVERIFY(back->strictCounting);
        QVERIFY(back->quorum == s.quorum);
        QVERIFY(back->majority == Threshold{});
        QCOMPARE(back->deadlineRules.size(), 1);
        QVERIFY(back->deadlineRules[0] == s.deadlineRules[0]);
        QVERIFY(EngineSettings::fromJson({}).ok());

        auto bad = [](const QJsonObject& json) { return EngineSettings::fromJson(json).error().code; };
        QCOMPARE(bad({{QStringLiteral("warning_days"), -1}}), Invalid);
        QCOMPARE(bad({{QStringLiteral("warning_days"), 1.5}}), Invalid);
        QCOMPARE(bad({{QStringLiteral("colour"), 1}}), Invalid);
        QCOMPARE(bad({{QStringLiteral("strict_counting"), 1}}), Invalid);
        QCOMPARE(bad({{QStringLiteral("quorum"),
                       QJsonObject{{QStringLiteral("numerator"), 1}, {QStringLiteral("denominator"), 3}}}}),
                 Invalid); // a minority
        QCOMPARE(bad({{QStringLiteral("quorum"),
                       QJsonObject{{QStringLiteral("numerator"), 4}, {QStringLiteral("denominator"), 3}}}}),
                 Invalid);
        QJsonObject rule = s.toJson().value(QStringLiteral("deadline_rules")).toArray().at(0).toObject();
        auto withRule = [&](const char* key, const QJsonValue& v) {
            QJsonObject r = rule;
            r.insert(QLatin1String(key), v);
            return QJsonObject{{QStringLiteral("deadline_rules"), QJsonArray{r}}};
        };
        QCOMPARE(bad(withRule("trigger_step", QStringLiteral("nope"))), Invalid);
        QCOMPARE(bad(withRule("id", QStringLiteral("announce"))), Invalid);
        QCOMPARE(bad(withRule("label", QString())), Invalid);
        QCOMPARE(bad(withRule("period", QJsonObject{{QStringLiteral("amount"), 0},
                                                    {QStringLiteral("unit"), QStringLiteral("days")}})),
                 Invalid);
        QCOMPARE(bad(withRule("period", QJsonObject{{QStringLiteral("amount"), 5},
                                                    {QStringLiteral("unit"), QStringLiteral("weeks")}})),
                 Invalid);
        QCOMPARE(bad({{QStringLiteral("deadline_rules"), QJsonArray{rule, rule}}}), Invalid); // duplicate id
    }

    void caseFactsJson()
    {
        const QJsonObject full{{QStringLiteral("subject"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                            {QStringLiteral("gender"), QStringLiteral("男")},
                                            {QStringLiteral("birth_date"), QStringLiteral("1970-02-28")},
                                            {QStringLiteral("party_join_date"), QStringLiteral("1995-07-01")},
                                            {QStringLiteral("appointed_by_party_group"), true},
                                            {QStringLiteral("filed_with"), QStringLiteral("central")}}},
                               {QStringLiteral("filing_body"), QStringLiteral("stationed_body")},
                               {QStringLiteral("major_complex"), true}};
        auto f = CaseFacts::fromJson(full);
        QVERIFY2(f.ok(), qPrintable(f.error().message));
        QCOMPARE(f->subject.birthDate, QDate(1970, 2, 28));
        QCOMPARE(f->subject.filedWith, QStringLiteral("central"));
        const QJsonObject out = f->toJson();
        QCOMPARE(
            out.value(QStringLiteral("subject")).toObject().value(QStringLiteral("birth_date")).toString(),
            QStringLiteral("1970-02-28"));
        auto again = CaseFacts::fromJson(out);
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), out);

        auto error = [&](const char* key, const QJsonValue& value, bool inSubject = true) {
            QJsonObject json = full;
            if (inSubject) {
                QJsonObject s = json.value(QStringLiteral("subject")).toObject();
                if (value.isUndefined())
                    s.remove(QLatin1String(key));
                else
                    s.insert(QLatin1String(key), value);
                json.insert(QStringLiteral("subject"), s);
            } else {
                json.insert(QLatin1String(key), value);
            }
            return CaseFacts::fromJson(json).error();
        };
        for (const auto& [key, value, inSubject] :
             {std::tuple{"birth_date", QJsonValue(QStringLiteral("1970-02-30")), true},
              std::tuple{"birth_date", QJsonValue(QStringLiteral("1970-2-3")), true},
              std::tuple{"filed_with", QJsonValue(QStringLiteral("provincial")), true},
              std::tuple{"leadership_member", QJsonValue(QStringLiteral("yes")), true},
              std::tuple{"nickname", QJsonValue(QStringLiteral("x")), true},
              std::tuple{"name", QJsonValue(QString()), true},
              std::tuple{"name", QJsonValue(QJsonValue::Undefined), true},
              std::tuple{"filing_body", QJsonValue(QStringLiteral("party_group")), false},
              std::tuple{"major_complex", QJsonValue(1), false}, std::tuple{"extra", QJsonValue(1), false}}) {
            const Error e = error(key, value, inSubject);
            QCOMPARE(e.code, Invalid);
            QVERIFY2(e.message.contains(QLatin1String(key)), qPrintable(e.message));
        }
        const Error twelve = error("filing_body", QStringLiteral("local_commission"), false);
        QCOMPARE(twelve.code, Invalid);
        QCOMPARE(twelve.article, QStringLiteral("第十二条"));
        QCOMPARE(CaseFacts::fromJson({}).error().code, Invalid);
    }

    void stateJsonShape()
    {
        ProcedureCase c = decidedCase(QStringLiteral("2025-03-03"));
        const QJsonObject json = caseStateToJson(c.state(QStringLiteral("2025-03-10")));
        for (const char* key :
             {"id", "subject", "filing_body", "track", "stage", "closed", "events", "next", "decision",
              "deadlines", "stage_name", "sanction_periods", "major_complex", "effective_events"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("张三"));
        const QJsonObject first = json.value(QStringLiteral("events")).toArray().at(0).toObject();
        for (const char* key : {"seq", "step", "date", "data", "recorded_by", "recorded_at"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-02"));
        const QJsonObject decision = json.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("decided_by")).toString(), QStringLiteral("party_group"));
        QCOMPARE(decision.value(QStringLiteral("effective_on")).toString(), QStringLiteral("2025-03-03"));
        const QJsonObject d = json.value(QStringLiteral("deadlines")).toArray().at(0).toObject();
        for (const char* key : {"kind", "from", "due", "nominal_due", "status", "article", "explain"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QJsonArray next = json.value(QStringLiteral("next")).toArray();
        QVERIFY(!next.isEmpty());
        for (const QJsonValue& n : next) {
            const QJsonObject o = n.toObject();
            QVERIFY(o.contains(QStringLiteral("allowed")) && o.contains(QStringLiteral("required")) &&
                    o.contains(QStringLiteral("article")));
            QCOMPARE(o.contains(QStringLiteral("reason")), !o.value(QStringLiteral("allowed")).toBool());
        }
        ProcedureCase fresh(facts(appointedSubject()));
        QVERIFY(caseStateToJson(fresh.state()).value(QStringLiteral("decision")).isNull());
    }

    void tablesAreConsistent()
    {
        QCOMPARE(stepTable().size(), StepKindCount);
        for (const StepDefinition& def : stepTable()) {
            QCOMPARE(findStep(def.id), &def);
            QVERIFY(!def.name().isEmpty());
            QVERIFY(def.tracks != 0);
            for (const StepField& f : def.fields)
                QVERIFY(!f.label().isEmpty());
        }
        QVERIFY(!findStep(QStringLiteral("nope")));
        QCOMPARE(sanctionTable().size(), 6);
        QCOMPARE(findSanction(QStringLiteral("expulsion"))->article, QStringLiteral("第十三条"));
        for (const QString& stage : allStageIds())
            QVERIFY(stageDisplayName(stage) != stage);
    }

    // Sanctions are an enum in the engine (issue 8); ids only where data and JSON hold them. The
    // table is in order of severity, and a deciding event whose data names an unknown sanction (a
    // damaged record) yields a decision with no sanction, never another one or "none".
    void sanctionsAreTyped()
    {
        QCOMPARE(sanctionTable().size(), SanctionCount);
        int previous = 0;
        for (int i = 0; i < SanctionCount; ++i) {
            const Sanction kind = Sanction(i);
            QCOMPARE(sanctionDefinition(kind).kind, kind);
            QCOMPARE(sanctionFromId(sanctionId(kind)), std::optional<Sanction>(kind));
            if (kind != Sanction::None) {
                QCOMPARE(sanctionSeverity(kind), previous + 1);
                previous = sanctionSeverity(kind);
            }
        }
        QCOMPARE(sanctionSeverity(Sanction::None), 0);
        QCOMPARE(sanctionSeverity(std::nullopt), 0);
        QCOMPARE(sanctionSeverity(Sanction::RemovalFromPost), RemovalFromPostSeverity);
        QVERIFY(!sanctionFromId(QStringLiteral("Warning")).has_value()); // ids are exact
        QVERIFY(sanctionDisplayName(std::nullopt).isEmpty());
        QCOMPARE(sanctionDisplayName(QStringLiteral("made_up")), QStringLiteral("made_up"));

        ProcedureCase c = decidedCase(QStringLiteral("2025-03-03"));
        QCOMPARE(c.state().decision->sanction, std::optional<Sanction>(Sanction::Warning));
        QCOMPARE(sanctionPeriodKindId(c.state().sanctionPeriods.at(0).kind), QStringLiteral("no_promotion"));
        Event& deciding = c.record.events.last();
        QCOMPARE(deciding.step, QStringLiteral("party_group_decided"));
        deciding.data.insert(QStringLiteral("sanction"), QStringLiteral("made_up"));
        const CaseState damaged = c.state();
        QVERIFY(damaged.decision);
        QVERIFY(!damaged.decision->sanction.has_value());
        QVERIFY(damaged.sanctionPeriods.isEmpty());
        QCOMPARE(
            caseStateToJson(damaged).value(QStringLiteral("decision"))[QStringLiteral("sanction")].toString(),
            QString());
    }

    // The engine says what and the reader's language says how (issue 8): a state derived while
    // Chinese was in force, and the summary stored from it, read in English after a switch.
    void stateIsShownInTheReadersLanguage()
    {
        const CaseState s = decidedCase(QStringLiteral("2025-03-03")).state(QStringLiteral("2025-03-04"));
        const CaseDeadline& announce = s.deadlines.first();
        QCOMPARE(announce.id(), QStringLiteral("announce"));
        QCOMPARE(announce.label.toString(), QStringLiteral("宣布党纪处分决定"));
        QCOMPARE(s.sanctionPeriods.first().label.toString(), QStringLiteral("一年内不得提拔"));
        const CaseState fresh = ProcedureCase(facts(appointedSubject())).state(QStringLiteral("2025-01-01"));
        const NextStep& refused = fresh.next.at(1);
        QVERIFY(!refused.allowed);
        QVERIFY2(refused.reason.toString().startsWith(QStringLiteral("须先记录“立案审查调查”")),
                 qPrintable(refused.reason.toString()));
        const CaseDigest digest = digestCase(s);

        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const QString label = announce.label.toString();
        const QString explain = announce.explain.toString();
        const QString reason = refused.reason.toString();
        const QString stored = digest.deadlines.first().labelText();
        installTranslations(QStringLiteral("zh_CN"));

        QCOMPARE(label, QStringLiteral("Announce the Party disciplinary sanction decision"));
        QVERIFY2(explain.contains(QStringLiteral("counted from 2025-03-03")), qPrintable(explain));
        // The step names inside the reason are translated with it.
        QVERIFY2(reason.contains(QStringLiteral("must be recorded before")) &&
                     !reason.contains(QStringLiteral("立案审查调查")),
                 qPrintable(reason));
        QCOMPARE(stored, label);
        QCOMPARE(announce.label.toString(), QStringLiteral("宣布党纪处分决定"));
    }
};

QTEST_GUILESS_MAIN(TestProcedureRules)
#include "test_procedure_rules.moc"
