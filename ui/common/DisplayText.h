#pragma once

#include "calendar/DeadlineCounter.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace casetrack {

// Names of the core's ids as users read them (all translated by the core's tables or here).
QString stepName(const QString& stepId);
QString trackName(const QString& trackId);
QString deadlineStatusName(DeadlineStatus status);
// Overdue red, due soon amber, met green, otherwise invalid (no colour).
QColor deadlineStatusColor(DeadlineStatus status);
// "还剩 3 天", "今天到期", "已超期 2 天"; empty for met deadlines.
QString daysLeftText(const QDate& due, const QDate& today, DeadlineStatus status);

} // namespace casetrack
