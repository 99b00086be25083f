// trackSteps: the steps a case's track requires, in order, done (with the date of the step),
// current (the engine takes it now), refused (the engine refuses it although every step before
// it is done) or remaining, on the standard track from filing to the decision and beyond.
#include "ProcedureTestCase.h"
#include "procedure/TrackSteps.h"

using namespace casetrack;
using namespace casetrack::test;

namespace {

const QJsonObject appointed{{QStringLiteral("appointed_by_party_group"), true}};

const TrackStep* find(const QList<TrackStep>& steps, StepKind kind)
{
    for (const TrackStep& s : steps)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

} // namespace

class TestTrackSteps : public QObject
{
    Q_OBJECT

private slots:
    void standardTrackInOrder()
    {
        ProcedureCase c(facts(appointed));
        QList<TrackStep> steps = trackSteps(c.state());
        QCOMPARE(steps.first().kind, StepKind::CaseFiled);
        QCOMPARE(steps.first().status, TrackStepStatus::Current);
        for (int i = 1; i < steps.size(); ++i)
            QCOMPARE(steps[i].status, TrackStepStatus::Remaining);

        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"),
                        {{QStringLiteral("number"), QStringLiteral("立2025-1")}}));
        EXPECT_OK(c.add(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03")));
        EXPECT_OK(c.add(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10")));
        EXPECT_OK(c.add(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning")));
        steps = trackSteps(c.state());
        const QList<StepKind> order{StepKind::CaseFiled,
                                    StepKind::PrincipalNotified,
                                    StepKind::InvestigationConcluded,
                                    StepKind::ProposalMade,
                                    StepKind::PartyGroupInformedOfSuggestion,
                                    StepKind::SubjectHeard,
                                    StepKind::PartyGroupDecided};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(steps[i].kind, order[i]);
        QCOMPARE(steps[0].date, QDate(2025, 1, 2));
        QCOMPARE(steps[3].status, TrackStepStatus::Done);
        QCOMPARE(steps[3].date, QDate(2025, 2, 20));
        QCOMPARE(steps[4].status, TrackStepStatus::Current);
        // Heard before the suggestion went to the Party group: done out of order, still done.
        QCOMPARE(steps[5].status, TrackStepStatus::Done);
        QCOMPARE(steps[5].date, QDate(2025, 2, 10));
        // 第八条: the decision waits for the suggestion; the engine's reason and article come along.
        QCOMPARE(steps[6].status, TrackStepStatus::Remaining);
        QCOMPARE(steps[6].article, QStringLiteral("第八条"));
        QVERIFY(!steps[6].reason.isEmpty());
        // The execution steps after the decision are on the track already.
        QVERIFY(find(steps, StepKind::DecisionAnnounced));
        QVERIFY(find(steps, StepKind::ExecutionReported));
        QVERIFY(find(steps, StepKind::RecordFiled));

        EXPECT_OK(c.add(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25")));
        EXPECT_OK(c.add(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
                        meeting("warning", 7, 5, 4)));
        steps = trackSteps(c.state(QStringLiteral("2025-03-04")));
        QCOMPARE(find(steps, StepKind::PartyGroupDecided)->status, TrackStepStatus::Done);
        QCOMPARE(find(steps, StepKind::PartyGroupDecided)->date, QDate(2025, 3, 3));
        QCOMPARE(find(steps, StepKind::DecisionAnnounced)->status, TrackStepStatus::Current);
    }

    void refusedWhenNothingBeforeIsOpen()
    {
        // Every state's steps obey the rule: "refused" only where every step before is done.
        ProcedureCase c(facts(appointed));
        EXPECT_OK(c.add(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"),
                        {{QStringLiteral("number"), QStringLiteral("立2025-2")}}));
        for (const TrackStep& s : trackSteps(c.state())) {
            if (s.status == TrackStepStatus::Refused)
                QVERIFY(!s.reason.isEmpty());
        }
        bool open = false;
        for (const TrackStep& s : trackSteps(c.state())) {
            if (open)
                QVERIFY(s.status != TrackStepStatus::Refused);
            open = open || s.status != TrackStepStatus::Done;
        }
    }

    void grassrootsAlternativesAreOneStep()
    {
        ProcedureCase c(facts({}, grassrootsRoute));
        const QList<TrackStep> before = trackSteps(c.state());
        const TrackStep* pair = find(before, StepKind::GrassrootsCommissionApproved);
        QVERIFY(pair);
        QVERIFY(pair->alternative == StepKind::GrassrootsCommitteeApproved);
        QVERIFY(!find(before, StepKind::GrassrootsCommitteeApproved));
    }
};

QTEST_MAIN(TestTrackSteps)
#include "test_track_steps.moc"
