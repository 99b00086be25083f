#pragma once

#include "util/Error.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace casetrack {

// Keeps a second process from writing the same database: "<database>.lock", a small JSON file
// naming the account, program, process and machine, so a refusal can say who holds it.
//
// The file appears whole (written under a private name, then hard-linked into place), so it is
// never seen empty, and its holder keeps an flock() on it for as long as the session lasts. The
// kernel drops that flock when the holder dies however it dies, so "nobody holds the flock" is
// the test for a stale lock on this machine, immune to a recycled process id. A stale lock is
// replaced atomically (rename over it while holding the old file's flock, after re-checking it
// is still the same file), and the replaced holder is reported for the audit trail.
class DatabaseLock
{
public:
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString& databasePath, const QString& user);
    // True while a live process holds the lock (or a process on another machine claims it).
    static bool isHeld(const QString& databasePath);
    // "张三（程序 casetrack-cli，计算机 pc1，进程 123）", for "in use" messages.
    static QString describeHolder(const QString& databasePath);

    // What the stale lock acquire() replaced said (empty object when the lock was free); an
    // empty lock from an older version gives {"empty": true}.
    const QJsonObject& replacedStaleLock() const { return m_replaced; }
    bool tookOverStaleLock() const { return m_tookOver; }

private:
    DatabaseLock() = default;
    QString m_lockPath;
    int m_fd = -1;
    bool m_tookOver = false;
    QJsonObject m_replaced;
};

} // namespace casetrack
