#include "common/DisplayDate.h"

#include "common/InterfaceLanguage.h"
#include "util/DateText.h"

#include <QLocale>

namespace casetrack {

QString displayDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (!englishInterface())
        return chineseDate(date);
    // "Jan 31, 2025" rather than the long format's weekday: list columns stay narrow.
    return QLocale().toString(date, QStringLiteral("MMM d, yyyy"));
}

QString monthTitle(int month)
{
    if (!englishInterface())
        return QStringLiteral("%1月").arg(month);
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

} // namespace casetrack
