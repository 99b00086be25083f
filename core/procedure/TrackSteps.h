#pragma once

#include "procedure/CaseState.h"
#include "procedure/StepTable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casetrack {

// Where a required step of the case's track stands (the desktop's procedure stepper).
enum class TrackStepStatus
{
    Done,      // recorded (for a pair of alternatives: either of them)
    Current,   // not done, and the engine would take it now
    Refused,   // not done, every step before it is done, and the engine still refuses it now
    Remaining, // not done, and a step before it is not done either
};

// One step the case's track requires, in the track's order.
struct TrackStep
{
    StepKind kind = StepKind::CaseFiled; // for alternatives: the one recorded, else the first
    std::optional<StepKind> alternative; // the other step that fulfils the same requirement
    TrackStepStatus status = TrackStepStatus::Remaining;
    QDate date;      // Done: the date of the latest recording of the step
    Message reason;  // Refused, Remaining: the engine's reason for not taking it now
    QString article; // the article that requires it, or the one that refuses it now
};

// The steps the case's track requires (the same requirements that decide `closed` and `next`),
// in order, with their status as of the state. A pure function of the state: no I/O.
QList<TrackStep> trackSteps(const CaseState& state);

} // namespace casetrack
