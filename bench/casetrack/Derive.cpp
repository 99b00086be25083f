#include "Derive.h"

#include "procedure/ProcedureEngine.h"

#include <algorithm>
#include <thread>

namespace casetrack::bench {

std::vector<CaseSummary> deriveAll(const QList<CaseRecord>& records, const HolidayCalendar& calendar,
                                   const EngineSettings& settings, const QDate& asOf, int threads)
{
    std::vector<CaseSummary> summaries(size_t(records.size()));
    // Contiguous blocks, so each thread walks its own part of memory.
    const qsizetype block = (records.size() + threads - 1) / threads;
    auto work = [&](int slice) {
        const qsizetype end = std::min<qsizetype>(records.size(), (slice + 1) * block);
        for (qsizetype i = slice * block; i < end; ++i) {
            CaseState state = deriveState(records[i], calendar, settings, asOf);
            CaseSummary& s = summaries[size_t(i)];
            s.stage = stageId(state.stage);
            s.closed = state.closed;
            s.deadlines = std::move(state.deadlines);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread& t : pool)
        t.join();
    return summaries;
}

QList<OverdueItem> listOverdue(const std::vector<CaseSummary>& summaries)
{
    QList<OverdueItem> items;
    for (size_t i = 0; i < summaries.size(); ++i) {
        for (const CaseDeadline& d : summaries[i].deadlines) {
            if (d.status == DeadlineStatus::Overdue)
                items.append({qsizetype(i), d.id(), d.due});
        }
    }
    std::sort(items.begin(), items.end(), [](const OverdueItem& a, const OverdueItem& b) {
        return a.due != b.due ? a.due < b.due : a.caseIndex < b.caseIndex;
    });
    return items;
}

} // namespace casetrack::bench
