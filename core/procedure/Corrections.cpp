#include "procedure/CaseAnalysis.h"

#include "util/DateText.h"

#include <QHash>
#include <QJsonValue>

namespace casetrack {

// Corrections (docs/procedure.md): a correction names `target_seq` and either retracts the target
// (`retract: true`) or replaces its date and/or data (`replacement: {date?, data?}`). A correction
// may itself be retracted by a later correction, which restores what it had changed; it cannot be
// amended. Later corrections of the same event apply on top of earlier ones.
QList<Event> effectiveEvents(const QList<Event>& events)
{
    static const QString correctionId = QStringLiteral("correction");
    static const QString factsCorrectedId = QStringLiteral("facts_corrected");
    bool anyCorrection = false;
    bool anyUnknown = false;
    for (const Event& e : events) {
        if (e.step == correctionId || e.step == factsCorrectedId)
            anyCorrection = true;
        else if (!findStep(e.step))
            anyUnknown = true;
    }
    // The common case: nothing to correct, nothing to drop; the list is shared, not copied.
    if (!anyCorrection && !anyUnknown)
        return events;

    QHash<int, int> indexBySeq;
    for (int i = 0; i < events.size(); ++i)
        indexBySeq.insert(events[i].seq, i);

    // Which corrections are in force: walk backwards, so that a correction retracted by a later
    // (itself in force) correction is known before it is used.
    QList<bool> inForce(events.size(), true);
    for (int i = int(events.size()) - 1; i >= 0; --i) {
        const Event& c = events[i];
        if (c.step != correctionId || !inForce[i])
            continue;
        const int target = c.data.value(QLatin1String("target_seq")).toInt(-1);
        const auto it = indexBySeq.constFind(target);
        if (it == indexBySeq.constEnd() || *it >= i)
            continue;
        if (events[*it].step == correctionId && c.data.value(QLatin1String("retract")).toBool())
            inForce[*it] = false;
    }

    QList<Event> result;
    result.reserve(events.size());
    QList<bool> retracted(events.size(), false);
    // Apply in sequence: an amendment replaces what the event said at that point.
    QList<Event> working = events;
    for (int i = 0; i < events.size(); ++i) {
        const Event& c = events[i];
        if (c.step != correctionId || !inForce[i])
            continue;
        const int target = c.data.value(QLatin1String("target_seq")).toInt(-1);
        const auto it = indexBySeq.constFind(target);
        if (it == indexBySeq.constEnd() || *it >= i || events[*it].step == correctionId)
            continue;
        if (c.data.value(QLatin1String("retract")).toBool()) {
            retracted[*it] = true;
            continue;
        }
        const QJsonObject replacement = c.data.value(QLatin1String("replacement")).toObject();
        Event& t = working[*it];
        const QJsonValue date = replacement.value(QLatin1String("date"));
        if (date.isString()) {
            const QDate d = parseIsoDate(date.toString());
            if (d.isValid())
                t.date = d;
        }
        const QJsonValue data = replacement.value(QLatin1String("data"));
        if (data.isObject())
            t.data = data.toObject();
    }
    for (int i = 0; i < working.size(); ++i) {
        const Event& e = working[i];
        if (e.step == correctionId || e.step == factsCorrectedId || retracted[i] || !findStep(e.step))
            continue;
        result.append(e);
    }
    return result;
}

} // namespace casetrack
