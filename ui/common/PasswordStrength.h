#pragma once

#include <QString>

namespace casetrack {

// A rough strength hint for a new password: length and variety of characters. It is a hint for
// the person choosing, not a rule; the only hard rule is the minimum length.
struct PasswordStrength
{
    int score = 0; // 0 (too short) .. 4 (strong)
    QString hint;  // translated, e.g. "较弱：请加入数字或符号"
};

constexpr int kMinimumPasswordLength = 8;

PasswordStrength ratePassword(const QString& password);

} // namespace casetrack
