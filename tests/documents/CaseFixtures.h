#pragma once

#include "procedure/CaseState.h"

namespace casetrack::test {

// A standard-track case (第八条, 第九条) decided by the Party group on 2025-01-31 with a warning.
CaseState decidedCase();
// The same case stopped after the proposal (no decision yet).
CaseState proposalCase();

} // namespace casetrack::test
