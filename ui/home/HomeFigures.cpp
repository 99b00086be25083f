#include "home/HomeFigures.h"

#include "procedure/CaseState.h"
#include "procedure/StepTable.h"

#include <QHash>

#include <algorithm>

namespace casetrack {

AttentionDeadlines attentionDeadlines(const QList<DeadlineEntry>& deadlines, int limit)
{
    // The index keeps them by due date already (ties in case-number order): overdue ones first,
    // then those due soon, each in that order.
    AttentionDeadlines out;
    QList<int> dueSoon;
    for (int i = 0; i < deadlines.size(); ++i) {
        const DeadlineStatus status = deadlines[i].status;
        if (status == DeadlineStatus::Overdue) {
            if (++out.overdue <= limit)
                out.first.append(i);
        } else if (status == DeadlineStatus::DueSoon) {
            if (++out.dueSoon <= limit)
                dueSoon.append(i);
        }
    }
    out.first += dueSoon.first(std::min<qsizetype>(dueSoon.size(), limit - out.first.size()));
    return out;
}

WaitingCases casesWaitingFor(Role role, const QList<CaseSummary>& cases, int limit)
{
    // About forty step ids for 100,000 rows: the role matrix is asked once per step id.
    QHash<QString, bool> mayRecord;
    QList<int> rows;
    for (int i = 0; i < cases.size(); ++i) {
        const CaseSummary& c = cases[i];
        if (c.closed || c.nextStep.isEmpty())
            continue;
        auto it = mayRecord.constFind(c.nextStep);
        if (it == mayRecord.cend())
            it = mayRecord.insert(c.nextStep, mayRecordStep(role, c.nextStep));
        if (*it)
            rows.append(i);
    }
    // By the list's natural number order: the ranks the index made once (integers); a case added
    // since the last reload has none yet (-1) and goes first, by its key among such cases.
    auto before = [&](int a, int b) {
        const CaseSummary& x = cases[a];
        const CaseSummary& y = cases[b];
        if (x.numberRank != y.numberRank)
            return x.numberRank < y.numberRank;
        return x.numberKey < y.numberKey;
    };
    const int shown = int(qMin<qsizetype>(limit, rows.size()));
    std::partial_sort(rows.begin(), rows.begin() + shown, rows.end(), before);
    WaitingCases out;
    out.total = int(rows.size());
    out.first = rows.mid(0, shown);
    return out;
}

QList<StageCount> stageCounts(const QList<CaseSummary>& cases)
{
    QHash<QString, int> count;
    for (const CaseSummary& c : cases)
        ++count[c.stage];
    QList<StageCount> out;
    for (const QString& stage : allStageIds()) {
        if (const int n = count.take(stage); n > 0)
            out.append({stage, n});
    }
    // A stage this build does not know (a newer file): still counted, after the known ones, by id.
    QStringList unknown = count.keys();
    unknown.sort();
    for (const QString& stage : unknown)
        out.append({stage, count.value(stage)});
    return out;
}

} // namespace casetrack
