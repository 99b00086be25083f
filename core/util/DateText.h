#pragma once

#include <QDate>
#include <QString>

namespace casetrack {

// Dates as users write them in forms and in the UI: 2025年1月31日 (no leading zeros).
QString chineseDate(const QDate& date);

// Dates as the CLI, JSON and the database write them: 2025-01-31.
QString isoDate(const QDate& date);

// Parses YYYY-MM-DD strictly; an invalid QDate for anything else (2025-02-30, 2025-1-3, "").
QDate parseIsoDate(const QString& text);

} // namespace casetrack
