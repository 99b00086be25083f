// Fact corrections (procedure.md revision 2, step 10): the facts are merged, checked as input,
// and the history is replayed under them; a correction that would orphan or invalidate a
// recorded step is refused, naming the steps.
#include "procedure/ProcedureEngine.h"

#include "procedure/Replay.h"

#include <QCoreApplication>
#include <QSet>

namespace casetrack {

namespace {

// The keys whose change may change the track (and so lifts a track the migration pinned).
bool touchesTrack(const QJsonObject& patch)
{
    for (const char* key : {"decision_route", "filing_body"}) {
        if (patch.contains(QLatin1String(key)))
            return true;
    }
    const QJsonObject subject = patch.value(QLatin1String("subject")).toObject();
    for (const char* key : {"appointed_by_party_group", "leadership_member", "key_supervision_target",
                            "principal_leader", "org_relation_local", "local_committee_member"}) {
        if (subject.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

} // namespace

Result<CaseFacts> correctedFacts(const CaseFacts& current, const QJsonObject& patch)
{
    if (patch.isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("ProcedureEngine", "没有要更正的案件信息：--data 为空对象。"));
    QJsonObject merged = current.toJson();
    merged.remove(QStringLiteral("implied"));
    merged.remove(QStringLiteral("legacy_track"));
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() == QLatin1String("subject") && it.value().isObject()) {
            QJsonObject subject = merged.value(QLatin1String("subject")).toObject();
            const QJsonObject given = it.value().toObject();
            // null removes an optional fact (a birth date recorded by mistake), as in a JSON merge
            // patch; a required one removed is refused by the check below like a missing one.
            for (auto s = given.begin(); s != given.end(); ++s) {
                if (s.value().isNull())
                    subject.remove(s.key());
                else
                    subject.insert(s.key(), s.value());
            }
            merged.insert(QStringLiteral("subject"), subject);
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    Result<CaseFacts> facts = CaseFacts::fromJson(merged, FactsMode::Input);
    if (!facts.ok())
        return facts;
    CaseFacts corrected = facts.take();
    // An implication stays until the facts it came from change.
    const QJsonObject subjectPatch = patch.value(QLatin1String("subject")).toObject();
    if (current.implied.contains(QStringLiteral("subject.leadership_member")) &&
        corrected.subject.principalLeader && !subjectPatch.contains(QLatin1String("leadership_member")) &&
        !corrected.implied.contains(QStringLiteral("subject.leadership_member")))
        corrected.implied.append(QStringLiteral("subject.leadership_member"));
    if (!touchesTrack(patch))
        corrected.legacyTrack = current.legacyTrack;
    return corrected;
}

Error checkFactsCorrection(const CaseRecord& record, const CaseFacts& corrected,
                           const EngineSettings& settings)
{
    const QList<Event> effective = effectiveEvents(record.events);
    // Failures the history already had (recorded under other settings, imported) are not held
    // against the correction.
    QSet<int> failedBefore;
    for (const ReplayFailure& f : replayHistory(record.facts, effective, settings))
        failedBefore.insert(f.seq);
    QStringList broken;
    QString article;
    for (const ReplayFailure& f : replayHistory(corrected, effective, settings)) {
        if (failedBefore.contains(f.seq))
            continue;
        const StepDefinition* def = findStep(f.step);
        broken.append(QCoreApplication::translate("ProcedureEngine", "第%1项“%2”（%3）：%4")
                          .arg(f.seq)
                          .arg(def ? def->name() : f.step, f.step, f.verdict.reason.toString()));
        if (article.isEmpty())
            article = f.verdict.article;
    }
    if (broken.isEmpty())
        return Error::ok();
    return Error::make(
        ErrorCode::Refused,
        QCoreApplication::translate("ProcedureEngine",
                                    "按更正后的案件信息重新检验，以下已记录的步骤将不符合程序，"
                                    "更正未保存：\n%1\n请先用“更正”撤销或修改这些记录，再更正案件信息。")
            .arg(broken.join(QLatin1Char('\n'))),
        article);
}

} // namespace casetrack
