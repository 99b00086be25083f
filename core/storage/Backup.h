#pragma once

#include "util/Error.h"

namespace casetrack {

class Database;

// Copies every page of `from` into the empty database `to` with SQLite's online backup API:
// a consistent snapshot even while other programs write, and as encrypted as the source when
// `to` was opened with the same key. A page that cannot be read fails the copy (Unavailable).
Error copyDatabase(Database& from, Database& to);

} // namespace casetrack
