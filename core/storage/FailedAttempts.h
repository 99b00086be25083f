#pragma once

#include <QDateTime>

namespace casetrack {

struct KeySlot;

// The throttling policy over the counters kept in each key slot ("<database>.keys"; the
// database itself stays byte-for-byte unchanged on a wrong password). After kFreeAttempts
// failures the account waits, doubling from 30 s up to 15 minutes; a success clears the count.
// The caller holds the key file lock (crypto/KeyFileLock) around read, try and write, so
// parallel attempts are counted one by one.
class FailedAttempts
{
public:
    static constexpr int kFreeAttempts = 5;

    // When the account may try again; invalid when it may try now.
    static QDateTime lockedUntil(const KeySlot& slot, const QDateTime& now = QDateTime::currentDateTimeUtc());
    static void recordFailure(KeySlot& slot, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // True when there was something to clear (the key file then needs saving).
    static bool recordSuccess(KeySlot& slot);
};

} // namespace casetrack
