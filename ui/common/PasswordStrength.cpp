#include "common/PasswordStrength.h"

#include "accounts/PasswordPolicy.h"

#include <QCoreApplication>

namespace casetrack {

namespace {
// Free functions have no tr(); this gives them one under a stable translation context.
struct PasswordStrengthTr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
};
} // namespace

PasswordStrength ratePassword(const QString& password, const QString& userName)
{
    PasswordStrength result;
    if (password.isEmpty())
        return result;
    const PasswordAssessment assessed = assessPassword(password, {userName});
    result.score = assessed.score;
    result.acceptable = assessed.acceptable;
    if (!assessed.acceptable)
        result.hint = assessed.reason;
    else
        result.hint = assessed.score >= 4 ? PasswordStrengthTr::tr("很强") : PasswordStrengthTr::tr("较强");
    return result;
}

} // namespace casetrack
