// The calendars CaseTrack ships, written by hand from the State Council's annual notices
// (国务院办公厅关于××年部分节假日安排的通知). They are compiled in, not read from files, so a
// fresh installation counts deadlines correctly before anyone imports anything.
// tests/calendar checks them day by day against the holiday-cn files in ../shared/data.

#include "calendar/HolidayCalendar.h"

namespace casetrack {

namespace {

struct Ymd
{
    int year;
    int month;
    int day;

    QDate toDate() const { return QDate(year, month, day); }
};

// Consecutive statutory holidays (放假), first and last day inclusive.
struct OffSpan
{
    const char* name;
    Ymd first;
    Ymd last;
};

// Weekend days worked instead (调休上班), named after the holiday they pay for.
struct WorkDay
{
    const char* name;
    Ymd date;
};

// Names as the notices (and holiday-cn) give them; in 2025 the two autumn festivals were joined.
constexpr OffSpan kOffSpans[] = {
    // 2024
    {"元旦", {2024, 1, 1}, {2024, 1, 1}},
    {"春节", {2024, 2, 10}, {2024, 2, 17}},
    {"清明节", {2024, 4, 4}, {2024, 4, 6}},
    {"劳动节", {2024, 5, 1}, {2024, 5, 5}},
    {"端午节", {2024, 6, 10}, {2024, 6, 10}},
    {"中秋节", {2024, 9, 15}, {2024, 9, 17}},
    {"国庆节", {2024, 10, 1}, {2024, 10, 7}},
    // 2025
    {"元旦", {2025, 1, 1}, {2025, 1, 1}},
    {"春节", {2025, 1, 28}, {2025, 2, 4}},
    {"清明节", {2025, 4, 4}, {2025, 4, 6}},
    {"劳动节", {2025, 5, 1}, {2025, 5, 5}},
    {"端午节", {2025, 5, 31}, {2025, 6, 2}},
    {"国庆节、中秋节", {2025, 10, 1}, {2025, 10, 8}},
    // 2026
    {"元旦", {2026, 1, 1}, {2026, 1, 3}},
    {"春节", {2026, 2, 15}, {2026, 2, 23}},
    {"清明节", {2026, 4, 4}, {2026, 4, 6}},
    {"劳动节", {2026, 5, 1}, {2026, 5, 5}},
    {"端午节", {2026, 6, 19}, {2026, 6, 21}},
    {"中秋节", {2026, 9, 25}, {2026, 9, 27}},
    {"国庆节", {2026, 10, 1}, {2026, 10, 7}},
};

constexpr WorkDay kWorkDays[] = {
    {"春节", {2024, 2, 4}},
    {"春节", {2024, 2, 18}},
    {"清明节", {2024, 4, 7}},
    {"劳动节", {2024, 4, 28}},
    {"劳动节", {2024, 5, 11}},
    {"中秋节", {2024, 9, 14}},
    {"国庆节", {2024, 9, 29}},
    {"国庆节", {2024, 10, 12}},

    {"春节", {2025, 1, 26}},
    {"春节", {2025, 2, 8}},
    {"劳动节", {2025, 4, 27}},
    {"国庆节、中秋节", {2025, 9, 28}},
    {"国庆节、中秋节", {2025, 10, 11}},

    {"元旦", {2026, 1, 4}},
    {"春节", {2026, 2, 14}},
    {"春节", {2026, 2, 28}},
    {"劳动节", {2026, 5, 9}},
    {"国庆节", {2026, 9, 20}},
    {"国庆节", {2026, 10, 10}},
};

constexpr int kFirstYear = 2024;
constexpr int kLastYear = 2026;

HolidayCalendar makeBuiltin()
{
    QHash<int, QList<CalendarDay>> byYear;
    for (const OffSpan& span : kOffSpans) {
        const QString name = QString::fromUtf8(span.name);
        const QDate last = span.last.toDate();
        for (QDate date = span.first.toDate(); date <= last; date = date.addDays(1))
            byYear[date.year()].append(CalendarDay{date, name, true});
    }
    for (const WorkDay& work : kWorkDays) {
        const QDate date = work.date.toDate();
        byYear[date.year()].append(CalendarDay{date, QString::fromUtf8(work.name), false});
    }

    HolidayCalendar calendar;
    for (int year = kFirstYear; year <= kLastYear; ++year)
        calendar.setYear(year, byYear.value(year));
    return calendar;
}

} // namespace

HolidayCalendar HolidayCalendar::builtin()
{
    // Built once; copies share the hash implicitly, so callers may take it freely.
    static const HolidayCalendar calendar = makeBuiltin();
    return calendar;
}

} // namespace casetrack
