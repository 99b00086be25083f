// The preview shares every check with Session::correctFacts (correctedFacts, the bodies against
// the registry, checkFactsCorrection), so what it shows is what saving would do.
#include "services/FactsPreview.h"

#include "procedure/CaseBodies.h"
#include "procedure/InputLimits.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"

namespace casetrack {

Result<FactsPreview> previewFactsCorrection(const Session& session, const QString& caseId,
                                            const QJsonObject& patch)
{
    if (Error error = checkCaseFactsInput(patch); error.isError())
        return error;
    Result<CaseRecord> record = session.loadCase(caseId);
    if (!record.ok())
        return record.error();
    Result<CaseFacts> corrected = correctedFacts(record->facts, patch);
    if (!corrected.ok())
        return corrected.error();
    if (!corrected->bodies.isEmpty()) {
        Result<QList<Organization>> registry = session.organizations();
        if (!registry.ok())
            return registry.error();
        if (Error error = checkCaseBodies(corrected->bodies, registry.value()); error.isError())
            return error;
    }
    const HolidayCalendar calendar = session.calendar();
    const EngineSettings settings = session.engineSettings();
    const QDate today = QDate::currentDate();
    FactsPreview preview;
    preview.before = deriveState(record.value(), calendar, settings, today);
    preview.corrected = corrected.value();
    preview.refusal = checkFactsCorrection(record.value(), corrected.value(), settings);
    CaseRecord replayed = record.value();
    replayed.facts = corrected.value();
    preview.after = deriveState(replayed, calendar, settings, today);
    return preview;
}

} // namespace casetrack
