#pragma once

#include "calendar/HolidayCalendar.h"
#include "util/Message.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casetrack {

enum class PeriodUnit
{
    Days,
    Months,
    WorkingDays
};

struct Period
{
    int amount = 0;
    PeriodUnit unit = PeriodUnit::Days;
};

// How a due date was reached, for the user and for the JSON "explain" key.
struct DueDate
{
    QDate nominal;           // the period's last day before any rest-day extension
    QDate due;               // after the extension (equal to nominal in strict mode)
    Message explain;         // e.g. "2025-10-01 为法定节假日，顺延至 2025-10-09"
    QList<int> unknownYears; // years the counting touched that have no calendar
};

// Counts periods by analogy with 《民法典》第二百零一条至第二百零三条 (../shared/spec/procedure.md,
// "Counting"): the start day is not counted; months end on the same-numbered day or the month's
// last day; a last day that is a rest day moves to the next working day unless `strict`.
// WorkingDays: the Nth working day after the start day (holidays are skipped in strict mode too).
// unknownYears lists the years whose rest days decided the result but have no calendar: those of
// the last day and its extension, and for working days every year counted through; a strict count
// of days or months consults no calendar. An invalid `from` or a negative amount gives invalid
// dates and an `explain` saying why.
DueDate countDeadline(const QDate& from, const Period& period, const HolidayCalendar& calendar, bool strict);

enum class DeadlineStatus
{
    Open,
    DueSoon,
    Overdue,
    Met,
    MetLate
};

// "open", "due_soon", "overdue", "met", "met_late".
QString deadlineStatusId(DeadlineStatus status);

// Status as of `asOf`: `metOn` is the met-by step's date or invalid when not met yet.
DeadlineStatus deadlineStatus(const QDate& due, const QDate& metOn, const QDate& asOf, int warningDays);

} // namespace casetrack
