#include "procedure/CaseDigest.h"

#include "procedure/CaseState.h"

namespace casetrack {

namespace {

QString caseNumber(const CaseState& state)
{
    for (const Event& event : state.effectiveEvents) {
        if (event.step == QLatin1String("case_filed")) {
            const QString number = event.data.value(QLatin1String("number")).toString();
            if (!number.isEmpty())
                return number;
        }
    }
    return state.id;
}

} // namespace

bool CaseDigest::operator==(const CaseDigest& other) const
{
    return id == other.id && number == other.number && name == other.name && unit == other.unit &&
           track == other.track && stage == other.stage && nextStep == other.nextStep &&
           sanction == other.sanction && year == other.year && closed == other.closed &&
           deadlines == other.deadlines;
}

CaseDigest digestCase(const CaseState& state)
{
    CaseDigest d;
    d.id = state.id;
    d.number = caseNumber(state);
    d.name = state.facts.subject.name;
    d.unit = state.facts.subject.unit;
    d.track = trackId(state.track);
    d.stage = stageId(state.stage);
    d.closed = state.closed;
    for (const NextStep& next : state.next) {
        if (next.required) {
            d.nextStep = stepDefinition(next.step).id;
            break;
        }
    }
    if (state.decision)
        d.sanction = sanctionId(state.decision->sanction);
    if (!state.effectiveEvents.isEmpty())
        d.year = state.effectiveEvents.first().date.year();
    // Met or not is decided by the events alone (a met-by step's date); only the status of an
    // unmet deadline moves with the date.
    for (const CaseDeadline& deadline : state.deadlines) {
        if (!deadline.metOn.isValid())
            d.deadlines.append(
                {deadline.label.encode(), deadline.article, deadline.explain.encode(), deadline.due});
    }
    return d;
}

QString OpenDeadline::labelText() const
{
    return decodedText(labelCode);
}

QString OpenDeadline::explainText() const
{
    return decodedText(explainCode);
}

DeadlineStatus openDeadlineStatus(const OpenDeadline& deadline, const QDate& asOf, int warningDays)
{
    return deadlineStatus(deadline.due, QDate(), asOf, warningDays);
}

} // namespace casetrack
