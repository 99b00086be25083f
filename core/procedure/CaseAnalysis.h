#pragma once

#include "procedure/CaseFacts.h"
#include "procedure/CaseState.h"
#include "procedure/Event.h"
#include "procedure/StepTable.h"

#include <QList>

#include <array>
#include <optional>

namespace casetrack {

// Internal to the engine: a case's effective events indexed by step, built once per derivation
// (or event by event when a corrected history is replayed), so that every rule is an array
// look-up instead of a scan or a string compare.

// The track of the spec's "Tracks" section (revision 2), decided by the facts alone (a track the
// migration pinned wins: CaseFacts::legacyTrack).
Track trackForFacts(const CaseFacts& facts);

// The sanction and probation years an event's data names (unset when it names none, or an id
// the table does not know).
struct SanctionChoice
{
    std::optional<Sanction> sanction;
    int probationYears = 0;

    bool isSet() const { return sanction.has_value(); }
    bool operator==(const SanctionChoice& o) const
    {
        return sanction == o.sanction && probationYears == o.probationYears;
    }
    bool operator!=(const SanctionChoice& o) const { return !(*this == o); }
};
SanctionChoice sanctionOf(const Event& event);
// "警告", "留党察看一年", ... for messages.
Message describeSanction(const SanctionChoice& choice);

// A stretch of time in which one sanction is in force: the decision's, then each appeal outcome
// that changed or revoked it (procedure.md "Appeals").
struct SanctionSegment
{
    int startIndex = -1;   // the event that put it in force (decision, approval, appeal decision)
    QDate from;            // its effective date
    SanctionChoice choice; // "none" after a revocation
    bool revoked = false;
    bool byAppeal = false;
};

// The state of a probation in force (《中国共产党纪律处分条例》第十二条).
struct ProbationState
{
    bool inForce = false;
    QDate periodEnd; // the last day of the current period (after `extended`, the new one)
    QDate firstEnd;  // the last day of the first period
    bool extended = false;
    bool concluded = false; // restored or expelled
    int extendedIndex = -1;
};

class CaseAnalysis
{
public:
    CaseAnalysis(const CaseFacts& facts);

    // Appends one effective (already corrected) event. Events of unknown steps and corrections
    // are ignored.
    void add(const Event& event);
    void addAll(const QList<Event>& effectiveEvents);

    const CaseFacts& facts() const { return *m_facts; }
    Track track() const { return m_track; }
    const QList<Event>& events() const { return m_events; }

    int count(StepKind kind) const { return m_count[int(kind)]; }
    bool has(StepKind kind) const { return m_count[int(kind)] > 0; }
    // Index into events() of the latest / first event of a step, -1 when none.
    int last(StepKind kind) const { return m_last[int(kind)]; }
    int first(StepKind kind) const { return m_first[int(kind)]; }
    const Event* lastEvent(StepKind kind) const
    {
        const int i = m_last[int(kind)];
        return i < 0 ? nullptr : &m_events[i];
    }
    QDate lastDate(StepKind kind) const;

    // Derived facts used by the rules.
    bool exempted() const { return has(StepKind::TransferExemptionApproved); }
    // The latest of proposal_made and review_feedback: what the investigators recommend now.
    const Event* recommendation() const;
    // The recommendation, or a later consensus (第八条第二款) that names a sanction.
    SanctionChoice recommended() const;
    // What the Party group was told (第八条): the suggestion's own sanction, or the recommendation.
    SanctionChoice suggestion() const;
    // The binding sanction (procedure.md): a ruling later than the latest suggestion, else the
    // suggestion (Party-group tracks, once told), else the recommendation.
    SanctionChoice binding(bool* byRuling = nullptr) const;
    bool bindingIsNone() const { return binding().sanction == Sanction::None; }
    // An escalation to the dispatching organ without a ruling or a withdrawal (第八条).
    bool escalationPending() const;
    // A deciding step is recorded (even one not yet effective: a grassroots expulsion).
    bool decisionRecorded() const;
    // The deciding step's index, -1 when none (grassroots: the approval that decides, after the
    // latest rejection of an expulsion).
    int decidingIndex() const { return m_decidingIndex; }
    // The original decision once in force (the sanction the deciding step named).
    const std::optional<Decision>& decision() const { return m_decision; }
    // The decision as it stands after appeals (procedure.md "Appeals"); unset until in force.
    std::optional<Decision> decisionInForce() const;
    const QList<SanctionSegment>& segments() const { return m_segments; }
    const SanctionSegment* currentSegment() const
    {
        return m_segments.isEmpty() ? nullptr : &m_segments.last();
    }
    bool appealOpen() const;
    ProbationState probation() const;
    // Index of the first `kind` event after `index` (-1 when none).
    int firstAfter(StepKind kind, int index) const;
    bool hasAfter(StepKind kind, int index) const { return last(kind) > index; }
    bool expulsionAwaitingPartyGroup() const;
    bool filingAccepted() const;     // latest filing_reviewed after the latest record_filed is accepted
    bool filingProblemsOpen() const; // latest filing_reviewed has problems, not resolved since

private:
    void updateDecision();
    int findDecidingIndex() const;
    void updateSegments();

    const CaseFacts* m_facts;
    Track m_track;
    QList<Event> m_events;
    std::array<int, StepKindCount> m_count{};
    std::array<int, StepKindCount> m_last;
    std::array<int, StepKindCount> m_first;
    std::optional<Decision> m_decision;
    int m_decidingIndex = -1;
    QList<SanctionSegment> m_segments;
};

// Corrections applied (procedure.md "Steps", docs/procedure.md "Corrections"): retracted events
// left out, amended ones replaced (date and/or data), the correction events themselves left out.
// Events of unknown steps are left out too. Sequence numbers are kept.
QList<Event> effectiveEvents(const QList<Event>& events);

} // namespace casetrack
