#pragma once

#include "calendar/DeadlineCounter.h"

#include <QDate>
#include <QList>
#include <QString>

class QCollator;

namespace casetrack {

struct CaseDigest;

// What the case list and the deadlines dashboard show of one case: a few strings and dates,
// made once from the case's stored summary (CaseDigest) with the keys the list sorts and
// filters on, so that 100,000 rows stay small and every sort is an index permutation.
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
    // Positions among all rows, made once off the UI thread (CaseIndex), so that every sort
    // compares integers: names and units in pinyin order (PinyinOrder.h), the number in
    // natural order (also every sort's tie-break).
    int nameRank = 0;
    int unitRank = 0;
    int numberRank = 0;
};

// One open (not met) deadline of a case, for the dashboard.
struct DeadlineEntry
{
    QString caseId;
    QString caseNumber;
    QString name;
    QString labelCode; // encoded messages (CaseDigest.h): decoded only for the rows shown
    QString article;
    QString explainCode;
    QDate due;
    DeadlineStatus status = DeadlineStatus::Open;

    QString labelText() const;
    QString explainText() const;
};

// The row of `digest` as of `asOf` (deadline statuses from the stored due dates) with its search
// and number keys; the ranks are left for the caller, who knows the other rows.
CaseSummary summaryRow(const CaseDigest& digest, const QDate& asOf, int warningDays);
// The digest's open deadlines with their status as of `asOf`, for the dashboard.
QList<DeadlineEntry> deadlineEntries(const CaseDigest& digest, const QDate& asOf, int warningDays);
// A collator for names in pinyin order (the Chinese locale; numbers by value). One per thread.
QCollator pinyinCollator();
// `text` with every digit run zero-padded to 12 digits, so that "3" sorts before "11". Its
// characters are the text's own and, when the text has a digit, kNaturalSortPadding
// (PinyinOrder ranks exactly those).
QString naturalSortKey(const QString& text);
inline constexpr char16_t kNaturalSortPadding = u'0';

} // namespace casetrack
