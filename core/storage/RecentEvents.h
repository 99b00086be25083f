#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casetrack {

class Database;

// One recorded step as the start page's recent activity lists it: which case, which step, for
// which day, by whom and when it was recorded. No step data.
struct RecentEvent
{
    QString caseId;
    int seq = 0;
    QString step; // step id
    QDate date;
    QString recordedBy;
    QDateTime recordedAt;
};

// The `limit` most recently recorded events of all cases, newest first, read from the events
// table. The audit trail serves as their index in the order they were committed (its sequence
// is the table's integer key, read backwards from the end): the events table has no index on the
// recording time, and a pass over all of it costs about a second at 100,000 cases. Only which
// case and which event are taken from the trail; what is returned is the event as stored. Only
// the last 5,000 records of the trail are looked at: steps older than that are not "recent".
QList<RecentEvent> readRecentEvents(Database& db, int limit);

} // namespace casetrack
