#pragma once

#include <QString>

namespace casetrack {

// The strength of a new password as the user types it: the same zxcvbn assessment the service
// layer applies when the password is set (core/accounts/PasswordPolicy), so the hint and the
// refusal never disagree.
struct PasswordStrength
{
    int score = 0;           // 0 .. 4 (zxcvbn)
    bool acceptable = false; // the service layer will take it
    QString hint;            // translated: why it is refused, or how strong it is
};

PasswordStrength ratePassword(const QString& password, const QString& userName = QString());

} // namespace casetrack
