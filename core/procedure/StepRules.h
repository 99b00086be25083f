#pragma once

#include "procedure/CaseAnalysis.h"
#include "procedure/EngineSettings.h"
#include "procedure/StepTable.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace casetrack {

// Internal to the engine: whether a step may be recorded now, and if not, why (with the article).
struct Verdict
{
    bool allowed = true;
    Message reason; // only filled when asked to explain
    QString article;
};

struct RuleContext
{
    const CaseAnalysis& analysis;
    const EngineSettings& settings;
    bool closed;
};

// `data`: the candidate's data, or nullptr when listing `next` (data-dependent rules such as the
// quorum are then left to the moment the step is recorded). `date`: the candidate's date, or an
// invalid date to skip the order-by-date rule. `explain`: build the reason text (not needed for
// optional steps that are merely hidden from `next`). Corrections are not evaluated here.
Verdict evaluateStep(const RuleContext& context, StepKind kind, const QJsonObject* data, const QDate& date,
                     bool explain);

} // namespace casetrack
