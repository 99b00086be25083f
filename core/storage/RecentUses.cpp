#include "storage/RecentUses.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casetrack {

namespace {

constexpr int kRecentWindow = 20000; // audit records looked at, newest first

void addOnce(QStringList& values, const QString& value, int limit)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && values.size() < limit && !values.contains(v))
        values.append(v);
}

} // namespace

RecentUses readRecentUses(Database& db, const QString& user, int limit)
{
    RecentUses out;
    if (limit <= 0)
        return out;
    Statement head = db.prepare("SELECT coalesce(max(seq), 0) FROM audit");
    const qint64 last = head.next() ? head.integer(0) : 0;
    Statement uses = db.prepare("SELECT after FROM audit WHERE seq > ? AND user = ? "
                                "AND action IN ('print', 'export') ORDER BY seq DESC");
    uses.bind(1, last - kRecentWindow).bind(2, user);
    while (uses.next() && (out.purposes.size() < limit || out.recipients.size() < limit)) {
        const QJsonObject after = QJsonDocument::fromJson(uses.text(0).toUtf8()).object();
        addOnce(out.purposes, after.value(QLatin1String("purpose")).toString(), limit);
        addOnce(out.recipients, after.value(QLatin1String("recipient")).toString(), limit);
    }
    return out;
}

} // namespace casetrack
