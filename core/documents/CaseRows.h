#pragma once

#include "documents/ListExport.h"
#include "procedure/CaseState.h"

namespace casetrack {

// The list rows of a case state: what the CLI's `export` and the UI's list exports feed to
// exportCaseRows / exportDeadlineRows.
CaseRow caseRowOf(const CaseState& state);
QList<DeadlineRow> deadlineRowsOf(const CaseState& state);

} // namespace casetrack
