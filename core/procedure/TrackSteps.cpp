#include "procedure/TrackSteps.h"

#include "procedure/CaseAnalysis.h"
#include "procedure/Requirements.h"

namespace casetrack {

namespace {

// The date of the latest effective recording of `kind` (invalid when none).
QDate latestDate(const QList<Event>& effectiveEvents, const QString& stepId)
{
    QDate latest;
    for (const Event& e : effectiveEvents) {
        if (e.step == stepId && (!latest.isValid() || e.date > latest))
            latest = e.date;
    }
    return latest;
}

const NextStep* findNext(const QList<NextStep>& next, StepKind kind)
{
    for (const NextStep& n : next) {
        if (n.step == kind)
            return &n;
    }
    return nullptr;
}

} // namespace

QList<TrackStep> trackSteps(const CaseState& state)
{
    CaseAnalysis analysis(state.facts);
    analysis.addAll(state.effectiveEvents);
    const Requirements requirements = requirementsOf(analysis);

    QList<TrackStep> steps;
    bool seen[StepKindCount] = {};
    bool allBeforeDone = true;
    for (const Requirement& r : requirements) {
        // A pair of alternatives is one step of the track, shown once.
        if (r.alternative >= 0 && seen[r.alternative])
            continue;
        seen[int(r.kind)] = true;
        TrackStep step;
        step.kind = r.kind;
        if (r.alternative >= 0)
            step.alternative = StepKind(r.alternative);
        const StepDefinition& def = stepDefinition(r.kind);
        step.article = def.article;
        if (r.done) {
            step.status = TrackStepStatus::Done;
            step.date = latestDate(state.effectiveEvents, def.id);
            if (step.alternative) {
                const StepDefinition& other = stepDefinition(*step.alternative);
                const QDate otherDate = latestDate(state.effectiveEvents, other.id);
                if (otherDate.isValid() && (!step.date.isValid() || otherDate > step.date)) {
                    step.alternative = step.kind;
                    step.kind = other.kind;
                    step.date = otherDate;
                    step.article = other.article;
                }
            }
        } else {
            const NextStep* next = findNext(state.next, def.kind);
            if (next && next->allowed) {
                step.status = TrackStepStatus::Current;
            } else {
                step.status = allBeforeDone ? TrackStepStatus::Refused : TrackStepStatus::Remaining;
                if (next) {
                    step.reason = next->reason;
                    if (!next->article.isEmpty())
                        step.article = next->article;
                }
            }
            allBeforeDone = false;
        }
        steps.append(step);
    }
    return steps;
}

} // namespace casetrack
