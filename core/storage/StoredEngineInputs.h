#pragma once

#include "calendar/HolidayCalendar.h"
#include "procedure/EngineSettings.h"

namespace casetrack {

class Database;

// The two inputs of deriveState that live in the database besides the case itself: the holiday
// calendar (built-in years, replaced by the years the database holds) and the engine settings
// (defaults when none are stored). Read by the session and by the summary migration alike.
HolidayCalendar storedCalendar(Database& db);
EngineSettings storedEngineSettings(Database& db);

} // namespace casetrack
