#include "services/IdleLockPolicy.h"

#include <QtGlobal>

namespace casetrack {

namespace {
const QLatin1String kKey("idle_lock_max_minutes");
}

IdleLockPolicy IdleLockPolicy::fromSetting(const QJsonObject& security)
{
    IdleLockPolicy policy;
    const QJsonValue value = security.value(kKey);
    const int minutes = value.isDouble() ? value.toInt(-1) : -1;
    if (minutes >= kMinMinutes && minutes <= kMaxMinutes && value.toDouble() == minutes)
        policy.maxMinutes = minutes;
    return policy;
}

QJsonObject IdleLockPolicy::toSetting(QJsonObject security) const
{
    security.insert(kKey, maxMinutes);
    return security;
}

int IdleLockPolicy::effectiveMinutes(int userChoice) const
{
    if (userChoice <= 0)
        return maxMinutes;
    return qBound(kMinMinutes, userChoice, maxMinutes);
}

} // namespace casetrack
