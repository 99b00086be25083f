#pragma once

#include "documents/DocumentSettings.h"
#include "util/Error.h"

#include <QJsonObject>

namespace casetrack {

// The per-case inputs of documents (违纪事实 paragraphs, 处分依据, number, dates, 抄送, the
// announcement record's fields) as JSON: the CLI's --inputs and what the desktop stores with a
// case (Session::caseDocumentInputs). Keys: violation_facts [..], basis, sequence, issue_date,
// printing_date, main_recipient, copy_to, materials [..], announced_on, announce_place,
// announcer, attendees, recorder, subject_statement. Unknown keys and bad dates are Invalid.
Result<DocumentInputs> documentInputsFromJson(const QJsonObject& json);
QJsonObject documentInputsToJson(const DocumentInputs& inputs);

} // namespace casetrack
