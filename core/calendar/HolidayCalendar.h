#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace casetrack {

// One day that the State Council's notice names: a statutory holiday (isOffDay) or an adjusted
// working day (调休上班, a weekend day worked).
struct CalendarDay
{
    QDate date;
    QString name; // 春节, 国庆节, ...
    bool offDay = true;

    bool operator==(const CalendarDay& other) const
    {
        return date == other.date && name == other.name && offDay == other.offDay;
    }
};

// The rest days used in deadline counting: Saturdays and Sundays that are not adjusted working
// days, plus the notices' statutory holidays. A year is "known" when its notice has been loaded.
class HolidayCalendar
{
public:
    // The calendars CaseTrack ships (2024, 2025, 2026), written from the State Council notices.
    static HolidayCalendar builtin();

    // Parses one year in the public holiday-cn JSON format. A malformed file gives an Invalid
    // error that says what is wrong (and the calendar is not changed by the caller).
    static Result<QList<CalendarDay>> parseHolidayCn(const QByteArray& json, int* year = nullptr);

    // Replaces everything known about `year` with `days` and marks the year as known.
    void setYear(int year, const QList<CalendarDay>& days);
    // Sets or clears (nullptr name) a single day by hand; marks the year as known.
    void setDay(const CalendarDay& day);
    void removeDay(const QDate& date);

    bool knowsYear(int year) const;
    QList<int> knownYears() const;
    QList<CalendarDay> daysOfYear(int year) const;

    // The notice's entry for a date, if any.
    const CalendarDay* dayInfo(const QDate& date) const;
    bool isRestDay(const QDate& date) const;
    bool isStatutoryHoliday(const QDate& date) const;
    bool isAdjustedWorkingDay(const QDate& date) const;

private:
    QHash<QDate, CalendarDay> m_days;
    QSet<int> m_years;
};

} // namespace casetrack
