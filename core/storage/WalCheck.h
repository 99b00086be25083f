#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// Looks at "<database>-wal" before SQLite does. SQLite replays a WAL up to the first frame whose
// checksum fails and silently drops everything after it; when a frame fails but a later frame of
// the same WAL generation (same salts) ends a committed transaction, committed data would be
// lost, so that is reported as damage (Unavailable) instead. Also: a WAL whose header fails its
// checksum while it holds frames, and a WAL with fewer valid committed frames than the index in
// "<database>-shm" says were committed (the index survives a process crash; its own checksum is
// checked). Not detected (documented): damage to the last committed transaction when the -shm
// index is gone too (after a power loss or a reboot that cleared it), which then looks exactly
// like a transaction a crash cut short. Meaningful only while no process writes (the caller
// checks the lock).
Error checkWal(const QString& databasePath);

} // namespace casetrack
