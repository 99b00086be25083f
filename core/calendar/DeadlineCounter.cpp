#include "calendar/DeadlineCounter.h"

#include "util/DateText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

// The explanation is a message (util/Message.h): translated where it is shown, not here.
Message translated(const char* source)
{
    return Message("DeadlineCounter", source);
}

// YYYY-MM-DD like isoDate(), without QDate::toString's formatting machinery: explanations are
// built for every deadline counted, and this is most of their cost.
QString dayText(const QDate& date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return isoDate(date);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    const auto digit = [](int value) { return QChar(u'0' + value % 10); };
    out[0] = digit(year / 1000);
    out[1] = digit(year / 100);
    out[2] = digit(year / 10);
    out[3] = digit(year);
    out[4] = out[7] = QChar(u'-');
    out[5] = digit(month / 10);
    out[6] = digit(month);
    out[8] = digit(day / 10);
    out[9] = digit(day);
    return text;
}

// Clauses are joined through translatable patterns, so a translation may reorder or re-punctuate
// them instead of inheriting Chinese punctuation from concatenation.
Message joinClauses(const Message& first, const Message& second)
{
    //: Joins two clauses of one deadline explanation.
    return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "%1，%2")).arg(first, second);
}

Message joinSentences(const Message& first, const Message& second)
{
    //: Joins two sentences of one deadline explanation.
    return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "%1。%2")).arg(first, second);
}

Message countClause(const QDate& from, const Period& period)
{
    switch (period.unit) {
    case PeriodUnit::Months:
        return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "自%1起算%2个月"))
            .arg(dayText(from), QString::number(period.amount));
    case PeriodUnit::WorkingDays:
        return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "自%1起算%2个工作日"))
            .arg(dayText(from), QString::number(period.amount));
    case PeriodUnit::Days:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "自%1起算%2日"))
        .arg(dayText(from), QString::number(period.amount));
}

QDate nominalDay(const QDate& from, const Period& period, const HolidayCalendar& calendar)
{
    switch (period.unit) {
    case PeriodUnit::Months:
        // QDate::addMonths already falls back to the month's last day (01-31 + 1 -> 02-28/29).
        return from.addMonths(period.amount);
    case PeriodUnit::WorkingDays: {
        QDate day = from;
        for (int counted = 0; counted < period.amount;) {
            day = day.addDays(1);
            if (!calendar.isRestDay(day))
                ++counted;
        }
        return day;
    }
    case PeriodUnit::Days:
        break;
    }
    return from.addDays(period.amount);
}

// Why the last day did or did not move; `due` is after the extension.
Message outcomeClause(const QDate& nominal, const QDate& due, const HolidayCalendar& calendar)
{
    const int weekday = nominal.dayOfWeek();
    const bool weekend = weekday >= Qt::Saturday;
    if (nominal != due) {
        if (const CalendarDay* day = calendar.dayInfo(nominal); day && day->offDay)
            return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "期满日%1为法定节假日（%2），顺延至%3"))
                .arg(dayText(nominal), day->name, dayText(due));
        return weekday == Qt::Saturday
                   ? translated(QT_TRANSLATE_NOOP("DeadlineCounter", "期满日%1为星期六（休息日），顺延至%2"))
                         .arg(dayText(nominal), dayText(due))
                   : translated(QT_TRANSLATE_NOOP("DeadlineCounter", "期满日%1为星期日（休息日），顺延至%2"))
                         .arg(dayText(nominal), dayText(due));
    }
    if (weekend && calendar.isAdjustedWorkingDay(nominal))
        return weekday == Qt::Saturday
                   ? translated(
                         QT_TRANSLATE_NOOP("DeadlineCounter", "期满日%1为星期六，但为调休上班日，不顺延"))
                         .arg(dayText(nominal))
                   : translated(
                         QT_TRANSLATE_NOOP("DeadlineCounter", "期满日%1为星期日，但为调休上班日，不顺延"))
                         .arg(dayText(nominal));
    return translated(QT_TRANSLATE_NOOP("DeadlineCounter", "期满日为%1")).arg(dayText(nominal));
}

Message unknownYearsSentence(const QList<int>& years)
{
    Message list;
    for (int year : years) {
        const QString text = QString::number(year);
        //: Joins years in a list, e.g. 2027、2028.
        list = list.isEmpty() ? Message::verbatim(text)
                              : translated(QT_TRANSLATE_NOOP("DeadlineCounter", "%1、%2")).arg(list, text);
    }
    return translated(QT_TRANSLATE_NOOP("DeadlineCounter",
                                        "%1年节假日安排尚未导入，期限按周末计算，请导入该年日历后复核"))
        .arg(list);
}

} // namespace

DueDate countDeadline(const QDate& from, const Period& period, const HolidayCalendar& calendar, bool strict)
{
    DueDate result;
    if (!from.isValid()) {
        result.explain = translated(QT_TRANSLATE_NOOP("DeadlineCounter", "起算日期无效，无法计算期限"));
        return result;
    }
    if (period.amount < 0) {
        result.explain = translated(QT_TRANSLATE_NOOP("DeadlineCounter", "期限数值%1无效，应为零或正整数"))
                             .arg(period.amount);
        return result;
    }

    result.nominal = nominalDay(from, period, calendar);
    result.due = result.nominal;
    if (!strict) {
        while (calendar.isRestDay(result.due))
            result.due = result.due.addDays(1);
    }

    // The days whose rest/work status decided the result: the whole count for working days, the
    // last day and its extension otherwise; a strict count of days or months consults nothing.
    const bool countedWorkingDays = period.unit == PeriodUnit::WorkingDays && period.amount > 0;
    if (countedWorkingDays || !strict) {
        const int firstYear = countedWorkingDays ? from.addDays(1).year() : result.nominal.year();
        for (int year = firstYear; year <= result.due.year(); ++year) {
            if (!calendar.knowsYear(year))
                result.unknownYears.append(year);
        }
    }

    Message explain = countClause(from, period);
    if (period.unit == PeriodUnit::Months && result.nominal.day() != from.day())
        explain = joinClauses(
            explain,
            translated(QT_TRANSLATE_NOOP("DeadlineCounter", "%1年%2月没有%3日，以该月最后一日为期满日"))
                .arg(QString::number(result.nominal.year()), QString::number(result.nominal.month()),
                     QString::number(from.day())));
    explain = joinClauses(
        explain,
        strict ? translated(QT_TRANSLATE_NOOP("DeadlineCounter", "严格计算模式：不因节假日顺延，期满日为%1"))
                     .arg(dayText(result.due))
               : outcomeClause(result.nominal, result.due, calendar));
    if (!result.unknownYears.isEmpty())
        explain = joinSentences(explain, unknownYearsSentence(result.unknownYears));
    result.explain = explain;
    return result;
}

QString deadlineStatusId(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineStatus::Overdue:
        return QStringLiteral("overdue");
    case DeadlineStatus::Met:
        return QStringLiteral("met");
    case DeadlineStatus::MetLate:
        return QStringLiteral("met_late");
    case DeadlineStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

DeadlineStatus deadlineStatus(const QDate& due, const QDate& metOn, const QDate& asOf, int warningDays)
{
    if (metOn.isValid())
        return !due.isValid() || metOn <= due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    if (!due.isValid() || !asOf.isValid())
        return DeadlineStatus::Open;
    if (asOf > due)
        return DeadlineStatus::Overdue;
    // asOf <= due here; the due day itself is still in time, and due-soon when within the window.
    return asOf.daysTo(due) <= warningDays ? DeadlineStatus::DueSoon : DeadlineStatus::Open;
}

} // namespace casetrack
