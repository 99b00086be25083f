// Each track walked from filing to closure, with the refusals of 第四条 to 第十二条 on the way.
#include "ProcedureTestCase.h"

using namespace casetrack;
using namespace casetrack::test;

namespace {

const QJsonObject appointed{{QStringLiteral("appointed_by_party_group"), true}};
const ErrorCode Refused = ErrorCode::Refused;

QJsonObject merged(QJsonObject a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

class TestProcedureTracks : public QObject
{
    Q_OBJECT

private slots:
    void trackSelection()
    {
        auto trackOf = [](const QJsonObject& subject, const QJsonObject& top = {}) {
            ProcedureCase c(facts(subject, top));
            return trackId(c.state().track);
        };
        // Revision 2, change 1: the grassroots route is chosen (第四条第二款 "也可以"), never forced.
        QCOMPARE(trackOf({}), QStringLiteral("standard"));
        QCOMPARE(trackOf({}, grassrootsRoute), QStringLiteral("grassroots"));
        QCOMPARE(trackOf(appointed), QStringLiteral("standard"));
        QCOMPARE(trackOf(merged(appointed, {{QStringLiteral("leadership_member"), true}})),
                 QStringLiteral("transfer"));
        QCOMPARE(trackOf(merged(appointed, {{QStringLiteral("key_supervision_target"), true}})),
                 QStringLiteral("transfer"));
        // Revision 2, change 2: 第六条 reaches leadership members on the grassroots route too.
        QCOMPARE(trackOf({{QStringLiteral("key_supervision_target"), true}}, grassrootsRoute),
                 QStringLiteral("grassroots_transfer"));
        QCOMPARE(trackOf(merged(appointed, {{QStringLiteral("org_relation_local"), true},
                                            {QStringLiteral("local_committee_member"), true}})),
                 QStringLiteral("local"));
        QCOMPARE(trackOf({{QStringLiteral("org_relation_local"), true}},
                         {{QStringLiteral("filing_body"), QStringLiteral("local_commission")}}),
                 QStringLiteral("local"));
        // An organ-commission filing of a local-relation subject stays with the Party group.
        QCOMPARE(trackOf(merged(appointed, {{QStringLiteral("org_relation_local"), true}}),
                         {{QStringLiteral("filing_body"), QStringLiteral("organ_commission")}}),
                 QStringLiteral("standard"));
        // Stationed filing with org_relation_local stays with the Party group (第十二条第一款).
        QCOMPARE(trackOf(merged(appointed, {{QStringLiteral("org_relation_local"), true}})),
                 QStringLiteral("standard"));
    }

    // 第五条, 第八条, 第九条, 第十条, 第十一条: the standard track.
    void standardTrack()
    {
        ProcedureCase c(facts(appointed));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("new"));
        EXPECT_REFUSED(c.check(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")), Refused,
                       "第五条");
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"),
                        {{QStringLiteral("number"), QStringLiteral("立2025-1")}}, Role::CaseOfficer));
        EXPECT_REFUSED(c.check(QStringLiteral("case_filed"), QStringLiteral("2025-01-05")), Refused,
                       "第五条");
        QCOMPARE(stageId(c.state().stage), QStringLiteral("investigation"));
        const std::optional<NextStep> pn = c.next(c.state(), QStringLiteral("principal_notified"));
        QVERIFY(pn && pn->allowed && pn->required);
        QCOMPARE(pn->article, QStringLiteral("第五条"));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_REFUSED(
            c.check(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")),
            Refused, "第六条");
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("proposal"));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("suggestion"));
        // 第八条: the decision follows the suggestion to the Party group.
        const std::optional<NextStep> decided = c.next(c.state(), QStringLiteral("party_group_decided"));
        QVERIFY(decided && !decided->allowed && decided->required);
        QCOMPARE(decided->article, QStringLiteral("第八条"));
        QVERIFY(!decided->reason.isEmpty());
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("warning", 7, 5, 5)),
                       Refused, "第八条");
        // Not on this track: transfer (第六条) and grassroots (第四条第二款) steps.
        EXPECT_REFUSED(c.check(QStringLiteral("transferred_for_review"), QStringLiteral("2025-02-21")),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25")));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("decision_pending"));
        // 第十条, 第十一条 need the decision.
        EXPECT_REFUSED(c.check(QStringLiteral("decision_announced"), QStringLiteral("2025-03-01")), Refused,
                       "第十条");
        EXPECT_REFUSED(c.check(QStringLiteral("record_filed"), QStringLiteral("2025-03-01")), Refused,
                       "第十一条");
        EXPECT_REFUSED(c.check(QStringLiteral("stationed_body_notified"), QStringLiteral("2025-03-01")),
                       Refused, "第十条");
        QVERIFY(!c.state().decision.has_value());
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                        meeting("warning", 7, 5, 4), Role::PartyGroupOffice));
        CaseState s = c.state(QStringLiteral("2025-03-04"));
        QCOMPARE(stageId(s.stage), QStringLiteral("decided"));
        QVERIFY(s.decision.has_value());
        QCOMPARE(sanctionId(s.decision->sanction), QStringLiteral("warning"));
        QCOMPARE(decidingBodyId(s.decision->decidedBy), QStringLiteral("party_group"));
        QCOMPARE(s.decision->effectiveOn, QDate(2025, 3, 3)); // 第九条第二款
        QCOMPARE(s.deadlines.size(), 3);                      // announce, record_filing, execution_report
        QCOMPARE(s.deadlines[0].id(), QStringLiteral("announce"));
        QCOMPARE(s.deadlines[0].due, QDate(2025, 4, 3));
        QCOMPARE(s.deadlines[0].article, QStringLiteral("第十条"));
        QCOMPARE(s.deadlines[1].id(), QStringLiteral("record_filing"));
        QCOMPARE(s.deadlines[1].nominalDue, QDate(2025, 6, 1));
        QCOMPARE(s.deadlines[1].due, QDate(2025, 6, 3)); // Sunday, then 端午节 2025-06-02
        QCOMPARE(s.sanctionPeriods.size(), 1);
        QCOMPARE(s.sanctionPeriods[0].until, QDate(2026, 3, 3));
        // Proposal steps are over once decided.
        EXPECT_REFUSED(
            c.check(QStringLiteral("proposal_made"), QStringLiteral("2025-03-04"), sanction("warning")),
            Refused, "第九条");
        EXPECT_OK(c.add(QStringLiteral("stationed_body_notified"), QStringLiteral("2025-03-05")));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-10")));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("announced"));
        EXPECT_REFUSED(c.check(QStringLiteral("filing_reviewed"), QStringLiteral("2025-04-02"),
                               {{QStringLiteral("result"), QStringLiteral("accepted")}}),
                       Refused, "第十一条");
        EXPECT_OK(c.add(QStringLiteral("record_filed"), QStringLiteral("2025-04-01"),
                        {{QStringLiteral("materials"), QJsonArray{QStringLiteral("处分决定")}}},
                        Role::GrassrootsCommission));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("filing"));
        EXPECT_REFUSED(c.check(QStringLiteral("filing_problems_resolved"), QStringLiteral("2025-04-02")),
                       Refused, "第十一条");
        EXPECT_OK(c.add(QStringLiteral("filing_reviewed"), QStringLiteral("2025-04-05"),
                        {{QStringLiteral("result"), QStringLiteral("problems")},
                         {QStringLiteral("problems"), QStringLiteral("缺少会议纪要")}},
                        Role::Reviewer));
        QVERIFY(!c.state().closed);
        QVERIFY(c.next(c.state(), QStringLiteral("filing_problems_resolved"))->required);
        EXPECT_OK(c.add(QStringLiteral("filing_problems_resolved"), QStringLiteral("2025-04-08")));
        QVERIFY(!c.state().closed);
        EXPECT_OK(c.add(QStringLiteral("filing_reviewed"), QStringLiteral("2025-04-10"),
                        {{QStringLiteral("result"), QStringLiteral("accepted")}}));
        QVERIFY(!c.state(QStringLiteral("2025-04-11")).closed); // the execution steps remain
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-04-10")));
        s = c.state(QStringLiteral("2025-04-11"));
        QVERIFY(s.closed);
        QCOMPARE(stageId(s.stage), QStringLiteral("closed"));
        QCOMPARE(s.deadlines[0].status, DeadlineStatus::Met);
        QCOMPARE(s.deadlines[1].status, DeadlineStatus::Met);
        for (const NextStep& n : s.next)
            QVERIFY2(n.step == StepKind::RectificationRecorded || n.step == StepKind::QualityEvaluated ||
                         n.step == StepKind::AppealFiled,
                     qPrintable(stepDefinition(n.step).id));
        // A closed case takes only corrections, quality evaluations and rectification measures.
        EXPECT_REFUSED(c.check(QStringLiteral("org_department_notified"), QStringLiteral("2025-04-12")),
                       Refused, "第十一条第三款");
        EXPECT_OK(c.add(QStringLiteral("quality_evaluated"), QStringLiteral("2025-05-01"),
                        {{QStringLiteral("result"), QStringLiteral("合格")}}, Role::Reviewer));
        EXPECT_OK(c.add(QStringLiteral("rectification_recorded"), QStringLiteral("2025-05-02"),
                        {{QStringLiteral("measures"), QStringLiteral("警示教育")}}));
        QVERIFY(c.state().closed);
    }

    // 第六条, 第七条, 第八条第二款: transfer for review, principal leader consensus.
    void transferTrackPrincipalLeader()
    {
        ProcedureCase c(facts(merged(appointed, {{QStringLiteral("leadership_member"), true},
                                                 {QStringLiteral("principal_leader"), true}})));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"),
                        sanction("serious_warning")));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("review"));
        EXPECT_REFUSED(c.check(QStringLiteral("transferred_for_review"), QStringLiteral("2025-02-22")),
                       Refused, "第六条");
        EXPECT_REFUSED(c.check(QStringLiteral("review_feedback"), QStringLiteral("2025-02-22"),
                               sanction("serious_warning")),
                       Refused, "第七条");
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-02-21")));
        EXPECT_OK(c.add(QStringLiteral("transferred_for_review"), QStringLiteral("2025-02-22")));
        EXPECT_REFUSED(c.check(QStringLiteral("consensus_reached"), QStringLiteral("2025-03-01")), Refused,
                       "第八条第二款");
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-03-01")),
            Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("review_feedback"), QStringLiteral("2025-03-10"),
                        sanction("serious_warning"), Role::Reviewer));
        QCOMPARE(stageId(c.state().stage), QStringLiteral("suggestion"));
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-03-12")),
            Refused, "第八条第二款");
        EXPECT_OK(c.add(QStringLiteral("consensus_reached"), QStringLiteral("2025-03-15")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-03-16")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-20"),
                        meeting("serious_warning", 9, 6, 5)));
        EXPECT_OK(c.add(QStringLiteral("stationed_body_notified"), QStringLiteral("2025-03-21")));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-25")));
        EXPECT_OK(c.add(QStringLiteral("record_filed"), QStringLiteral("2025-04-01")));
        EXPECT_OK(c.add(QStringLiteral("filing_reviewed"), QStringLiteral("2025-04-10"),
                        {{QStringLiteral("result"), QStringLiteral("accepted")}}));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        const CaseState s = c.state();
        QVERIFY(s.closed);
        QCOMPARE(s.sanctionPeriods[0].until, QDate(2026, 9, 20)); // 18 months
    }

    // 第六条第二款: a sensitive case not transferred.
    void transferExemption()
    {
        ProcedureCase c(facts(merged(appointed, {{QStringLiteral("key_supervision_target"), true}})));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_REFUSED(c.check(QStringLiteral("transfer_exemption_approved"), QStringLiteral("2025-02-21")),
                       Refused, "第六条第二款");
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-02-21")));
        EXPECT_OK(c.add(QStringLiteral("transfer_exemption_approved"), QStringLiteral("2025-02-22")));
        EXPECT_REFUSED(c.check(QStringLiteral("transferred_for_review"), QStringLiteral("2025-02-23")),
                       Refused, "第六条第二款");
        QVERIFY(!c.next(c.state(), QStringLiteral("transferred_for_review")));
        QVERIFY(!c.next(c.state(), QStringLiteral("review_feedback")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                        meeting("warning", 5, 4, 3)));
        QCOMPARE(sanctionId(c.state().decision->sanction), QStringLiteral("warning"));
    }

    // 第四条第二款: grassroots approval; expulsion needs the Party group meeting.
    void grassrootsExpulsion()
    {
        ProcedureCase c(facts({}, grassrootsRoute));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-04-01"),
                               meeting("expulsion", 5, 4, 3)),
                       Refused, "第四条第二款");
        EXPECT_OK(
            c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("expulsion")));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                               meeting("expulsion", 7, 5, 5)),
                       Refused, "第四条第二款");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-04-10"),
                               meeting(nullptr, 7, 5, 5)),
                       Refused, "第四条第二款");
        // Revision 2, change 9: the 基层纪委 alone approves only 警告/严重警告.
        EXPECT_OK(c.add(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-04-01"),
                        meeting("expulsion", 5, 4, 3), Role::GrassrootsCommission));
        CaseState s = c.state();
        QVERIFY(!s.decision.has_value());
        EXPECT_REFUSED(c.check(QStringLiteral("decision_announced"), QStringLiteral("2025-04-05")), Refused,
                       "第四条第二款");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-04-10"),
                               meeting(nullptr, 7, 5, 4)),
                       Refused, "第四条第二款");
        // Grassroots quorum (settings, two thirds by default).
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-04-02"),
                               meeting("expulsion", 9, 5, 5)),
                       Refused, "第四条第二款");
        EXPECT_OK(c.add(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-04-02"),
                        meeting("expulsion", 9, 6, 5), Role::GrassrootsCommission));
        s = c.state();
        QVERIFY(!s.decision.has_value()); // not in effect yet
        QCOMPARE(stageId(s.stage), QStringLiteral("decision_pending"));
        QVERIFY(s.deadlines.isEmpty());
        QVERIFY(c.next(s, QStringLiteral("party_group_approved_expulsion"))->required);
        EXPECT_REFUSED(c.check(QStringLiteral("decision_announced"), QStringLiteral("2025-04-05")), Refused,
                       "第四条第二款");
        // 第九条 applies to the Party group's approval too.
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-04-10"),
                               meeting(nullptr, 7, 4, 4)),
                       Refused, "第九条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-03-30"),
                               meeting(nullptr, 7, 5, 4)),
                       Refused, "第四条第二款"); // dated before the approval it depends on
        EXPECT_OK(c.add(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-04-10"),
                        meeting(nullptr, 7, 5, 4), Role::PartyGroupOffice));
        s = c.state(QStringLiteral("2025-04-11"));
        QVERIFY(s.decision.has_value());
        QCOMPARE(decidingBodyId(s.decision->decidedBy), QStringLiteral("grassroots_committee"));
        QCOMPARE(s.decision->decidedOn, QDate(2025, 4, 2));
        QCOMPARE(s.decision->effectiveOn, QDate(2025, 4, 10));
        // Revision 2, change 8: record-filed within 90 days of the Party group's approval.
        QCOMPARE(s.deadlines[0].id(), QStringLiteral("announce"));
        QCOMPARE(s.deadlines[0].from, QDate(2025, 4, 10));
        QCOMPARE(s.deadlines[1].id(), QStringLiteral("record_filing"));
        QCOMPARE(s.deadlines[1].from, QDate(2025, 4, 10));
        QCOMPARE(s.deadlines[1].due, QDate(2025, 7, 9)); // 90 days, a Wednesday
        QCOMPARE(sanctionPeriodKindId(s.sanctionPeriods[0].kind), QStringLiteral("readmission_bar"));
        QCOMPARE(s.sanctionPeriods[0].until, QDate(2030, 4, 10));
        QVERIFY(c.next(s, QStringLiteral("record_filed"))->required);
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-04-15"), {},
                        Role::GrassrootsCommission));
        EXPECT_OK(c.add(QStringLiteral("record_filed"), QStringLiteral("2025-04-16"), {},
                        Role::GrassrootsCommission));
        EXPECT_OK(c.add(QStringLiteral("filing_reviewed"), QStringLiteral("2025-04-20"),
                        {{QStringLiteral("result"), QStringLiteral("accepted")}}, Role::Reviewer));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    void grassrootsCommitteeWarning()
    {
        ProcedureCase c(facts({}, grassrootsRoute));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        const std::optional<NextStep> a = c.next(c.state(), QStringLiteral("grassroots_commission_approved"));
        QVERIFY(a && a->required && a->alternativeTo == StepKind::GrassrootsCommitteeApproved);
        EXPECT_OK(c.add(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-03-01"),
                        meeting("warning", 5, 4, 3)));
        QCOMPARE(c.state().decision->effectiveOn, QDate(2025, 3, 1));
        QCOMPARE(decidingBodyId(c.state().decision->decidedBy), QStringLiteral("grassroots_committee"));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_approved_expulsion"), QStringLiteral("2025-03-02"),
                               meeting(nullptr, 7, 5, 4)),
                       Refused, "第四条第二款");
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-05")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    // 第十二条第一款: local commission filed, organisation relation local.
    void localTrackLocalFiling()
    {
        ProcedureCase c(facts({{QStringLiteral("org_relation_local"), true}},
                              {{QStringLiteral("filing_body"), QStringLiteral("local_commission")}}));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_REFUSED(c.check(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")), Refused,
                       "第五条");
        QVERIFY(!c.next(c.state(), QStringLiteral("principal_notified")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_REFUSED(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-03-01"),
                               meeting("warning", 5, 4, 3)),
                       Refused, "第十二条");
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"),
                        sanction("removal_from_post")));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-01"),
                               meeting("removal_from_post", 7, 5, 4)),
                       Refused, "第十二条");
        EXPECT_REFUSED(
            c.check(QStringLiteral("competent_party_group_notified"), QStringLiteral("2025-03-01")), Refused,
            "第十二条");
        EXPECT_OK(c.add(QStringLiteral("local_commission_decided"), QStringLiteral("2025-03-01"),
                        meeting("removal_from_post", 5, 4, 3)));
        QCOMPARE(decidingBodyId(c.state().decision->decidedBy), QStringLiteral("local_commission"));
        // announce, personnel_changes, execution_report: no 90-day record filing on `local`.
        QCOMPARE(c.state().deadlines.size(), 3);
        EXPECT_OK(c.add(QStringLiteral("competent_party_group_notified"), QStringLiteral("2025-03-05")));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-10")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    // 第十二条第二款: a local committee member filed by the local commission: consult first.
    void localTrackCommitteeMember()
    {
        ProcedureCase c(facts(
            {{QStringLiteral("local_committee_member"), true}, {QStringLiteral("org_relation_local"), true}},
            {{QStringLiteral("filing_body"), QStringLiteral("local_commission")}}));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        EXPECT_REFUSED(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-03-01"),
                               meeting("warning", 5, 4, 3)),
                       Refused, "第十二条第二款");
        EXPECT_REFUSED(c.check(QStringLiteral("competent_party_group_consulted"),
                               QStringLiteral("2025-02-25"),
                               {{QStringLiteral("channel"), QStringLiteral("mail")}}),
                       ErrorCode::Invalid, "");
        EXPECT_OK(c.add(QStringLiteral("competent_party_group_consulted"), QStringLiteral("2025-02-25"),
                        {{QStringLiteral("channel"), QStringLiteral("organ_commission")}},
                        Role::GrassrootsCommission));
        EXPECT_REFUSED(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-02-24"),
                               meeting("warning", 5, 4, 3)),
                       Refused, "第十二条"); // before the consultation it depends on
        EXPECT_OK(c.add(QStringLiteral("local_commission_decided"), QStringLiteral("2025-03-01"),
                        meeting("warning", 5, 4, 3)));
        EXPECT_OK(c.add(QStringLiteral("competent_party_group_notified"), QStringLiteral("2025-03-05")));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-10")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    // 第十二条第二款, stationed filing of a committee member: local track, no consultation needed.
    void localTrackStationedCommitteeMember()
    {
        ProcedureCase c(facts(merged(appointed, {{QStringLiteral("local_committee_member"), true},
                                                 {QStringLiteral("org_relation_local"), true}})));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        QVERIFY(!c.next(c.state(), QStringLiteral("competent_party_group_consulted"))->required);
        EXPECT_OK(c.add(QStringLiteral("local_commission_decided"), QStringLiteral("2025-03-01"),
                        meeting("warning", 5, 4, 3)));
        EXPECT_OK(c.add(QStringLiteral("competent_party_group_notified"), QStringLiteral("2025-03-05")));
        EXPECT_OK(c.add(QStringLiteral("decision_announced"), QStringLiteral("2025-03-10")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    // 第十二条第一款, stationed filing: the Party group decides and notifies the local Party org.
    void stationedFilingOrgRelationLocal()
    {
        ProcedureCase c(
            facts(merged(appointed, {{QStringLiteral("org_relation_local"), true},
                                     {QStringLiteral("filed_with"), QStringLiteral("central")}})));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        EXPECT_REFUSED(c.check(QStringLiteral("local_party_org_notified"), QStringLiteral("2025-02-21")),
                       Refused, "第十二条");
        EXPECT_REFUSED(c.check(QStringLiteral("org_department_notified"), QStringLiteral("2025-02-21")),
                       Refused, "第十一条第三款");
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                        meeting("warning", 7, 5, 4)));
        for (const char* step : {"stationed_body_notified", "decision_announced", "record_filed"})
            EXPECT_OK(c.add(QLatin1String(step), QStringLiteral("2025-03-10")));
        EXPECT_OK(c.add(QStringLiteral("filing_reviewed"), QStringLiteral("2025-03-20"),
                        {{QStringLiteral("result"), QStringLiteral("accepted")}}));
        CaseState s = c.state();
        QVERIFY(!s.closed);
        QVERIFY(c.next(s, QStringLiteral("local_party_org_notified"))->required);
        QVERIFY(c.next(s, QStringLiteral("org_department_notified"))->required);
        EXPECT_OK(c.add(QStringLiteral("local_party_org_notified"), QStringLiteral("2025-03-21")));
        QVERIFY(!c.state().closed);
        EXPECT_OK(c.add(QStringLiteral("org_department_notified"), QStringLiteral("2025-03-22")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }

    // 第十一条第三款 does not reach a subject not filed with the centre or a local committee.
    void orgDepartmentNotFiledWith()
    {
        ProcedureCase c(facts(appointed));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                        meeting("warning", 7, 5, 4)));
        EXPECT_REFUSED(c.check(QStringLiteral("org_department_notified"), QStringLiteral("2025-03-04")),
                       Refused, "第十一条第三款");
        EXPECT_REFUSED(c.check(QStringLiteral("local_party_org_notified"), QStringLiteral("2025-03-04")),
                       Refused, "第十二条");
    }

    void closedWithoutSanction()
    {
        ProcedureCase c(facts(appointed));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02")));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_REFUSED(c.check(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-02-21")),
                       Refused, "第六条");
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("none")));
        // Revision 2, change 3: `none` may be the suggestion too; on `standard` the case may close at once.
        EXPECT_OK(
            c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-21")));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-02-21"),
                               meeting("none", 7, 5, 4)),
                       ErrorCode::Invalid, "");
        QVERIFY(c.next(c.state(), QStringLiteral("closed_without_sanction"))->required);
        EXPECT_OK(c.add(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-02-21")));
        const CaseState s = c.state();
        QVERIFY(s.closed);
        QVERIFY(!s.decision.has_value());
        QVERIFY(s.deadlines.isEmpty());
        EXPECT_OK(c.add(QStringLiteral("quality_evaluated"), QStringLiteral("2025-06-01"),
                        {{QStringLiteral("result"), QStringLiteral("合格")}}));
    }

    void transferReviewNoneCloses()
    {
        ProcedureCase c(facts(merged(appointed, {{QStringLiteral("leadership_member"), true}})));
        for (const char* step : {"case_filed", "principal_notified", "investigation_concluded"})
            EXPECT_OK(c.add(QLatin1String(step), QStringLiteral("2025-01-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-02-21")));
        EXPECT_OK(c.add(QStringLiteral("transferred_for_review"), QStringLiteral("2025-02-22")));
        EXPECT_OK(c.add(QStringLiteral("review_feedback"), QStringLiteral("2025-03-10"), sanction("none")));
        // Revision 2, change 3: on `transfer` the case closes only after the suggestion (here none).
        EXPECT_REFUSED(c.check(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-03-11")),
                       Refused, "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_informed_of_suggestion"),
                               QStringLiteral("2025-03-11"), sanction("warning")),
                       Refused, "第七条"); // the review binds the suggestion
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-03-11")));
        EXPECT_OK(c.add(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-03-12")));
        EXPECT_OK(c.addExecutionSteps(QStringLiteral("2025-06-30")));
        QVERIFY(c.state().closed);
    }
};

QTEST_GUILESS_MAIN(TestProcedureTracks)
#include "test_procedure_tracks.moc"
