#pragma once

#include "util/Error.h"

namespace casetrack {

class Database;

// The schema is versioned from day one. Each migration moves the database one version up,
// inside the caller's transaction; `PRAGMA user_version` holds the version.
constexpr int kSchemaVersion = 9;

int schemaVersion(Database& db);
// Creates the tables of `version` (the current one unless a test wants an older database).
Error createSchema(Database& db, int version = kSchemaVersion);
// Brings an older database up to kSchemaVersion. A newer one is refused (Unavailable).
Error migrateSchema(Database& db, int* fromVersion = nullptr);

} // namespace casetrack
