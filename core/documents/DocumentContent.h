#pragma once

#include "documents/DocumentKind.h"
#include "documents/DocumentSettings.h"
#include "procedure/CaseState.h"
#include "util/Error.h"

namespace casetrack {

// What a document states besides the case's facts (issue 11): findings (违纪事实) and basis
// (处分依据). The inputs typed for the document win; otherwise the latest recorded step that carries
// `findings` / `basis` in its data (proposal, review, decision: carried forward step to step).
DocumentInputs withRecordedFindings(const DocumentInputs& inputs, const CaseState& state);

// Refused (exit 4 in the CLI) with what to fill in when the document would print a statement
// empty or with a stand-in: a decision or 备案表 without findings or basis, a 第十一条第三款 notice
// to a local organization department whose name is not set.
Error checkDocumentComplete(DocumentKind kind, const CaseState& state, const DocumentInputs& inputs,
                            const DocumentSettings& settings);

} // namespace casetrack
