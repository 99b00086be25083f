// Schema version 5 (procedure revision 2): every stored case gets `decision_route` from the track
// the previous release put it on, so that no recorded case changes track by the upgrade.
#include "storage/RevisionTwoMigration.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace casetrack {

QJsonObject revisionTwoFacts(QJsonObject facts)
{
    if (facts.contains(QLatin1String("decision_route")))
        return facts;
    const QJsonObject s = facts.value(QLatin1String("subject")).toObject();
    auto flag = [&](const char* key) { return s.value(QLatin1String(key)).toBool(); };
    // The previous release's track rule (57d5a48, CaseAnalysis.cpp trackForFacts).
    const bool localFiling =
        facts.value(QLatin1String("filing_body")).toString() == QLatin1String("local_commission");
    const bool local = (flag("org_relation_local") && localFiling) || flag("local_committee_member");
    const bool grassroots = !local && !flag("appointed_by_party_group");
    facts.insert(QStringLiteral("decision_route"),
                 grassroots ? QStringLiteral("grassroots") : QStringLiteral("party_group"));
    // Revision 2 sends leadership members and key targets on the grassroots route through the
    // transfer chain (第六条); a case recorded before stays on the track it was recorded on.
    if (grassroots && (flag("leadership_member") || flag("key_supervision_target")))
        facts.insert(QStringLiteral("legacy_track"), QStringLiteral("grassroots"));
    return facts;
}

QJsonObject revisionTwoEngineSettings(QJsonObject engine)
{
    // The quorum default of the first release (more than half present) was a defect: for
    // 处分党员 matters the Party group needs two thirds present (《中国共产党党组工作条例》). A stored
    // setting equal to that old default moves to the new one (docs/procedure.md "Migration").
    const QJsonObject oldDefault{{QStringLiteral("numerator"), 1},
                                 {QStringLiteral("denominator"), 2},
                                 {QStringLiteral("strictly_more"), true}};
    if (engine.value(QLatin1String("quorum")).toObject() == oldDefault)
        engine.insert(QStringLiteral("quorum"), QJsonObject{{QStringLiteral("numerator"), 2},
                                                            {QStringLiteral("denominator"), 3},
                                                            {QStringLiteral("strictly_more"), false}});
    return engine;
}

Error migrateToRevisionTwo(Database& db)
{
    QList<QPair<QString, QString>> updates;
    {
        Statement select = db.prepare("SELECT id, facts FROM cases");
        while (select.next()) {
            const QJsonObject before = QJsonDocument::fromJson(select.text(1).toUtf8()).object();
            const QJsonObject after = revisionTwoFacts(before);
            if (after != before)
                updates.append(
                    {select.text(0), QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
        }
        if (select.failed())
            return Error::make(ErrorCode::Unavailable, db.lastError());
    }
    for (const auto& [id, facts] : updates) {
        Statement update = db.prepare("UPDATE cases SET facts = ? WHERE id = ?");
        update.bind(1, facts).bind(2, id);
        if (!update.run())
            return Error::make(ErrorCode::Unavailable, db.lastError());
    }
    Statement read = db.prepare("SELECT value FROM settings WHERE key = 'engine'");
    if (read.next()) {
        const QJsonObject engine = QJsonDocument::fromJson(read.text(0).toUtf8()).object();
        const QJsonObject migrated = revisionTwoEngineSettings(engine);
        if (migrated != engine) {
            Statement write = db.prepare("UPDATE settings SET value = ? WHERE key = 'engine'");
            write.bind(1, QString::fromUtf8(QJsonDocument(migrated).toJson(QJsonDocument::Compact)));
            if (!write.run())
                return Error::make(ErrorCode::Unavailable, db.lastError());
        }
    } else if (read.failed()) {
        return Error::make(ErrorCode::Unavailable, db.lastError());
    }
    return db.exec("PRAGMA user_version = 5;");
}

} // namespace casetrack
