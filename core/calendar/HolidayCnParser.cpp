// HolidayCalendar::parseHolidayCn: the public holiday-cn JSON format
// (https://github.com/NateScarlet/holiday-cn, MIT), which users import for new years.
//
// Strict on what the counting relies on, lenient on the rest:
// - the top level must be an object with an integer "year" and a non-empty array "days";
// - every entry must be an object with a non-empty string "name", a "date" written YYYY-MM-DD that
//   is a real date inside "year", and a boolean "isOffDay"; a date may appear only once;
// - other keys ("$schema", "$id", "papers", or anything a later version of the format adds) are
//   ignored, at the top level and inside entries, so newer files still import.
// An empty "days" is refused: every year has statutory holidays, so such a file is a placeholder
// published before the notice, and importing it would hide the "year not imported" warning.

#include "calendar/HolidayCalendar.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace casetrack {

namespace {

Error invalid(const QString& message)
{
    return Error::make(ErrorCode::Invalid, message);
}

// JSON numbers are doubles; "year" must be a whole number in a plausible range.
bool readYear(const QJsonValue& value, int* year)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < 1900 || number > 2999)
        return false;
    *year = static_cast<int>(number);
    return true;
}

} // namespace

Result<QList<CalendarDay>> HolidayCalendar::parseHolidayCn(const QByteArray& json, int* year)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("HolidayCalendar",
                                        "节假日文件不是有效的 JSON（第 %1 个字节附近：%2）。请确认文件完整，"
                                        "或重新下载 holiday-cn 格式的年度文件（如 2025.json）。")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QCoreApplication::translate(
            "HolidayCalendar",
            "节假日文件的最外层应为 JSON 对象。请选择 holiday-cn 格式的年度文件（如 2025.json）。"));
    const QJsonObject root = document.object();

    int fileYear = 0;
    if (!readYear(root.value(QLatin1String("year")), &fileYear))
        return invalid(QCoreApplication::translate(
            "HolidayCalendar", "节假日文件缺少有效的年份：“year”应为 1900 至 2999 之间的整数，"
                               "如 \"year\": 2025。请检查文件内容。"));

    const QJsonValue daysValue = root.value(QLatin1String("days"));
    if (!daysValue.isArray())
        return invalid(QCoreApplication::translate("HolidayCalendar",
                                                   "节假日文件缺少数组“days”（当年的放假和调休上班日期）。"
                                                   "请确认文件为 holiday-cn 格式。"));
    const QJsonArray entries = daysValue.toArray();
    if (entries.isEmpty())
        return invalid(
            QCoreApplication::translate("HolidayCalendar",
                                        "%1 年的节假日文件没有任何日期，可能是国务院通知发布前的占位文件。"
                                        "请在通知发布后下载完整文件再导入。")
                .arg(fileYear));

    QList<CalendarDay> days;
    days.reserve(entries.size());
    QHash<QDate, int> seen; // date -> 1-based entry number, to name the first occurrence
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int number = static_cast<int>(i) + 1; // users count entries from 1
        if (!entries.at(i).isObject())
            return invalid(QCoreApplication::translate(
                               "HolidayCalendar",
                               "“days”中的第 %1 条不是 JSON 对象，应形如 "
                               "{\"name\": \"春节\", \"date\": \"2025-01-28\", \"isOffDay\": true}。"
                               "请改正后重新导入。")
                               .arg(number));
        const QJsonObject entry = entries.at(i).toObject();

        const QJsonValue dateValue = entry.value(QLatin1String("date"));
        const QString dateText = dateValue.toString();
        const QDate date = dateValue.isString() ? parseIsoDate(dateText) : QDate();
        if (!date.isValid())
            return invalid(QCoreApplication::translate(
                               "HolidayCalendar", "“days”中的第 %1 条日期“%2”无效：应为 YYYY-MM-DD "
                                                  "格式的真实日期，如 \"2025-10-01\"。请改正后重新导入。")
                               .arg(number)
                               .arg(dateValue.isString() ? dateText : QStringLiteral("?")));
        if (date.year() != fileYear)
            return invalid(QCoreApplication::translate("HolidayCalendar",
                                                       "“days”中的第 %1 条日期 %2 不在文件的年份 %3 年内。"
                                                       "请核对“year”或该日期后重新导入。")
                               .arg(number)
                               .arg(isoDate(date))
                               .arg(fileYear));

        const QJsonValue nameValue = entry.value(QLatin1String("name"));
        if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
            return invalid(QCoreApplication::translate(
                               "HolidayCalendar", "“days”中的第 %1 条（%2）缺少节日名称：“name”应为非空文字，"
                                                  "如 \"国庆节\"。请补充后重新导入。")
                               .arg(number)
                               .arg(isoDate(date)));

        const QJsonValue offValue = entry.value(QLatin1String("isOffDay"));
        if (!offValue.isBool())
            return invalid(QCoreApplication::translate(
                               "HolidayCalendar", "“days”中的第 %1 条（%2）缺少“isOffDay”：应为 true（放假）"
                                                  "或 false（调休上班）。请补充后重新导入。")
                               .arg(number)
                               .arg(isoDate(date)));

        const auto previous = seen.constFind(date);
        if (previous != seen.cend())
            return invalid(
                QCoreApplication::translate("HolidayCalendar",
                                            "“days”中的第 %1 条日期 %2 与第 %3 条重复，每个日期只能出现一次。"
                                            "请删除重复项后重新导入。")
                    .arg(number)
                    .arg(isoDate(date))
                    .arg(*previous));
        seen.insert(date, number);

        days.append(CalendarDay{date, nameValue.toString().trimmed(), offValue.toBool()});
    }

    if (year)
        *year = fileYear;
    return days;
}

} // namespace casetrack
