#include "documents/CaseRows.h"

#include "documents/CaseValues.h"
#include "documents/Documents.h"
#include "procedure/StepTable.h"

namespace casetrack {

CaseRow caseRowOf(const CaseState& state)
{
    CaseRow row;
    row.id = state.id;
    row.subjectName = state.facts.subject.name;
    row.unit = state.facts.subject.unit;
    row.position = state.facts.subject.position;
    row.track = trackDisplayName(state.track);
    row.stage = stageDisplayName(state.stage);
    row.closed = state.closed;
    for (const Event& e : state.effectiveEvents) {
        if (e.step == QLatin1String("case_filed"))
            row.filedOn = e.date;
    }
    if (state.decision) {
        row.sanction = sanctionText(state.decision->sanction, state.decision->probationYears);
        row.decidedOn = state.decision->decidedOn;
        row.effectiveOn = state.decision->effectiveOn;
    }
    for (const CaseDeadline& d : state.deadlines) {
        if (d.status == DeadlineStatus::Overdue)
            ++row.overdue;
        const bool open = d.status == DeadlineStatus::Open || d.status == DeadlineStatus::DueSoon ||
                          d.status == DeadlineStatus::Overdue;
        if (open && (!row.nextDue.isValid() || d.due < row.nextDue)) {
            row.nextDue = d.due;
            row.nextDeadline = d.label.toString();
        }
    }
    return row;
}

QList<DeadlineRow> deadlineRowsOf(const CaseState& state)
{
    QList<DeadlineRow> rows;
    for (const CaseDeadline& d : state.deadlines) {
        DeadlineRow r;
        r.caseId = state.id;
        r.subjectName = state.facts.subject.name;
        r.kind = d.id();
        r.label = d.label.toString();
        r.article = d.article;
        r.from = d.from;
        r.due = d.due;
        r.nominalDue = d.nominalDue;
        r.status = deadlineStatusText(d.status);
        r.statusId = deadlineStatusId(d.status);
        r.metOn = d.metOn;
        r.explain = d.explain.toString();
        rows << r;
    }
    return rows;
}

Error exportCases(const QList<CaseState>& states, ExportFormat format, const QString& outPath)
{
    QList<CaseRow> rows;
    rows.reserve(states.size());
    for (const CaseState& s : states)
        rows << caseRowOf(s);
    return exportCaseRows(rows, format, outPath);
}

Error exportDeadlines(const QList<CaseState>& states, ExportFormat format, const QString& outPath,
                      bool includeNames)
{
    QList<DeadlineRow> rows;
    for (const CaseState& s : states)
        rows << deadlineRowsOf(s);
    return exportDeadlineRows(rows, format, outPath, includeNames);
}

} // namespace casetrack
