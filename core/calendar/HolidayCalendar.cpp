#include "calendar/HolidayCalendar.h"

#include <algorithm>

namespace casetrack {

void HolidayCalendar::setYear(int year, const QList<CalendarDay>& days)
{
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (it.key().year() == year)
            it = m_days.erase(it);
        else
            ++it;
    }
    // Only the year's own days: a stray date must not silently change another year's calendar.
    for (const CalendarDay& day : days) {
        if (day.date.isValid() && day.date.year() == year)
            m_days.insert(day.date, day);
    }
    m_years.insert(year);
}

void HolidayCalendar::setDay(const CalendarDay& day)
{
    if (!day.date.isValid())
        return;
    m_days.insert(day.date, day);
    m_years.insert(day.date.year());
}

void HolidayCalendar::removeDay(const QDate& date)
{
    // The year stays known: removing an entry is itself a statement about that year.
    m_days.remove(date);
}

bool HolidayCalendar::knowsYear(int year) const
{
    return m_years.contains(year);
}

QList<int> HolidayCalendar::knownYears() const
{
    QList<int> years(m_years.cbegin(), m_years.cend());
    std::sort(years.begin(), years.end());
    return years;
}

QList<CalendarDay> HolidayCalendar::daysOfYear(int year) const
{
    QList<CalendarDay> days;
    for (const CalendarDay& day : m_days) {
        if (day.date.year() == year)
            days.append(day);
    }
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return days;
}

const CalendarDay* HolidayCalendar::dayInfo(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.cend() ? nullptr : &it.value();
}

bool HolidayCalendar::isRestDay(const QDate& date) const
{
    // The notice's entry wins over the weekday: holidays rest, adjusted working days work.
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return it->offDay;
    return date.dayOfWeek() >= Qt::Saturday;
}

bool HolidayCalendar::isStatutoryHoliday(const QDate& date) const
{
    const CalendarDay* day = dayInfo(date);
    return day && day->offDay;
}

bool HolidayCalendar::isAdjustedWorkingDay(const QDate& date) const
{
    const CalendarDay* day = dayInfo(date);
    return day && !day->offDay;
}

} // namespace casetrack
