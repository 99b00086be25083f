#include "procedure/Requirements.h"

#include <utility>

namespace casetrack {

namespace {

// The transfer chain of 第六条 to 第八条 (transfer tracks, up to the review and consensus).
void needTransferChain(const CaseAnalysis& a, Requirements& r)
{
    auto need = [&](StepKind kind) { r.append({kind, a.has(kind), -1}); };
    need(StepKind::PartyGroupInformedOfProposal);
    if (!a.exempted()) {
        need(StepKind::TransferredForReview);
        need(StepKind::ReviewFeedback);
        if (a.facts().subject.principalLeader)
            need(StepKind::ConsensusReached);
    }
}

// What a decision in force still owes (procedure.md "Tracks", "Appeals").
void needAfterDecision(const CaseAnalysis& a, Requirements& r)
{
    const CaseFacts& f = a.facts();
    const Track track = a.track();
    const SanctionSegment* current = a.currentSegment();
    const int since = current ? current->startIndex : a.decidingIndex();
    auto needSince = [&](StepKind kind) { r.append({kind, a.hasAfter(kind, since), -1}); };
    needSince(StepKind::DecisionAnnounced);
    needSince(StepKind::ArchivedToPersonnelFile);
    if (!current || !current->revoked) {
        // A revocation owes nothing else; an upheld decision nothing new.
        needSince(StepKind::ExecutionReported);
        const std::optional<Sanction> sanction = current ? current->choice.sanction : std::nullopt;
        if (sanctionSeverity(sanction) >= RemovalFromPostSeverity)
            needSince(StepKind::PersonnelChangesCompleted);
        if (sanction == Sanction::Probation)
            r.append({StepKind::ProbationConcluded, a.probation().concluded, -1});
    }
    // Owed once, by the original decision.
    const int deciding = a.decidingIndex();
    const bool expulsionApproved =
        isGrassrootsTrack(track) && a.decision() && a.decision()->sanction == Sanction::Expulsion;
    if (isPartyGroupTrack(track) || expulsionApproved) {
        if (isPartyGroupTrack(track))
            r.append(
                {StepKind::StationedBodyNotified, a.hasAfter(StepKind::StationedBodyNotified, deciding), -1});
        r.append({StepKind::RecordFiled, a.has(StepKind::RecordFiled), -1});
        if (a.filingProblemsOpen())
            r.append({StepKind::FilingProblemsResolved, false, -1});
        r.append({StepKind::FilingReviewed, a.filingAccepted(), -1});
        if (isPartyGroupTrack(track) && f.subject.orgRelationLocal)
            r.append({StepKind::LocalPartyOrgNotified, a.has(StepKind::LocalPartyOrgNotified), -1});
    }
    if (f.subject.filedWith != QLatin1String("none"))
        r.append({StepKind::OrgDepartmentNotified, a.has(StepKind::OrgDepartmentNotified), -1});
    if (a.appealOpen())
        r.append({StepKind::AppealDecided, false, -1});
}

} // namespace

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

    // The binding sanction is `none` (before any decision): the case closes without the decision
    // steps; on a transfer track only after the review (or an exemption) and, on `transfer`,
    // the suggestion to the Party group.
    if (a.has(StepKind::ClosedWithoutSanction) || (!a.decisionRecorded() && a.bindingIsNone())) {
        if (isTransferTrack(track))
            needTransferChain(a, r);
        if (track == Track::Transfer)
            need(StepKind::PartyGroupInformedOfSuggestion);
        need(StepKind::ClosedWithoutSanction);
        return r;
    }

    switch (track) {
    case Track::Transfer:
        needTransferChain(a, r);
        [[fallthrough]];
    case Track::Standard:
        need(StepKind::PartyGroupInformedOfSuggestion);
        need(StepKind::SubjectHeard);
        need(StepKind::PartyGroupDecided);
        break;
    case Track::GrassrootsTransfer:
        needTransferChain(a, r);
        [[fallthrough]];
    case Track::Grassroots: {
        need(StepKind::SubjectHeard);
        const bool done = a.decisionRecorded();
        r.append({StepKind::GrassrootsCommissionApproved, done, int(StepKind::GrassrootsCommitteeApproved)});
        r.append({StepKind::GrassrootsCommitteeApproved, done, int(StepKind::GrassrootsCommissionApproved)});
        const int i = a.decidingIndex();
        if (i >= 0 && sanctionOf(a.events()[i]).sanction == Sanction::Expulsion)
            r.append({StepKind::PartyGroupApprovedExpulsion, a.decision().has_value(), -1});
        break;
    }
    case Track::Local:
        if (f.filingBody == QLatin1String("local_commission") && f.subject.localCommitteeMember)
            need(StepKind::CompetentPartyGroupConsulted);
        need(StepKind::SubjectHeard);
        need(StepKind::LocalCommissionDecided);
        need(StepKind::CompetentPartyGroupNotified);
        break;
    }

    if (a.decision()) {
        needAfterDecision(a, r);
    } else {
        // Not decided yet: what every decision with a sanction will owe.
        need(StepKind::DecisionAnnounced);
        need(StepKind::ArchivedToPersonnelFile);
        need(StepKind::ExecutionReported);
        if (isPartyGroupTrack(track)) {
            need(StepKind::StationedBodyNotified);
            need(StepKind::RecordFiled);
            need(StepKind::FilingReviewed);
            if (f.subject.orgRelationLocal)
                need(StepKind::LocalPartyOrgNotified);
        }
        if (f.subject.filedWith != QLatin1String("none"))
            need(StepKind::OrgDepartmentNotified);
    }
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

Stage stageOf(const CaseAnalysis& a, bool closed)
{
    if (!a.has(StepKind::CaseFiled))
        return Stage::New;
    if (closed)
        return Stage::Closed;
    if (a.decision()) {
        if (a.appealOpen())
            return Stage::Appeal;
        const SanctionSegment* current = a.currentSegment();
        if (!a.hasAfter(StepKind::DecisionAnnounced, current ? current->startIndex : a.decidingIndex()))
            return Stage::Decided;
        if ((isPartyGroupTrack(a.track()) || isGrassrootsTrack(a.track())) && a.has(StepKind::RecordFiled) &&
            !a.filingAccepted())
            return Stage::Filing;
        return Stage::Announced;
    }
    if (a.decisionRecorded())
        return Stage::DecisionPending; // a grassroots expulsion awaiting the Party group
    if (!a.has(StepKind::InvestigationConcluded))
        return Stage::Investigation;
    if (!a.has(StepKind::ProposalMade))
        return Stage::Proposal;
    switch (a.track()) {
    case Track::Transfer:
    case Track::GrassrootsTransfer:
        if (!a.exempted() && !a.has(StepKind::ReviewFeedback))
            return Stage::Review;
        if (a.track() == Track::GrassrootsTransfer || a.bindingIsNone())
            return a.bindingIsNone() ? Stage::Proposal : Stage::DecisionPending;
        [[fallthrough]];
    case Track::Standard:
        if (a.bindingIsNone() && !a.has(StepKind::PartyGroupInformedOfSuggestion) &&
            a.track() == Track::Standard)
            return Stage::Proposal;
        return a.has(StepKind::PartyGroupInformedOfSuggestion) ? Stage::DecisionPending : Stage::Suggestion;
    case Track::Grassroots:
    case Track::Local:
        return a.bindingIsNone() ? Stage::Proposal : Stage::DecisionPending;
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
        if (def.kind == StepKind::Correction || def.kind == StepKind::FactsCorrected || !def.onTrack(track))
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
        n.step = def.kind;
        n.allowed = v.allowed;
        n.required = mustDo;
        n.article = v.allowed ? def.article : v.article;
        n.reason = v.reason;
        if (alternative[k] >= 0)
            n.alternativeTo = StepKind(alternative[k]);
        next.append(std::move(n));
    }
    return next;
}

} // namespace casetrack
