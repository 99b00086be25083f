#pragma once

#include "procedure/CaseAnalysis.h"
#include "procedure/EngineSettings.h"
#include "procedure/StepRules.h"

namespace casetrack {

// Internal to the engine: a history replayed event by event through the rules.
struct ReplayFailure
{
    int seq = 0;
    QString step;
    Verdict verdict;
};

// The events the rules refuse given what precedes them (effective events, in order).
QList<ReplayFailure> replayHistory(const CaseFacts& facts, const QList<Event>& effective,
                                   const EngineSettings& settings);

// The decisions in force one after the other (the decision, then each appeal outcome).
QList<Decision> decisionHistoryOf(const CaseAnalysis& analysis);
// The warnings of the case state (procedure.md revision 2, step 12).
QList<CaseWarning> warningsOf(const CaseAnalysis& analysis, const QList<CaseDeadline>& deadlines);

} // namespace casetrack
