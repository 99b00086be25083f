#pragma once

#include "util/Error.h"

#include <QJsonObject>

namespace casetrack {

class Database;

// Schema version 4 -> 5 (procedure revision 2): stored case facts get `decision_route` (and, where
// revision 2 would move a grassroots case onto grassroots_transfer, `legacy_track`), and a stored
// Party-group quorum equal to the first release's default moves to two thirds.
Error migrateToRevisionTwo(Database& db);

// The two pure rules the migration applies, also used by `audit verify` to replay a migration
// (the trail holds the facts and settings as signed before it; the migration record itself is
// unsigned, so it carries no data of its own to trust).
QJsonObject revisionTwoFacts(QJsonObject facts);
QJsonObject revisionTwoEngineSettings(QJsonObject engine);

} // namespace casetrack
