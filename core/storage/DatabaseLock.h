#pragma once

#include "util/Error.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace casetrack {

// Keeps a second process from writing the same database: "<database>.lock" (QLockFile, which
// notices a lock left by a crashed process) plus "<database>.holder" naming the account,
// program and machine, so the refusal can say who holds it.
class DatabaseLock
{
public:
    ~DatabaseLock();
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString& databasePath, const QString& user);

private:
    DatabaseLock(const QString& databasePath);
    QString m_holderPath;
    QLockFile m_lock;
};

} // namespace casetrack
