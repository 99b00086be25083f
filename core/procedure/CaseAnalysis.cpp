#include "procedure/CaseAnalysis.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace casetrack {

Track trackForFacts(const CaseFacts& facts)
{
    Track pinned;
    if (!facts.legacyTrack.isEmpty() && trackFromId(facts.legacyTrack, &pinned))
        return pinned;
    const SubjectFacts& s = facts.subject;
    const bool localFiling = facts.filingBody == QLatin1String("local_commission");
    // 第十二条. A local committee member without org_relation_local is refused at input since
    // revision 2; a stored case of that kind stays on the local track it was recorded on.
    if ((s.orgRelationLocal && localFiling) || s.localCommitteeMember)
        return Track::Local;
    const bool transfer = s.leadershipMember || s.keySupervisionTarget; // 第六条
    if (facts.decisionRoute == DecisionRoute::Grassroots)
        return transfer ? Track::GrassrootsTransfer : Track::Grassroots;
    return transfer ? Track::Transfer : Track::Standard;
}

namespace {

// Event data fields are read through const iterators, not QJsonObject::value(): value() returns a
// QJsonValue that holds a reference on the object's storage, and the loader shares identical data
// objects between cases, so two threads deriving would contend on that one atomic count.
// QJsonValueConstRef reads the field in place.
QJsonObject::const_iterator dataField(const QJsonObject& data, QLatin1String key)
{
    return data.constFind(key);
}

// The field's text, "" when it is missing or not a string (as value(key).toString()).
QString dataText(const QJsonObject& data, QLatin1String key)
{
    const auto it = dataField(data, key);
    return it == data.constEnd() ? QString() : it.value().toString();
}

} // namespace

SanctionChoice sanctionOf(const Event& event)
{
    SanctionChoice c;
    const auto s = dataField(event.data, QLatin1String("sanction"));
    if (s != event.data.constEnd() && s.value().isString()) {
        c.sanction = sanctionFromId(s.value().toString());
        if (c.sanction == Sanction::Probation) {
            const auto years = dataField(event.data, QLatin1String("probation_years"));
            c.probationYears = years == event.data.constEnd() ? 0 : years.value().toInt();
        }
    }
    return c;
}

Message describeSanction(const SanctionChoice& choice)
{
    const Message name = sanctionName(choice.sanction);
    if (choice.sanction == Sanction::Probation && choice.probationYears > 0)
        return Message("ProcedureEngine", QT_TRANSLATE_NOOP("ProcedureEngine", "%1%2年"))
            .arg(name, choice.probationYears);
    return name;
}

namespace {

// Steps that make or complete a decision.
bool isDecisive(StepKind kind)
{
    switch (kind) {
    case StepKind::PartyGroupDecided:
    case StepKind::LocalCommissionDecided:
    case StepKind::GrassrootsCommissionApproved:
    case StepKind::GrassrootsCommitteeApproved:
    case StepKind::PartyGroupApprovedExpulsion:
    case StepKind::PartyGroupRejectedExpulsion:
    case StepKind::AppealDecided:
        return true;
    default:
        return false;
    }
}

} // namespace

CaseAnalysis::CaseAnalysis(const CaseFacts& facts) : m_facts(&facts), m_track(trackForFacts(facts))
{
    m_last.fill(-1);
    m_first.fill(-1);
}

void CaseAnalysis::add(const Event& event)
{
    StepKind kind;
    if (!stepKindFromId(event.step, &kind) || kind == StepKind::Correction ||
        kind == StepKind::FactsCorrected)
        return;
    const int index = int(m_events.size());
    m_events.append(event);
    const int k = int(kind);
    ++m_count[k];
    m_last[k] = index;
    if (m_first[k] < 0)
        m_first[k] = index;
    if (isDecisive(kind))
        updateDecision();
}

void CaseAnalysis::addAll(const QList<Event>& effective)
{
    if (!m_events.isEmpty()) {
        for (const Event& e : effective)
            add(e);
        return;
    }
    // The usual case: index the list in place (implicitly shared, not copied). Only events of
    // known steps other than corrections may be indexed, as effectiveEvents() guarantees; anything
    // else takes the copying path.
    StepKind kinds[64] = {}; // every entry read below was set by stepKindFromId (`clean`)
    const bool small = effective.size() <= 64;
    bool clean = small;
    for (int i = 0; clean && i < effective.size(); ++i)
        clean = stepKindFromId(effective[i].step, &kinds[i]) && kinds[i] != StepKind::Correction &&
                kinds[i] != StepKind::FactsCorrected;
    if (!clean) {
        m_events.reserve(effective.size());
        for (const Event& e : effective)
            add(e);
        return;
    }
    m_events = effective;
    bool decisive = false;
    for (int i = 0; i < effective.size(); ++i) {
        const int k = int(kinds[i]);
        ++m_count[k];
        m_last[k] = i;
        if (m_first[k] < 0)
            m_first[k] = i;
        decisive = decisive || isDecisive(kinds[i]);
    }
    if (decisive)
        updateDecision();
}

QDate CaseAnalysis::lastDate(StepKind kind) const
{
    const int i = m_last[int(kind)];
    return i < 0 ? QDate() : m_events[i].date;
}

const Event* CaseAnalysis::recommendation() const
{
    const int p = last(StepKind::ProposalMade);
    const int r = last(StepKind::ReviewFeedback);
    const int i = qMax(p, r);
    return i < 0 ? nullptr : &m_events[i];
}

SanctionChoice CaseAnalysis::recommended() const
{
    const int consensus = last(StepKind::ConsensusReached);
    if (consensus >= 0 && consensus > last(StepKind::ReviewFeedback)) {
        const SanctionChoice agreed = sanctionOf(m_events[consensus]);
        if (agreed.isSet())
            return agreed;
    }
    const Event* r = recommendation();
    return r ? sanctionOf(*r) : SanctionChoice{};
}

SanctionChoice CaseAnalysis::suggestion() const
{
    if (const Event* s = lastEvent(StepKind::PartyGroupInformedOfSuggestion)) {
        const SanctionChoice own = sanctionOf(*s);
        if (own.isSet())
            return own;
    }
    // Without a revised sanction the suggestion is what the investigators (or, after a review,
    // the dispatched body, or the consensus) recommend.
    return recommended();
}

SanctionChoice CaseAnalysis::binding(bool* byRuling) const
{
    const int ruling = last(StepKind::DispatchingOrganRuled);
    const bool ruled = ruling >= 0 && ruling > last(StepKind::PartyGroupInformedOfSuggestion);
    if (byRuling)
        *byRuling = ruled;
    if (ruled)
        return sanctionOf(m_events[ruling]);
    return has(StepKind::PartyGroupInformedOfSuggestion) ? suggestion() : recommended();
}

bool CaseAnalysis::escalationPending() const
{
    const int e = last(StepKind::EscalatedToDispatchingOrgan);
    return e >= 0 && e > last(StepKind::DispatchingOrganRuled) && e > last(StepKind::EscalationWithdrawn);
}

int CaseAnalysis::findDecidingIndex() const
{
    switch (m_track) {
    case Track::Standard:
    case Track::Transfer:
        return first(StepKind::PartyGroupDecided);
    case Track::Local:
        return first(StepKind::LocalCommissionDecided);
    case Track::Grassroots:
    case Track::GrassrootsTransfer: {
        // 第四条第二款: the 基层纪委 alone decides only 警告/严重警告; the 基层党委 any sanction. A
        // rejected expulsion sends the case back before its grassroots decision.
        const int rejected = last(StepKind::PartyGroupRejectedExpulsion);
        for (int i = rejected + 1; i < m_events.size(); ++i) {
            StepKind kind;
            if (!stepKindFromId(m_events.at(i).step, &kind))
                continue;
            if (kind == StepKind::GrassrootsCommitteeApproved)
                return i;
            if (kind == StepKind::GrassrootsCommissionApproved &&
                sanctionSeverity(sanctionOf(m_events.at(i)).sanction) < RemovalFromPostSeverity)
                return i;
        }
        return -1;
    }
    }
    return -1;
}

bool CaseAnalysis::decisionRecorded() const
{
    return m_decidingIndex >= 0;
}

bool CaseAnalysis::expulsionAwaitingPartyGroup() const
{
    return decisionRecorded() && !m_decision.has_value() && isGrassrootsTrack(m_track);
}

void CaseAnalysis::updateDecision()
{
    m_decision.reset();
    m_segments.clear();
    m_decidingIndex = findDecidingIndex();
    const int i = m_decidingIndex;
    if (i < 0)
        return;
    // at(), not operator[]: this member is non-const, and a non-const operator[] would detach
    // m_events (shared with the record) and copy every event, touching the reference counts of
    // step ids and data objects that all cases (and all deriving threads) share.
    const Event& e = m_events.at(i);
    const SanctionChoice c = sanctionOf(e);
    Decision d;
    d.sanction = c.sanction;
    d.probationYears = c.probationYears;
    d.decidedOn = e.date;
    d.effectiveOn = e.date; // 第九条第二款: from the day of the meeting / approval
    d.seq = e.seq;
    int effectiveIndex = i;
    switch (m_track) {
    case Track::Standard:
    case Track::Transfer:
        d.decidedBy = DecidingBody::PartyGroup;
        break;
    case Track::Local:
        d.decidedBy = DecidingBody::LocalCommission;
        break;
    case Track::Grassroots:
    case Track::GrassrootsTransfer: {
        StepKind kind;
        stepKindFromId(e.step, &kind);
        d.decidedBy = kind == StepKind::GrassrootsCommissionApproved ? DecidingBody::GrassrootsCommission
                                                                     : DecidingBody::GrassrootsCommittee;
        if (c.sanction == Sanction::Expulsion) {
            // 第四条第二款: an expulsion also needs the Party group meeting's approval and takes
            // effect only then.
            const int approval = last(StepKind::PartyGroupApprovedExpulsion);
            if (approval < i)
                return;
            d.effectiveOn = m_events.at(approval).date;
            effectiveIndex = approval;
        }
        break;
    }
    }
    m_decision = d;
    m_segments.append(SanctionSegment{effectiveIndex, d.effectiveOn, c, false, false});
    updateSegments();
}

bool CaseAnalysis::filingAccepted() const
{
    const int review = last(StepKind::FilingReviewed);
    return review >= 0 && review > last(StepKind::RecordFiled) &&
           dataText(m_events[review].data, QLatin1String("result")) == QLatin1String("accepted");
}

bool CaseAnalysis::filingProblemsOpen() const
{
    const int review = last(StepKind::FilingReviewed);
    return review >= 0 &&
           dataText(m_events[review].data, QLatin1String("result")) == QLatin1String("problems") &&
           last(StepKind::FilingProblemsResolved) < review;
}

} // namespace casetrack
