#pragma once

#include "documents/DocumentKind.h"
#include "documents/DocumentSettings.h"
#include "documents/DocumentTemplate.h"
#include "procedure/CaseState.h"
#include "util/Error.h"

namespace casetrack {

// The placeholder values of a case (docs/documents.md lists every key): subject.*, case.*,
// decision.*, proposal.*, suggestion.*, review.*, unit.*, doc.*, announce.*, deadline.*,
// filing.*, and the lists facts, timeline, deadlines, periods. Inputs' `extra` keys are added last
// and may override.
TemplateValues caseTemplateValues(const CaseState& state, const DocumentInputs& inputs,
                                  const DocumentSettings& settings);

// The 本级党委组织部门 of the settings; empty when only 中央组织部 (the default) is set.
QString localOrgDepartment(const DocumentSettings& settings);

// 未到期, 即将到期, 已逾期, 按期完成, 逾期完成 (lists, summaries, calendars).
QString deadlineStatusText(DeadlineStatus status);

// "留党察看一年" for probation with years; the sanction's display name otherwise; empty when none
// is named.
QString sanctionText(const std::optional<Sanction>& sanction, int probationYears);
// The same for an id of step data; an id the table does not know is shown as it is.
QString sanctionText(const QString& sanctionId, int probationYears);

} // namespace casetrack
