#pragma once

#include "calendar/HolidayCalendar.h"
#include "procedure/CaseRecord.h"
#include "procedure/CaseState.h"
#include "procedure/EngineSettings.h"

#include <QDate>
#include <QList>

#include <vector>

namespace casetrack::bench {

// What a case list keeps of a derived state: enough to filter, sort and show deadlines.
struct CaseSummary
{
    QString stage;
    bool closed = false;
    QList<CaseDeadline> deadlines;
};

// deriveState for every record (all its deadlines as of `asOf`), split over `threads` threads:
// deriveState is pure, and each thread writes only its own slots.
std::vector<CaseSummary> deriveAll(const QList<CaseRecord>& records, const HolidayCalendar& calendar,
                                   const EngineSettings& settings, const QDate& asOf, int threads);

struct OverdueItem
{
    qsizetype caseIndex = 0;
    QString kind;
    QDate due;
};

// Every overdue deadline, the longest overdue first (as the deadline list shows them).
QList<OverdueItem> listOverdue(const std::vector<CaseSummary>& summaries);

} // namespace casetrack::bench
