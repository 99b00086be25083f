#include "cases/CaseSummary.h"

#include "procedure/CaseState.h"

namespace casetrack {

namespace {
QString caseNumber(const CaseState& state)
{
    for (const Event& event : state.effectiveEvents) {
        if (event.step == QLatin1String("case_filed")) {
            const QString number = event.data.value(QLatin1String("number")).toString();
            if (!number.isEmpty())
                return number;
        }
    }
    return state.id;
}

bool isOpen(const CaseDeadline& deadline)
{
    return deadline.status == DeadlineStatus::Open || deadline.status == DeadlineStatus::DueSoon ||
           deadline.status == DeadlineStatus::Overdue;
}
} // namespace

// Pads every run of digits to 12 places, so that plain string comparison sorts numbers by value
// (computed once per case on the pool, instead of a natural comparison per sort step).
QString naturalSortKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit()) {
            key.append(text[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        const qsizetype length = end - i;
        if (length < 12)
            key.append(QString(12 - length, QLatin1Char('0')));
        key.append(QStringView(text).mid(i, length));
        i = end;
    }
    return key;
}

CaseSummary summarize(const CaseState& state)
{
    CaseSummary s;
    s.id = state.id;
    s.number = caseNumber(state);
    s.name = state.facts.subject.name;
    s.unit = state.facts.subject.unit;
    s.track = state.track;
    s.stage = state.stage;
    s.closed = state.closed;
    for (const NextStep& next : state.next) {
        if (next.required) {
            s.nextStep = next.step;
            break;
        }
    }
    if (state.decision)
        s.sanction = state.decision->sanction;
    if (!state.effectiveEvents.isEmpty())
        s.year = state.effectiveEvents.first().date.year();
    for (const CaseDeadline& deadline : state.deadlines) {
        if (!isOpen(deadline))
            continue;
        if (!s.hasDeadline || deadline.due < s.nearestDue) {
            s.hasDeadline = true;
            s.nearestDue = deadline.due;
            s.nearestStatus = deadline.status;
        }
    }
    s.numberKey = naturalSortKey(s.number);
    s.searchKey = QString(s.number + QLatin1Char('\n') + s.name + QLatin1Char('\n') + s.unit).toCaseFolded();
    return s;
}

QList<DeadlineEntry> openDeadlines(const CaseState& state)
{
    QList<DeadlineEntry> out;
    const QString number = caseNumber(state);
    for (const CaseDeadline& deadline : state.deadlines) {
        if (!isOpen(deadline))
            continue;
        out.append({state.id, number, state.facts.subject.name, deadline.label, deadline.article,
                    deadline.explain, deadline.due, deadline.status});
    }
    return out;
}

} // namespace casetrack
