#pragma once

#include "calendar/DeadlineCounter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casetrack {

struct CaseState;

// What the case list and the deadlines dashboard show of one case: a few strings and dates,
// derived once from the case state so that 100,000 rows stay small and quick to filter.
struct CaseSummary
{
    QString id;
    QString number; // case_filed's number, or the id
    QString name;
    QString unit;
    QString track;    // id
    QString stage;    // id
    QString nextStep; // id of the first required step not done yet, empty when closed
    QString sanction; // id, empty before a decision
    int year = 0;     // of case_filed (or the first event)
    bool closed = false;
    bool hasDeadline = false;
    QDate nearestDue; // nearest open deadline's due date
    DeadlineStatus nearestStatus = DeadlineStatus::Open;
    QString searchKey; // number, name and unit, case-folded, for the search box
    QString numberKey; // the number with digit runs zero-padded: "3号" sorts before "11号"
};

// One open (not met) deadline of a case, for the dashboard.
struct DeadlineEntry
{
    QString caseId;
    QString caseNumber;
    QString name;
    QString label;
    QString article;
    QString explain;
    QDate due;
    DeadlineStatus status = DeadlineStatus::Open;
};

CaseSummary summarize(const CaseState& state);
QString naturalSortKey(const QString& text);
QList<DeadlineEntry> openDeadlines(const CaseState& state);

} // namespace casetrack
