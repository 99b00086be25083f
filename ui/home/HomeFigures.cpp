#include "home/HomeFigures.h"

#include "procedure/CaseState.h"
#include "procedure/StepTable.h"

#include <QMap>

#include <algorithm>

namespace casetrack {

QList<DeadlineEntry> attentionDeadlines(const QList<DeadlineEntry>& deadlines)
{
    QList<DeadlineEntry> out;
    for (const DeadlineEntry& d : deadlines) {
        if (d.status == DeadlineStatus::Overdue)
            out.append(d);
    }
    for (const DeadlineEntry& d : deadlines) {
        if (d.status == DeadlineStatus::DueSoon)
            out.append(d);
    }
    // The index keeps them by due date already; stable, so ties keep the case-number order.
    return out;
}

QList<CaseSummary> casesWaitingFor(Role role, const QList<CaseSummary>& cases)
{
    QList<CaseSummary> out;
    for (const CaseSummary& c : cases) {
        if (!c.closed && !c.nextStep.isEmpty() && mayRecordStep(role, c.nextStep))
            out.append(c);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CaseSummary& a, const CaseSummary& b) { return a.numberKey < b.numberKey; });
    return out;
}

QList<StageCount> stageCounts(const QList<CaseSummary>& cases)
{
    QMap<QString, int> count; // by id, so that unknown stages come in a fixed order
    for (const CaseSummary& c : cases)
        ++count[c.stage];
    QList<StageCount> out;
    for (const QString& stage : allStageIds()) {
        if (const int n = count.take(stage); n > 0)
            out.append({stage, n});
    }
    // A stage this build does not know (a newer file): still counted, after the known ones.
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace casetrack
