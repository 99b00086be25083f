// Settings and the holiday calendar, stored in the database and audited.
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/StoredEngineInputs.h"
#include "storage/SummaryStore.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casetrack {

namespace {

QJsonObject readSetting(Database& db, const QString& key)
{
    Statement stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, key);
    return stmt.next() ? QJsonDocument::fromJson(stmt.text(0).toUtf8()).object() : QJsonObject();
}

Error writeSetting(Database& db, const QString& key, const QJsonObject& value)
{
    Statement stmt = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    stmt.bind(1, key).bind(2, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return stmt.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, db.lastError());
}

QJsonArray daysToJson(const QList<CalendarDay>& days)
{
    QJsonArray array;
    for (const CalendarDay& day : days)
        array.append(QJsonObject{{QStringLiteral("date"), isoDate(day.date)},
                                 {QStringLiteral("name"), day.name},
                                 {QStringLiteral("isOffDay"), day.offDay}});
    return array;
}

bool insertDay(Database& db, const CalendarDay& day)
{
    Statement stmt = db.prepare("INSERT OR REPLACE INTO calendar_days(date, name, off_day) VALUES(?, ?, ?)");
    stmt.bind(1, isoDate(day.date)).bind(2, day.name).bind(3, day.offDay ? 1 : 0);
    return stmt.run();
}

// The database holds a year itself once it is imported or edited; a hand edit of a built-in
// year starts from a copy of the built-in days.
Error takeOverYear(Database& db, int year, const QString& source, const HolidayCalendar& current,
                   bool replace)
{
    Statement known = db.prepare("SELECT 1 FROM calendar_years WHERE year = ?");
    known.bind(1, year);
    const bool held = known.next();
    known.reset();
    if (replace || !held) {
        Statement clear = db.prepare("DELETE FROM calendar_days WHERE date LIKE ?");
        clear.bind(1, QString::number(year) + QStringLiteral("-%"));
        clear.run();
        if (!replace) {
            for (const CalendarDay& day : current.daysOfYear(year))
                insertDay(db, day);
        }
    }
    Statement mark = db.prepare("INSERT OR REPLACE INTO calendar_years(year, source) VALUES(?, ?)");
    mark.bind(1, year).bind(2, source);
    return mark.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, db.lastError());
}

} // namespace

EngineSettings Session::engineSettings() const
{
    return storedEngineSettings(*d->db);
}

Error Session::setEngineSettings(const EngineSettings& settings)
{
    if (Error error = d->refuseUnless(Action::ChangeSettings); error.isError())
        return error;
    const QJsonObject before = engineSettings().toJson();
    const QJsonObject after = settings.toJson();
    return d->change(QStringLiteral("settings.change"), QStringLiteral("engine"), before, after, [&]() {
        if (Error error = writeSetting(*d->db, QStringLiteral("engine"), after); error.isError())
            return error;
        // Deadlines and their periods may move: every case's summary, from its events again.
        return rebuildSummaries(*d->db, d->rebuildProgress);
    });
}

QJsonObject Session::setting(const QString& key) const
{
    return readSetting(*d->db, key);
}

Error Session::setSetting(const QString& key, const QJsonObject& value)
{
    if (Error error = d->refuseUnless(Action::ChangeSettings); error.isError())
        return error;
    const QJsonObject before = setting(key);
    return d->change(QStringLiteral("settings.change"), key, before, value, [&]() {
        if (Error error = writeSetting(*d->db, key, value); error.isError())
            return error;
        // The engine's settings written by key are the same change as setEngineSettings.
        return key == QLatin1String("engine") ? rebuildSummaries(*d->db, d->rebuildProgress) : Error::ok();
    });
}

IdleLockPolicy Session::idleLockPolicy() const
{
    return IdleLockPolicy::fromSetting(setting(QStringLiteral("security")));
}

Error Session::setIdleLockMaxMinutes(int minutes)
{
    if (minutes < IdleLockPolicy::kMinMinutes || minutes > IdleLockPolicy::kMaxMinutes)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "自动锁定时间应在 %1 到 %2 分钟之间。")
                               .arg(IdleLockPolicy::kMinMinutes)
                               .arg(IdleLockPolicy::kMaxMinutes));
    IdleLockPolicy policy;
    policy.maxMinutes = minutes;
    return setSetting(QStringLiteral("security"), policy.toSetting(setting(QStringLiteral("security"))));
}

HolidayCalendar Session::calendar() const
{
    return storedCalendar(*d->db);
}

Error Session::importCalendar(const QByteArray& holidayCnJson, int* importedYear)
{
    if (Error error = d->refuseUnless(Action::EditCalendar); error.isError())
        return error;
    int year = 0;
    Result<QList<CalendarDay>> days = HolidayCalendar::parseHolidayCn(holidayCnJson, &year);
    if (!days.ok())
        return days.error();
    const HolidayCalendar current = calendar();
    const QJsonValue before =
        current.knowsYear(year) ? QJsonValue(daysToJson(current.daysOfYear(year))) : QJsonValue();
    Error error = d->change(
        QStringLiteral("calendar.import"), QString::number(year), before, daysToJson(days.value()), [&]() {
            if (Error e = takeOverYear(*d->db, year, QStringLiteral("import"), current, true); e.isError())
                return e;
            for (const CalendarDay& day : days.value()) {
                if (!insertDay(*d->db, day))
                    return Error::make(ErrorCode::Unavailable, d->db->lastError());
            }
            // Rest days move due dates: every case's summary, from its events again.
            return rebuildSummaries(*d->db, d->rebuildProgress);
        });
    if (!error.isError() && importedYear)
        *importedYear = year;
    return error;
}

Error Session::setCalendarDay(const CalendarDay& day)
{
    if (Error error = d->refuseUnless(Action::EditCalendar); error.isError())
        return error;
    if (!day.date.isValid() || day.name.trimmed().isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "请填写有效的日期和名称（如“国庆节”或“调休上班”）。"));
    const HolidayCalendar current = calendar();
    const CalendarDay* old = current.dayInfo(day.date);
    const QJsonValue before = old ? QJsonValue(daysToJson({*old}).first()) : QJsonValue();
    return d->change(
        QStringLiteral("calendar.edit"), isoDate(day.date), before, daysToJson({day}).first(), [&]() {
            if (Error e = takeOverYear(*d->db, day.date.year(), QStringLiteral("manual"), current, false);
                e.isError())
                return e;
            if (!insertDay(*d->db, day))
                return Error::make(ErrorCode::Unavailable, d->db->lastError());
            return rebuildSummaries(*d->db, d->rebuildProgress);
        });
}

Error Session::removeCalendarDay(const QDate& date)
{
    if (Error error = d->refuseUnless(Action::EditCalendar); error.isError())
        return error;
    const HolidayCalendar current = calendar();
    const CalendarDay* old = current.dayInfo(date);
    if (!old)
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate(
                                                   "Session", "%1 不是日历中登记的节假日或调休日，无需删除。")
                                                   .arg(isoDate(date)));
    return d->change(QStringLiteral("calendar.edit"), isoDate(date), daysToJson({*old}).first(), {}, [&]() {
        if (Error e = takeOverYear(*d->db, date.year(), QStringLiteral("manual"), current, false);
            e.isError())
            return e;
        Statement remove = d->db->prepare("DELETE FROM calendar_days WHERE date = ?");
        remove.bind(1, isoDate(date));
        if (!remove.run())
            return Error::make(ErrorCode::Unavailable, d->db->lastError());
        return rebuildSummaries(*d->db, d->rebuildProgress);
    });
}

} // namespace casetrack
