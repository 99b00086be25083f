#pragma once

#include <QString>
#include <QStringList>

namespace casetrack {

class Database;

// What one account gave as the purpose and the recipient of its recent prints and exports
// (issue 11): offered again in the desktop's print and export dialogs, where both are still
// required and typed or picked each time. Newest first, each value once.
struct RecentUses
{
    QStringList purposes;
    QStringList recipients;
};

// Read from `user`'s own `print` and `export` records of the audit trail, so nothing new is
// stored: the values are on the trail already, encrypted with the rest of the file, and are
// never written to the settings. Only the last 20,000 records are looked at (a few milliseconds
// at any size): what was given before that is not "recent". At most `limit` of each.
RecentUses readRecentUses(Database& db, const QString& user, int limit);

} // namespace casetrack
