#include "storage/FailedAttempts.h"

#include "crypto/KeyFile.h"

namespace casetrack {

QDateTime FailedAttempts::lockedUntil(const KeySlot& slot, const QDateTime& now)
{
    if (slot.failures < kFreeAttempts || !slot.lastFailure.isValid())
        return {};
    const qint64 wait = qMin<qint64>(30ll << qMin(slot.failures - kFreeAttempts, 10), 15 * 60);
    const QDateTime until = slot.lastFailure.addSecs(wait);
    return until > now ? until : QDateTime();
}

void FailedAttempts::recordFailure(KeySlot& slot, const QDateTime& now)
{
    ++slot.failures;
    ++slot.failuresTotal;
    slot.lastFailure = now.toUTC();
}

bool FailedAttempts::recordSuccess(KeySlot& slot)
{
    if (slot.failures == 0)
        return false;
    slot.failures = 0;
    return true;
}

} // namespace casetrack
