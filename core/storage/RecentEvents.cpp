#include "storage/RecentEvents.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casetrack {

namespace {

constexpr int kRecentWindow = 5000; // audit records looked at, newest first

// The seq of the event a change record appended: `after.seq` of a recorded step, and
// `after.event.seq` of a fact correction (its facts_corrected event). 0 when there is none.
int appendedSeq(const QString& afterJson)
{
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    if (after.contains(QLatin1String("event")))
        return after.value(QLatin1String("event")).toObject().value(QLatin1String("seq")).toInt();
    return after.value(QLatin1String("seq")).toInt();
}

} // namespace

QList<RecentEvent> readRecentEvents(Database& db, int limit)
{
    QList<RecentEvent> out;
    if (limit <= 0)
        return out;
    // Among the last kRecentWindow records only, so that the look-up stays short even where few
    // of them are steps (a file whose events were loaded in bulk has none at all).
    Statement head = db.prepare("SELECT coalesce(max(seq), 0) FROM audit");
    const qint64 last = head.next() ? head.integer(0) : 0;
    Statement changes = db.prepare("SELECT target, after FROM audit WHERE seq > ? "
                                   "AND action IN ('event.record', 'case.correct_facts') "
                                   "ORDER BY seq DESC LIMIT ?");
    changes.bind(1, last - kRecentWindow).bind(2, limit);
    Statement event = db.prepare("SELECT step, date, recorded_by, recorded_at FROM events "
                                 "WHERE case_id = ? AND seq = ?");
    while (changes.next()) {
        RecentEvent e;
        e.caseId = changes.text(0);
        e.seq = appendedSeq(changes.text(1));
        event.reset();
        event.bind(1, e.caseId).bind(2, e.seq);
        if (e.seq <= 0 || !event.next())
            continue; // not an event of this file (a change that appended none)
        e.step = event.text(0);
        e.date = QDate::fromString(event.text(1), Qt::ISODate);
        e.recordedBy = event.text(2);
        e.recordedAt = QDateTime::fromString(event.text(3), Qt::ISODate);
        out.append(e);
    }
    return out;
}

} // namespace casetrack
