#pragma once

#include "documents/DocumentKind.h"
#include "documents/DocumentSettings.h"
#include "procedure/CaseState.h"
#include "procedure/Organization.h"
#include "util/Error.h"

#include <QHash>
#include <QList>

namespace casetrack {

// Which organ stands for each body in a document (issue 11): the case's `bodies` (body id → org
// id) when it names one, else the registry's default organ of that kind, else a name the office
// typed in the document settings. A body the document names (found from its template's
// placeholders) that has none of these, or only the built-in 某某 placeholder, refuses the
// document (Refused, exit 4) and says what to register. The 发文字号 is the issuing organ's
// doc_prefix, 〔year〕 and the number; its 发文机关标志 and 印发机关 come from the same organ.
Result<DocumentSettings> documentSettingsFor(DocumentKind kind, const CaseState& state,
                                             const DocumentInputs& inputs, const DocumentSettings& stored,
                                             const QList<Organization>& registry,
                                             const QHash<QString, QString>& caseBodies);

// The body that signs and numbers a kind (the decider for a decision, the stationed body for its
// notices, ...); empty for forms without a number (宣布记录, 案件摘要).
QString issuingBody(DocumentKind kind, const CaseState& state);

} // namespace casetrack
