#pragma once

#include <QJsonObject>

namespace casetrack {

// The desktop's idle lock as the administrator sets it for everyone (issue 9): the longest time
// without input before the database locks. Each user may choose a shorter time on their own
// desktop, never a longer one and never "never". Kept in the encrypted database (setting
// "security"), so it holds on every desktop that opens the file and changing it is audited.
struct IdleLockPolicy
{
    static constexpr int kDefaultMaxMinutes = 15;
    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 240;

    int maxMinutes = kDefaultMaxMinutes;

    // From the stored setting; a missing or unusable value gives the default (the conservative
    // reading: a damaged policy never means "no lock").
    static IdleLockPolicy fromSetting(const QJsonObject& security);
    QJsonObject toSetting(QJsonObject security) const;

    // The minutes a desktop locks after: the user's own choice (0 or less: none made) within
    // [kMinMinutes, maxMinutes].
    int effectiveMinutes(int userChoice) const;
};

} // namespace casetrack
