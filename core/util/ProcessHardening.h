#pragma once

#include <QString>

namespace casetrack {

// Called first thing by both programs (docs/security.md, "Secrets"): no core dumps and no
// ptrace by other processes of the same user (PR_SET_DUMPABLE 0, RLIMIT_CORE 0), so a crash
// never writes the password or the database key to disk; and umask 077, so every file and
// folder the program creates (database, WAL, key file, lock, exports, printed files, settings)
// is readable by its owner only, whatever umask the session had.
void hardenProcess();

// chmod 0600 (a file) for files that already exist, e.g. SQLite's -wal/-shm, created by the
// library; false when it could not be done.
bool makeOwnerOnly(const QString& path);
// Creates `folder` (and parents) as needed; the folders created here are 0700.
bool makePrivateFolder(const QString& folder);

} // namespace casetrack
