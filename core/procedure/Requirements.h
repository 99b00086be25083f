#pragma once

#include "procedure/CaseAnalysis.h"
#include "procedure/CaseState.h"
#include "procedure/StepRules.h"

#include <QVarLengthArray>

namespace casetrack {

// Internal to the engine: which steps a case needs (spec "Tracks: which steps a case needs"),
// whether they are done, whether the case is closed, its stage and its `next` list.
struct Requirement
{
    StepKind kind;
    bool done;
    int alternative = -1; // a StepKind that fulfils the same requirement, or -1
};
using Requirements = QVarLengthArray<Requirement, 24>;

Requirements requirementsOf(const CaseAnalysis& analysis);
bool allDone(const Requirements& requirements);
Stage stageOf(const CaseAnalysis& analysis, bool closed);
QList<NextStep> nextSteps(const RuleContext& context, const Requirements& requirements);

} // namespace casetrack
