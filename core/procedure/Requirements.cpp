#include "procedure/Requirements.h"

#include <utility>

namespace casetrack {

Requirements requirementsOf(const CaseAnalysis& a)
{
    Requirements r;
    const CaseFacts& f = a.facts();
    const Track track = a.track();
    auto need = [&](StepKind kind) { r.append({kind, a.has(kind), -1}); };

    need(StepKind::CaseFiled);
    if (f.filingBody == QLatin1String("stationed_body"))
        need(StepKind::PrincipalNotified);
    need(StepKind::InvestigationConcluded);
    need(StepKind::ProposalMade);

    // A recommendation of `none` (before any decision) closes the case without the decision steps.
    if (!a.decisionRecorded() && a.recommendsNone()) {
        need(StepKind::ClosedWithoutSanction);
        return r;
    }
    if (a.has(StepKind::ClosedWithoutSanction)) {
        // Closed before a later step was corrected away: closure stands as recorded.
        need(StepKind::ClosedWithoutSanction);
        return r;
    }

    switch (track) {
    case Track::Transfer:
        need(StepKind::PartyGroupInformedOfProposal);
        if (!a.exempted()) {
            need(StepKind::TransferredForReview);
            need(StepKind::ReviewFeedback);
            if (f.subject.principalLeader)
                need(StepKind::ConsensusReached);
        }
        need(StepKind::PartyGroupInformedOfSuggestion);
        need(StepKind::PartyGroupDecided);
        break;
    case Track::Standard:
        need(StepKind::PartyGroupInformedOfSuggestion);
        need(StepKind::PartyGroupDecided);
        break;
    case Track::Grassroots: {
        const bool done = a.decisionRecorded();
        r.append({StepKind::GrassrootsCommissionApproved, done, int(StepKind::GrassrootsCommitteeApproved)});
        r.append({StepKind::GrassrootsCommitteeApproved, done, int(StepKind::GrassrootsCommissionApproved)});
        const int i = a.decidingIndex();
        if (i >= 0 && sanctionOf(a.events()[i]).sanction == QLatin1String("expulsion"))
            need(StepKind::PartyGroupApprovedExpulsion);
        break;
    }
    case Track::Local:
        if (f.filingBody == QLatin1String("local_commission") && f.subject.localCommitteeMember)
            need(StepKind::CompetentPartyGroupConsulted);
        need(StepKind::LocalCommissionDecided);
        need(StepKind::CompetentPartyGroupNotified);
        break;
    }

    need(StepKind::DecisionAnnounced);
    if (track == Track::Standard || track == Track::Transfer) {
        need(StepKind::StationedBodyNotified);
        need(StepKind::RecordFiled);
        if (a.filingProblemsOpen())
            need(StepKind::FilingProblemsResolved);
        r.append({StepKind::FilingReviewed, a.filingAccepted(), -1});
        if (f.subject.orgRelationLocal)
            need(StepKind::LocalPartyOrgNotified);
    }
    if (f.subject.filedWith != QLatin1String("none"))
        need(StepKind::OrgDepartmentNotified);
    return r;
}

bool allDone(const Requirements& requirements)
{
    for (const Requirement& r : requirements) {
        if (!r.done)
            return false;
    }
    return true;
}

QString stageOf(const CaseAnalysis& a, bool closed)
{
    if (!a.has(StepKind::CaseFiled))
        return Stage::New;
    if (closed)
        return Stage::Closed;
    if (a.decision()) {
        if (!a.has(StepKind::DecisionAnnounced))
            return Stage::Decided;
        if ((a.track() == Track::Standard || a.track() == Track::Transfer) && a.has(StepKind::RecordFiled) &&
            !a.filingAccepted())
            return Stage::Filing;
        return Stage::Announced;
    }
    if (a.decisionRecorded())
        return Stage::DecisionPending; // a grassroots expulsion awaiting the Party group
    if (!a.has(StepKind::InvestigationConcluded))
        return Stage::Investigation;
    if (!a.has(StepKind::ProposalMade) || a.recommendsNone())
        return Stage::Proposal;
    switch (a.track()) {
    case Track::Transfer:
        if (!a.exempted() && !a.has(StepKind::ReviewFeedback))
            return Stage::Review;
        [[fallthrough]];
    case Track::Standard:
        return a.has(StepKind::PartyGroupInformedOfSuggestion) ? Stage::DecisionPending : Stage::Suggestion;
    case Track::Grassroots:
    case Track::Local:
        return Stage::DecisionPending;
    }
    return Stage::DecisionPending;
}

QList<NextStep> nextSteps(const RuleContext& c, const Requirements& requirements)
{
    // required-and-not-done per step, and the alternative step it may be replaced by.
    bool required[StepKindCount] = {};
    bool pending[StepKindCount] = {};
    int alternative[StepKindCount];
    for (int& x : alternative)
        x = -1;
    for (const Requirement& r : requirements) {
        required[int(r.kind)] = true;
        pending[int(r.kind)] = !r.done;
        alternative[int(r.kind)] = r.alternative;
    }

    QList<NextStep> next;
    next.reserve(requirements.size() + 4);
    const Track track = c.analysis.track();
    for (const StepDefinition& def : stepTable()) {
        if (def.kind == StepKind::Correction || !def.onTrack(track))
            continue;
        const int k = int(def.kind);
        if (required[k] && !pending[k])
            continue; // done
        if (c.closed && !def.allowedWhenClosed)
            continue;
        const bool mustDo = pending[k];
        // Optional steps are listed only when they could be taken now: no reason text needed.
        const Verdict v = evaluateStep(c, def.kind, nullptr, QDate(), mustDo);
        if (!mustDo && !v.allowed)
            continue;
        NextStep n;
        n.step = def.id;
        n.allowed = v.allowed;
        n.required = mustDo;
        n.article = v.allowed ? def.article : v.article;
        n.reason = v.reason;
        if (alternative[k] >= 0)
            n.alternativeTo = stepDefinition(StepKind(alternative[k])).id;
        next.append(std::move(n));
    }
    return next;
}

} // namespace casetrack
