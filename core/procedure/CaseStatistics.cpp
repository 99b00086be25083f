#include "procedure/CaseStatistics.h"

#include "procedure/CaseState.h"
#include "procedure/ProcedureEngine.h"

#include <algorithm>

namespace casetrack {

namespace {

QDate filedOn(const CaseState& state)
{
    for (const Event& event : state.effectiveEvents)
        if (event.step == QLatin1String("case_filed"))
            return event.date;
    return {};
}

// The first deadline of `kind`: the one the decision itself started (a later appeal outcome's
// announcement starts another, which is not the decision's own).
const CaseDeadline* firstDeadline(const CaseState& state, DeadlineKind kind)
{
    for (const CaseDeadline& deadline : state.deadlines)
        if (deadline.kind == kind)
            return &deadline;
    return nullptr;
}

void countCase(YearFigures& figures, const CaseState& state, const QString& sanction)
{
    ++figures.cases;
    ++figures.byStage[stageId(state.stage)];
    ++figures.byTrack[trackId(state.track)];
    ++figures.bySanction[sanction];
    ++figures.byUnit[state.facts.subject.unit.trimmed()];
}

void countDeadline(YearFigures& figures, const CaseDeadline& deadline)
{
    DeadlineCompliance& c = figures.complianceByKind[deadline.id()];
    switch (deadline.status) {
    case DeadlineStatus::Met:
        ++c.metOnTime;
        break;
    case DeadlineStatus::MetLate:
        ++c.metLate;
        break;
    case DeadlineStatus::Overdue:
        ++c.overdue;
        break;
    case DeadlineStatus::Open:
    case DeadlineStatus::DueSoon:
        ++c.open;
        break;
    }
}

} // namespace

void CaseStatistics::add(const CaseState& state)
{
    const QString sanction = state.decision ? sanctionId(state.decision->sanction) : QString();
    countCase(at(0), state, sanction);
    if (!state.effectiveEvents.isEmpty())
        countCase(at(state.effectiveEvents.first().date.year()), state, sanction);

    for (const CaseDeadline& deadline : state.deadlines) {
        countDeadline(at(0), deadline);
        countDeadline(at(deadline.due.year()), deadline);
    }

    if (!state.decision || !state.decision->effectiveOn.isValid())
        return;
    const QDate decided = state.decision->effectiveOn;
    const int year = decided.year();
    auto sample = [&](QList<int> YearFigures::*list, int days) {
        (at(0).*list).append(days);
        (at(year).*list).append(days);
    };
    if (const QDate filed = filedOn(state); filed.isValid())
        sample(&YearFigures::filingToDecision, int(filed.daysTo(decided)));
    if (const CaseDeadline* announce = firstDeadline(state, DeadlineKind::Announce);
        announce && announce->metOn.isValid())
        sample(&YearFigures::decisionToAnnouncement, int(announce->from.daysTo(announce->metOn)));
    if (const CaseDeadline* filing = firstDeadline(state, DeadlineKind::RecordFiling);
        filing && filing->metOn.isValid())
        sample(&YearFigures::decisionToRecordFiling, int(filing->from.daysTo(filing->metOn)));
}

QList<int> CaseStatistics::years() const
{
    QList<int> out;
    for (auto it = m_years.cbegin(); it != m_years.cend(); ++it)
        if (it.key() != 0)
            out.append(it.key());
    return out; // QMap keeps its keys ascending
}

YearFigures CaseStatistics::figures(int year) const
{
    return m_years.value(year);
}

std::optional<double> CaseStatistics::median(QList<int> days)
{
    if (days.isEmpty())
        return std::nullopt;
    const qsizetype mid = days.size() / 2;
    std::nth_element(days.begin(), days.begin() + mid, days.end());
    const int upper = days.at(mid);
    if (days.size() % 2 == 1)
        return upper;
    const int lower = *std::max_element(days.begin(), days.begin() + mid);
    return (double(lower) + double(upper)) / 2.0;
}

std::optional<CaseStatistics> countCases(const QList<CaseRecord>& records, const HolidayCalendar& calendar,
                                         const EngineSettings& settings, const QDate& asOf,
                                         const std::function<bool(int, int)>& progress)
{
    constexpr int kProgressEvery = 500;
    const int total = int(records.size());
    CaseStatistics statistics;
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, total))
            return std::nullopt;
        statistics.add(deriveState(records.at(i), calendar, settings, asOf));
    }
    if (progress && !progress(total, total))
        return std::nullopt;
    return statistics;
}

} // namespace casetrack
