#pragma once

#include "calendar/HolidayCalendar.h"
#include "procedure/CaseAnalysis.h"
#include "procedure/CaseState.h"
#include "procedure/EngineSettings.h"

namespace casetrack {

// Internal to the engine: the deadlines of the spec ("Deadlines") and of the users' own rules,
// with their statuses as of a date; and the informational periods after a sanction.
QList<CaseDeadline> deadlinesOf(const CaseAnalysis& analysis, const HolidayCalendar& calendar,
                                const EngineSettings& settings, const QDate& asOf);
QList<SanctionPeriod> sanctionPeriodsOf(const CaseAnalysis& analysis);

} // namespace casetrack
