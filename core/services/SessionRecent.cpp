// The start page's recent activity (issue 12): the latest recorded steps of all cases; and the
// purposes and recipients the user gave recently (issue 11).
#include "services/Session.h"
#include "services/SessionPrivate.h"

namespace casetrack {

QList<RecentEvent> Session::recentEvents(int limit) const
{
    QList<RecentEvent> events = readRecentEvents(*d->db, limit);
    if (readFailure().isError())
        return {};
    return events;
}

RecentUses Session::recentUses(int limit) const
{
    RecentUses uses = readRecentUses(*d->db, d->account.name, limit);
    if (readFailure().isError())
        return {};
    return uses;
}

} // namespace casetrack
