// The start page's recent activity (issue 12): the latest recorded steps of all cases.
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

} // namespace casetrack
