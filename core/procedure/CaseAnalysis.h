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

// The track of the spec's "Tracks" section, decided by the facts alone.
Track trackForFacts(const CaseFacts& facts);

// The sanction and probation years an event's data names ("" when it names none).
struct SanctionChoice
{
    QString sanction;
    int probationYears = 0;

    bool isSet() const { return !sanction.isEmpty(); }
    bool operator==(const SanctionChoice& o) const
    {
        return sanction == o.sanction && probationYears == o.probationYears;
    }
    bool operator!=(const SanctionChoice& o) const { return !(*this == o); }
};
SanctionChoice sanctionOf(const Event& event);
// "警告", "留党察看一年", ... for messages.
QString describeSanction(const SanctionChoice& choice);

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
    bool recommendsNone() const;
    // What the Party group was told (第八条): the suggestion's own sanction, or the recommendation.
    SanctionChoice suggestion() const;
    // What a Party-group decision must equal: a later ruling of the dispatching organ, else the
    // suggestion.
    SanctionChoice binding(bool* byRuling) const;
    // A deciding step is recorded (even one not yet effective: a grassroots expulsion).
    bool decisionRecorded() const;
    // The deciding step's index, -1 when none (grassroots: the one approval).
    int decidingIndex() const;
    const std::optional<Decision>& decision() const { return m_decision; }
    bool expulsionAwaitingPartyGroup() const;
    bool filingAccepted() const;     // latest filing_reviewed after the latest record_filed is accepted
    bool filingProblemsOpen() const; // latest filing_reviewed has problems, not resolved since

private:
    void updateDecision();

    const CaseFacts* m_facts;
    Track m_track;
    QList<Event> m_events;
    std::array<int, StepKindCount> m_count{};
    std::array<int, StepKindCount> m_last;
    std::array<int, StepKindCount> m_first;
    std::optional<Decision> m_decision;
};

// Corrections applied (procedure.md "Steps", docs/procedure.md "Corrections"): retracted events
// left out, amended ones replaced (date and/or data), the correction events themselves left out.
// Events of unknown steps are left out too. Sequence numbers are kept.
QList<Event> effectiveEvents(const QList<Event>& events);

} // namespace casetrack
