#include "storage/StoredEngineInputs.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>

namespace casetrack {

HolidayCalendar storedCalendar(Database& db)
{
    HolidayCalendar calendar = HolidayCalendar::builtin();
    QHash<int, QList<CalendarDay>> held;
    Statement years = db.prepare("SELECT year FROM calendar_years");
    while (years.next())
        held.insert(static_cast<int>(years.integer(0)), {});
    Statement days = db.prepare("SELECT date, name, off_day FROM calendar_days ORDER BY date");
    while (days.next()) {
        CalendarDay day{QDate::fromString(days.text(0), Qt::ISODate), days.text(1), days.integer(2) != 0};
        if (held.contains(day.date.year()))
            held[day.date.year()].append(day);
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        calendar.setYear(it.key(), it.value());
    return calendar;
}

EngineSettings storedEngineSettings(Database& db)
{
    Statement stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, QStringLiteral("engine"));
    const QJsonObject json =
        stmt.next() ? QJsonDocument::fromJson(stmt.text(0).toUtf8()).object() : QJsonObject();
    Result<EngineSettings> settings = EngineSettings::fromJson(json);
    return settings.ok() ? settings.take() : EngineSettings();
}

} // namespace casetrack
