#pragma once

#include "procedure/CaseRecord.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace casetrack::bench {

// One generated case: what is stored, and the step that would come next (for "record one step").
struct GeneratedCase
{
    CaseRecord record;
    QJsonObject factsJson;
    std::optional<Event> nextEvent; // the following step of its script, when the case stopped early
    bool complete = false;          // every step closing needs is in `record` (the case should be closed)
};

// Realistic histories for the benchmark: each case's facts pick one of the four tracks, and its
// events walk that track in order (with the optional steps the spec allows: early intervention,
// transfer exemption, consensus, filing problems, grassroots expulsion, quality evaluation,
// rectification, corrections). About a third of the cases stop part way, which leaves some
// deadlines open and some overdue as of the end of 2026. Deterministic: the same seed and index
// give the same case, so any case can be generated again without storing it.
class HistoryGenerator
{
public:
    explicit HistoryGenerator(quint64 seed) : m_seed(seed) {}

    GeneratedCase make(int index) const;
    static QString caseId(int index);

private:
    quint64 m_seed;
};

} // namespace casetrack::bench
