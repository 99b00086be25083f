#pragma once

#include "documents/DocumentSettings.h"
#include "procedure/CaseState.h"

#include <QHash>
#include <QString>

namespace casetrack {

// The placeholder values of the documents of the decision's later life and of the special paths
// (issue 11, procedure revision 2): escalation.*, disagreement.*, consultation.*, execution.*,
// probation.*, appeal.* (docs/documents.md). Each is empty when its step is not recorded; a
// document that needs one is refused before that (DocumentApplicability), never printed blank.
void addFollowUpValues(const CaseState& state, const DocumentSettings& settings,
                       QHash<QString, QString>& values);

} // namespace casetrack
