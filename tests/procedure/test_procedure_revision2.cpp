// procedure.md revision 2, changes 1 to 9: one test per change, positive and negative.
#include "ProcedureTestCase.h"

using namespace casetrack;
using namespace casetrack::test;

namespace {

const ErrorCode Refused = ErrorCode::Refused;
const ErrorCode Invalid = ErrorCode::Invalid;

QJsonObject flag(const char* key, bool value = true)
{
    return {{QLatin1String(key), value}};
}

QJsonObject with(QJsonObject a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// Filed, notified, investigated, heard, proposed.
void upToProposal(ProcedureCase& c, const char* proposed)
{
    for (const char* step : {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
        c.accept(QLatin1String(step), QStringLiteral("2025-07-01"));
    c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-07-02"), sanction(proposed));
}

// A transfer-track case up to the review feedback.
ProcedureCase transferReviewed(const char* reviewed, bool principal = false)
{
    ProcedureCase c(facts(with(flag("appointed_by_party_group"), flag("leadership_member")),
                          principal ? QJsonObject{} : QJsonObject{}));
    if (principal)
        c = ProcedureCase(facts(with(flag("appointed_by_party_group"), flag("principal_leader"))));
    upToProposal(c, "warning");
    c.accept(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-07-03"));
    c.accept(QStringLiteral("transferred_for_review"), QStringLiteral("2025-07-04"));
    c.accept(QStringLiteral("review_feedback"), QStringLiteral("2025-07-20"), sanction(reviewed));
    return c;
}

} // namespace

class TestProcedureRevision2 : public QObject
{
    Q_OBJECT

private slots:
    // 1. 第四条第二款 "也可以": the route is a fact; the default is the Party group.
    void routeIsChosen()
    {
        auto parsed = CaseFacts::fromJson(facts({}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->decisionRoute, DecisionRoute::PartyGroup);
        QCOMPARE(trackId(ProcedureCase(facts({})).state().track), QStringLiteral("standard"));
        QCOMPARE(trackId(ProcedureCase(facts({}, grassrootsRoute)).state().track),
                 QStringLiteral("grassroots"));
        // A Party group that wants to decide is not refused.
        ProcedureCase c(facts({}));
        upToProposal(c, "warning");
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-03")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-10"),
                        meeting("warning", 7, 5, 4)));
        // The grassroots route is open only to subjects the Party group does not appoint.
        const Error e = CaseFacts::fromJson(facts(flag("appointed_by_party_group"), grassrootsRoute)).error();
        QCOMPARE(e.code, Invalid);
        QVERIFY(e.message.contains(QStringLiteral("decision_route")) &&
                e.message.contains(QStringLiteral("appointed_by_party_group")));
        QCOMPARE(CaseFacts::fromJson(facts({}, {{QStringLiteral("decision_route"), QStringLiteral("x")}}))
                     .error()
                     .code,
                 Invalid);
        // managed_by_party_group false: the regulation does not reach the case (第三条).
        const Error outside = CaseFacts::fromJson(facts(flag("managed_by_party_group", false))).error();
        QCOMPARE(outside.code, Invalid);
        QVERIFY(outside.message.contains(QStringLiteral("managed_by_party_group")));
        // The unit's own commission may open the case: no notice to the principal (第五条).
        ProcedureCase organ(facts({}, {{QStringLiteral("filing_body"), QStringLiteral("organ_commission")}}));
        organ.accept(QStringLiteral("case_filed"), QStringLiteral("2025-07-01"));
        EXPECT_REFUSED(organ.check(QStringLiteral("principal_notified"), QStringLiteral("2025-07-02")),
                       Refused, "第五条");
        QVERIFY(!organ.next(organ.state(), QStringLiteral("principal_notified")));
    }

    // Bodies: body id -> organization id, stored and returned; keys must be body ids.
    void bodiesMap()
    {
        const QJsonObject bodies{{QStringLiteral("party_group"), QStringLiteral("3")},
                                 {QStringLiteral("stationed_body"), QStringLiteral("5")}};
        ProcedureCase c(facts({}, {{QStringLiteral("bodies"), bodies}}));
        QCOMPARE(caseStateToJson(c.state()).value(QStringLiteral("bodies")).toObject(), bodies);
        QCOMPARE(CaseFacts::fromJson(c.record.facts.toJson(), FactsMode::Stored)->bodies,
                 c.record.facts.bodies);
        QCOMPARE(
            CaseFacts::fromJson(facts({}, {{QStringLiteral("bodies"),
                                            QJsonObject{{QStringLiteral("mayor"), QStringLiteral("1")}}}}))
                .error()
                .code,
            Invalid);
    }

    // 2. 第六条 reaches leadership members whoever decides: grassroots_transfer.
    void grassrootsTransfer()
    {
        ProcedureCase c(facts(flag("leadership_member"), grassrootsRoute));
        QCOMPARE(trackId(c.state().track), QStringLiteral("grassroots_transfer"));
        upToProposal(c, "warning");
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-07-05"),
                               meeting("warning", 5, 4, 3)),
                       Refused, "第六条");
        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-07-03")));
        EXPECT_OK(c.add(QStringLiteral("transferred_for_review"), QStringLiteral("2025-07-04")));
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-07-05"),
                               meeting("warning", 5, 4, 3)),
                       Refused, "第七条");
        EXPECT_OK(
            c.add(QStringLiteral("review_feedback"), QStringLiteral("2025-07-20"), sanction("warning")));
        // No suggestion to the Party group: the grassroots body decides.
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-21")),
            Refused, "第六条");
        EXPECT_OK(c.add(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-07-22"),
                        meeting("warning", 5, 4, 3)));
        QCOMPARE(decidingBodyId(c.state().decision->decidedBy), QStringLiteral("grassroots_commission"));
        // A review of `none` closes it without a suggestion.
        ProcedureCase none(facts(flag("key_supervision_target"), grassrootsRoute));
        upToProposal(none, "warning");
        EXPECT_REFUSED(none.check(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-07-05")),
                       Refused, "第七条");
        none.accept(QStringLiteral("party_group_informed_of_proposal"), QStringLiteral("2025-07-03"));
        none.accept(QStringLiteral("transferred_for_review"), QStringLiteral("2025-07-04"));
        EXPECT_OK(
            none.add(QStringLiteral("review_feedback"), QStringLiteral("2025-07-20"), sanction("none")));
        EXPECT_OK(none.add(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-07-21")));
        QVERIFY(none.state().closed);
        QVERIFY(!none.state().decision.has_value());
    }

    // 3. `none` as the Party group's view and the dispatching organ's ruling; the case closes on it.
    void noneByRuling()
    {
        ProcedureCase c(facts(flag("appointed_by_party_group")));
        upToProposal(c, "warning");
        c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-03"));
        EXPECT_OK(
            c.add(QStringLiteral("party_group_disagreed"), QStringLiteral("2025-07-04"), sanction("none")));
        EXPECT_OK(c.add(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-07-05")));
        EXPECT_REFUSED(c.check(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-07-06")),
                       Refused, "第六条");
        EXPECT_OK(
            c.add(QStringLiteral("dispatching_organ_ruled"), QStringLiteral("2025-07-20"), sanction("none")));
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-21"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-21"),
                               meeting("none", 7, 5, 4)),
                       Invalid, "");
        EXPECT_OK(c.add(QStringLiteral("closed_without_sanction"), QStringLiteral("2025-07-21")));
        const CaseState s = c.state();
        QVERIFY(s.closed);
        QCOMPARE(caseStateToJson(s).value(QStringLiteral("decision")).type(), QJsonValue::Null);
    }

    // 5. A pending escalation blocks the decision; it can be withdrawn with a reason.
    void escalationPendingAndWithdrawn()
    {
        ProcedureCase c(facts(flag("appointed_by_party_group")));
        upToProposal(c, "warning");
        c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-03"));
        c.accept(QStringLiteral("party_group_disagreed"), QStringLiteral("2025-07-04"),
                 sanction("serious_warning"));
        EXPECT_REFUSED(c.check(QStringLiteral("escalation_withdrawn"), QStringLiteral("2025-07-05"),
                               {{QStringLiteral("reason"), QStringLiteral("x")}}),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("escalated_to_dispatching_organ"), QStringLiteral("2025-07-05")));
        // Even a decision that follows the suggestion waits for the ruling.
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-06"),
                               meeting("warning", 7, 5, 4)),
                       Refused, "第八条");
        EXPECT_REFUSED(c.check(QStringLiteral("escalation_withdrawn"), QStringLiteral("2025-07-06")), Invalid,
                       "");
        EXPECT_OK(c.add(QStringLiteral("escalation_withdrawn"), QStringLiteral("2025-07-06"),
                        {{QStringLiteral("reason"), QStringLiteral("党组同意原建议")}}));
        EXPECT_REFUSED(c.check(QStringLiteral("dispatching_organ_ruled"), QStringLiteral("2025-07-07"),
                               sanction("warning")),
                       Refused, "第八条");
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-07"),
                        meeting("warning", 7, 5, 4)));
    }

    // 6. On a transfer track the suggestion equals the latest review (or the consensus).
    void reviewBindsSuggestion()
    {
        ProcedureCase c = transferReviewed("serious_warning");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_informed_of_suggestion"),
                               QStringLiteral("2025-07-21"), sanction("warning")),
                       Refused, "第七条");
        EXPECT_OK(c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-21"),
                          sanction("serious_warning")));
        // A new review changes what the suggestion must say.
        EXPECT_OK(
            c.add(QStringLiteral("review_feedback"), QStringLiteral("2025-07-22"), sanction("warning")));
        EXPECT_OK(c.check(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-23"),
                          sanction("warning")));
        // A consensus with a sanction binds it (第八条第二款).
        ProcedureCase p = transferReviewed("serious_warning", true);
        EXPECT_OK(
            p.add(QStringLiteral("consensus_reached"), QStringLiteral("2025-07-25"), sanction("warning")));
        EXPECT_REFUSED(p.check(QStringLiteral("party_group_informed_of_suggestion"),
                               QStringLiteral("2025-07-26"), sanction("serious_warning")),
                       Refused, "第八条");
        EXPECT_OK(p.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-07-26")));
        EXPECT_OK(p.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-07-28"),
                        meeting("warning", 9, 6, 5)));
    }

    // 7. principal_leader implies leadership_member (a warning); contradictory 第十二条 facts.
    void impliedAndInvalidFacts()
    {
        ProcedureCase c(facts(with(flag("appointed_by_party_group"), flag("principal_leader"))));
        QVERIFY(c.record.facts.subject.leadershipMember);
        const CaseState s = c.state();
        QCOMPARE(trackId(s.track), QStringLiteral("transfer"));
        bool warned = false;
        for (const CaseWarning& w : s.warnings)
            warned = warned || (w.kind == WarningKind::ImpliedFact &&
                                w.text.toString().contains(QStringLiteral("leadership_member")));
        QVERIFY(warned);
        QVERIFY(ProcedureCase(facts(flag("appointed_by_party_group"))).state().warnings.isEmpty());
        const Error member = CaseFacts::fromJson(facts(flag("local_committee_member"))).error();
        QCOMPARE(member.code, Invalid);
        QVERIFY(member.message.contains(QStringLiteral("local_committee_member")) &&
                member.message.contains(QStringLiteral("org_relation_local")));
        const Error filing =
            CaseFacts::fromJson(
                facts({}, {{QStringLiteral("filing_body"), QStringLiteral("local_commission")}}))
                .error();
        QCOMPARE(filing.code, Invalid);
        QVERIFY(filing.message.contains(QStringLiteral("filing_body")));
        QVERIFY(CaseFacts::fromJson(facts(with(flag("local_committee_member"), flag("org_relation_local"))))
                    .ok());
    }

    // 8. The Party-group meeting may reject a grassroots expulsion; a new approval may follow.
    void expulsionRejected()
    {
        ProcedureCase c(facts({}, grassrootsRoute));
        upToProposal(c, "expulsion");
        EXPECT_REFUSED(c.check(QStringLiteral("party_group_rejected_expulsion"), QStringLiteral("2025-07-05"),
                               {{QStringLiteral("members_total"), 7},
                                {QStringLiteral("members_present"), 5},
                                {QStringLiteral("reason"), QStringLiteral("x")}}),
                       Refused, "第四条第二款");
        EXPECT_OK(c.add(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-05"),
                        meeting("expulsion", 9, 6, 5)));
        const QJsonObject rejection{{QStringLiteral("members_total"), 7},
                                    {QStringLiteral("members_present"), 5},
                                    {QStringLiteral("reason"), QStringLiteral("情节尚不足以开除党籍")}};
        QJsonObject thin = rejection;
        thin.insert(QStringLiteral("members_present"), 4);
        EXPECT_REFUSED(
            c.check(QStringLiteral("party_group_rejected_expulsion"), QStringLiteral("2025-07-10"), thin),
            Refused, "第九条");
        EXPECT_OK(
            c.add(QStringLiteral("party_group_rejected_expulsion"), QStringLiteral("2025-07-10"), rejection));
        CaseState s = c.state();
        QVERIFY(!s.decision.has_value());
        QVERIFY(c.next(s, QStringLiteral("grassroots_committee_approved"))->required);
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-09"),
                               meeting("probation", 9, 6, 5)),
                       Invalid, ""); // probation without years
        QJsonObject probation = meeting("probation", 9, 6, 5);
        probation.insert(QStringLiteral("probation_years"), 2);
        EXPECT_REFUSED(
            c.check(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-09"), probation),
            Refused, "第四条第二款"); // dated before the rejection
        EXPECT_OK(
            c.add(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-15"), probation));
        s = c.state();
        QCOMPARE(sanctionId(s.decision->sanction), QStringLiteral("probation"));
        QCOMPARE(s.decision->effectiveOn, QDate(2025, 7, 15));
    }

    // 9. The 基层纪委 alone approves only 警告 and 严重警告.
    void grassrootsPowers()
    {
        ProcedureCase c(facts({}, grassrootsRoute));
        upToProposal(c, "removal_from_post");
        EXPECT_OK(c.add(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-07-05"),
                        meeting("removal_from_post", 5, 4, 3)));
        CaseState s = c.state();
        QVERIFY(!s.decision.has_value());
        EXPECT_REFUSED(c.check(QStringLiteral("decision_announced"), QStringLiteral("2025-07-06")), Refused,
                       "第四条第二款");
        QVERIFY(c.next(s, QStringLiteral("grassroots_committee_approved"))->required);
        // Grassroots quorum: two thirds by default; a setting.
        EXPECT_REFUSED(c.check(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-08"),
                               meeting("removal_from_post", 7, 4, 4)),
                       Refused, "第四条第二款");
        c.settings.grassrootsQuorum = Threshold{1, 2, true};
        EXPECT_OK(c.add(QStringLiteral("grassroots_committee_approved"), QStringLiteral("2025-07-08"),
                        meeting("removal_from_post", 7, 4, 4)));
        QCOMPARE(decidingBodyId(c.state().decision->decidedBy), QStringLiteral("grassroots_committee"));
        // The commission alone decides a warning.
        ProcedureCase w(facts({}, grassrootsRoute));
        upToProposal(w, "warning");
        EXPECT_OK(w.add(QStringLiteral("grassroots_commission_approved"), QStringLiteral("2025-07-05"),
                        meeting("warning", 5, 4, 3)));
        QCOMPARE(decidingBodyId(w.state().decision->decidedBy), QStringLiteral("grassroots_commission"));
    }

    // 4 (local): the local commission's decision has thresholds of its own (第十二条).
    void localQuorum()
    {
        ProcedureCase c(facts(flag("org_relation_local"),
                              {{QStringLiteral("filing_body"), QStringLiteral("local_commission")}}));
        for (const char* step : {"case_filed", "investigation_concluded", "subject_heard"})
            c.accept(QLatin1String(step), QStringLiteral("2025-07-01"));
        c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-07-02"), sanction("warning"));
        EXPECT_REFUSED(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-07-05"),
                               meeting("warning", 9, 5, 5)),
                       Refused, "第十二条");
        EXPECT_REFUSED(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-07-05"),
                               meeting("warning", 8, 6, 4)),
                       Refused, "第十二条"); // votes exactly half
        EXPECT_OK(c.check(QStringLiteral("local_commission_decided"), QStringLiteral("2025-07-05"),
                          meeting("warning", 9, 6, 5)));
    }
};

QTEST_GUILESS_MAIN(TestProcedureRevision2)
#include "test_procedure_revision2.moc"
