#pragma once

#include "accounts/Role.h"
#include "cases/CaseSummary.h"

#include <QList>
#include <QString>

namespace casetrack {

// What the start page shows, computed from the case index's rows (the stored case summaries:
// no history is read). Pure functions, so that the page and its tests count the same way.

// The deadlines that need attention: overdue, then due soon (within the engine settings'
// warning days, the same judgement as the status bar and the deadlines page), by due date. Only
// the first `limit` are listed (as positions in `deadlines`); all are counted, without copying
// any (150,000 open deadlines at 100,000 cases: docs/benchmarks.md).
struct AttentionDeadlines
{
    int overdue = 0;
    int dueSoon = 0;
    QList<int> first; // positions in `deadlines`: overdue first, then due soon
};
AttentionDeadlines attentionDeadlines(const QList<DeadlineEntry>& deadlines, int limit);

// The open cases whose next required step is one `role` may record (procedure/StepTable's role
// matrix, docs/roles.md): how many there are, and the first `limit` of them in the list's
// case-number order (as positions in `cases`). An administrator may record every step, an
// auditor none.
struct WaitingCases
{
    int total = 0;
    QList<int> first; // rows of `cases`
};
WaitingCases casesWaitingFor(Role role, const QList<CaseSummary>& cases, int limit);

struct StageCount
{
    QString stage; // a Stage id
    int count = 0;
};
// How many cases stand at each stage, in procedure order, stages without a case left out.
QList<StageCount> stageCounts(const QList<CaseSummary>& cases);

} // namespace casetrack
