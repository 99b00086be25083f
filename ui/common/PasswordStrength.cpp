#include "common/PasswordStrength.h"

#include <QCoreApplication>
#include <QSet>

namespace casetrack {

namespace {
// Free functions have no tr(); this gives them one under a stable translation context.
struct PasswordStrengthTr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
};
} // namespace

PasswordStrength ratePassword(const QString& password)
{
    PasswordStrength result;
    if (password.size() < kMinimumPasswordLength) {
        result.hint = PasswordStrengthTr::tr("太短：至少 8 个字符");
        return result;
    }
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true; // symbols and CJK characters alike widen the alphabet
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    int score = 1;
    if (password.size() >= 12)
        ++score;
    if (classes >= 3)
        ++score;
    if (password.size() >= 16 && classes >= 2)
        ++score;
    if (distinct.size() < 5)
        score = 1; // "aaaaaaaa1" is long but guessable
    result.score = qMin(score, 4);
    switch (result.score) {
    case 1:
        result.hint = PasswordStrengthTr::tr("较弱：请加长密码，或加入大小写字母、数字和符号");
        break;
    case 2:
        result.hint = PasswordStrengthTr::tr("一般：再长一些会更安全");
        break;
    case 3:
        result.hint = PasswordStrengthTr::tr("较强");
        break;
    default:
        result.hint = PasswordStrengthTr::tr("很强");
        break;
    }
    return result;
}

} // namespace casetrack
