#pragma once

#include <QString>

namespace casetrack {

// Serializes every read-modify-write of "<database>.keys" (failed-attempt counters, new slots,
// the chain anchor) between processes: an exclusive flock() on "<database>.keys.lock". The kernel
// drops the lock when the process dies, so a crash never leaves it held.
class KeyFileLock
{
public:
    explicit KeyFileLock(const QString& databasePath);
    ~KeyFileLock();
    KeyFileLock(const KeyFileLock&) = delete;
    KeyFileLock& operator=(const KeyFileLock&) = delete;

    // False when the lock file cannot be created (read-only folder): the caller goes on without
    // the lock, as a read-only medium cannot have its key file changed anyway.
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace casetrack
