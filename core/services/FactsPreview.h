#pragma once

#include "procedure/CaseState.h"
#include "util/Error.h"

#include <QJsonObject>
#include <QString>

namespace casetrack {

class Session;

// A fact correction tried before it is saved (procedure.md revision 2, item 10): the case as it
// is, and as it would be with the corrected facts, replayed through the same core functions
// Session::correctFacts uses. Nothing is written.
struct FactsPreview
{
    CaseState before;
    CaseState after; // the history replayed under the corrected facts
    CaseFacts corrected;
    Error refusal; // Refused, naming the recorded steps that would be orphaned; Ok otherwise
};

// Invalid (the field named) when the corrected facts are invalid or name an unregistered organ;
// the case's own load errors as they come. A refusal is part of the preview, not an error.
Result<FactsPreview> previewFactsCorrection(const Session& session, const QString& caseId,
                                            const QJsonObject& patch);

} // namespace casetrack
