#pragma once

#include "procedure/StepTable.h"
#include "util/Error.h"

#include <QJsonObject>

namespace casetrack {

// Internal to the engine: a step's data against the fields of its row in the step table. Invalid
// (naming the field) for an unknown, missing or mistyped field, a bad sanction id, `none` outside a
// proposal or a review report, probation without probation_years 1|2, impossible meeting figures,
// filing problems without a text, a correction without exactly one of replacement / retract.
Error validateStepData(const StepDefinition& step, const QJsonObject& data);

} // namespace casetrack
