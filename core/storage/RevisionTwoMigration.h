#pragma once

#include "util/Error.h"

namespace casetrack {

class Database;

// Schema version 2 -> 3 (procedure revision 2): stored case facts get `decision_route` (and, where
// revision 2 would move a grassroots case onto grassroots_transfer, `legacy_track`), and a stored
// Party-group quorum equal to the first release's default moves to two thirds.
Error migrateToRevisionTwo(Database& db);

} // namespace casetrack
