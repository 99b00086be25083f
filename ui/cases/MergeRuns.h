#pragma once

#include <QList>

#include <algorithm>
#include <utility>
#include <vector>

namespace casetrack {

// Merges runs each sorted by `less` into one sorted list, moving each element once. On a tie the
// element of the earlier run comes first, so the result is what a stable sort of the runs laid
// end to end would give. The runs are left holding moved-from elements.
template <typename T, typename Less> QList<T> mergeRuns(QList<QList<T>>& runs, Less less)
{
    qsizetype total = 0;
    for (const QList<T>& run : std::as_const(runs))
        total += run.size();
    QList<T> out;
    out.reserve(total);
    std::vector<qsizetype> head(runs.size(), 0);
    // A heap of run numbers, the run whose head comes first on top.
    const auto comesAfter = [&](int a, int b) {
        const T& x = runs[a][head[a]];
        const T& y = runs[b][head[b]];
        if (less(y, x))
            return true;
        return !less(x, y) && a > b;
    };
    std::vector<int> heap;
    for (int run = 0; run < runs.size(); ++run) {
        if (!runs[run].isEmpty())
            heap.push_back(run);
    }
    std::make_heap(heap.begin(), heap.end(), comesAfter);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), comesAfter);
        const int run = heap.back();
        out.append(std::move(runs[run][head[run]++]));
        if (head[run] < runs[run].size())
            std::push_heap(heap.begin(), heap.end(), comesAfter);
        else
            heap.pop_back();
    }
    return out;
}

} // namespace casetrack
