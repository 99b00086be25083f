// The life of a decision after it is made (procedure.md revision 2): appeals that change or
// revoke the sanction in force, and the probation period (《中国共产党纪律处分条例》第十二条).
#include "procedure/CaseAnalysis.h"

namespace casetrack {

namespace {

QString outcomeOf(const Event& e)
{
    const auto it = e.data.constFind(QLatin1String("outcome"));
    return it == e.data.constEnd() ? QString() : it.value().toString();
}

} // namespace

void CaseAnalysis::updateSegments()
{
    if (m_segments.isEmpty())
        return;
    const int start = m_segments.first().startIndex;
    const QString& appealId = stepDefinition(StepKind::AppealDecided).id;
    for (int i = start + 1; i < m_events.size(); ++i) {
        const Event& e = m_events.at(i);
        if (e.step != appealId)
            continue;
        const QString outcome = outcomeOf(e);
        // An appeal outcome takes effect on its date and replaces the sanction from then on.
        if (outcome == QLatin1String("changed"))
            m_segments.append(SanctionSegment{i, e.date, sanctionOf(e), false, true});
        else if (outcome == QLatin1String("revoked"))
            m_segments.append(SanctionSegment{i, e.date, SanctionChoice{Sanction::None, 0}, true, true});
    }
}

std::optional<Decision> CaseAnalysis::decisionInForce() const
{
    if (!m_decision)
        return std::nullopt;
    Decision d = *m_decision;
    const SanctionSegment& current = m_segments.last();
    if (current.byAppeal) {
        d.sanction = current.choice.sanction;
        d.probationYears = current.choice.probationYears;
        d.decidedOn = current.from;
        d.effectiveOn = current.from;
        d.seq = m_events.at(current.startIndex).seq;
        d.byAppeal = true;
    }
    return d;
}

bool CaseAnalysis::appealOpen() const
{
    return last(StepKind::AppealFiled) > last(StepKind::AppealDecided);
}

int CaseAnalysis::firstAfter(StepKind kind, int index) const
{
    const int first = m_first[int(kind)];
    if (first < 0 || first > index)
        return first;
    if (m_last[int(kind)] <= index)
        return -1;
    const QString& id = stepDefinition(kind).id;
    for (int i = index + 1; i < m_events.size(); ++i) {
        if (m_events.at(i).step == id)
            return i;
    }
    return -1;
}

ProbationState CaseAnalysis::probation() const
{
    ProbationState p;
    const SanctionSegment* current = currentSegment();
    if (!current || current->choice.sanction != Sanction::Probation)
        return p;
    p.inForce = true;
    const int years = current->choice.probationYears == 2 ? 2 : 1;
    // The start day is not counted: the period ends on the same-numbered day (or the month's
    // last day) `years` later.
    p.firstEnd = current->from.addMonths(12 * years);
    p.periodEnd = p.firstEnd;
    const QString& id = stepDefinition(StepKind::ProbationConcluded).id;
    for (int i = current->startIndex + 1; i < m_events.size(); ++i) {
        const Event& e = m_events.at(i);
        if (e.step != id)
            continue;
        const QString outcome = outcomeOf(e);
        if (outcome == QLatin1String("extended") && !p.extended) {
            // One more year from the day after the first period's last day.
            p.extended = true;
            p.extendedIndex = i;
            p.periodEnd = p.firstEnd.addMonths(12);
        } else if (outcome == QLatin1String("restored") || outcome == QLatin1String("expelled")) {
            p.concluded = true;
        }
    }
    return p;
}

} // namespace casetrack
