#pragma once

#include <QDate>
#include <QString>

namespace casetrack {

// Dates as the interface shows them: 2025年1月31日 in Chinese, the locale's own long format in
// any other language (installTranslations sets the default locale with the language).
QString displayDate(const QDate& date);

// A month's title in calendars: 1月 in Chinese, the locale's month name otherwise.
QString monthTitle(int month);

} // namespace casetrack
