#pragma once

#include "util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace casetrack {

// The case facts of ../shared/spec/procedure.md, set when a case is created and correctable later
// with a reason. JSON keys are the spec's (nested "subject").
struct SubjectFacts
{
    QString name;
    QString gender;
    QString ethnicity;
    QDate birthDate;
    QDate partyJoinDate;
    QString unit;
    QString position;
    bool managedByPartyGroup = true; // 第三条: false puts the case outside the regulation (invalid)
    bool appointedByPartyGroup = false;
    bool leadershipMember = false;
    bool keySupervisionTarget = false;
    bool principalLeader = false;
    QString filedWith = QStringLiteral("none"); // none | central | local
    bool orgRelationLocal = false;
    bool localCommitteeMember = false;
};

// Who decides (第四条): the Party group, or the 基层纪委/基层党委 ("也可以", 第四条第二款).
enum class DecisionRoute
{
    PartyGroup,
    Grassroots,
};
QString decisionRouteId(DecisionRoute route); // "party_group" | "grassroots"

// The body ids of procedure.md ("Bodies"), the keys of CaseFacts::bodies.
const QStringList& bodyIds();

// How fromJson reads: `Input` is what a user gives (case add, case correct): strict, implied
// facts applied, contradictory combinations refused. `Stored` reads what the database holds:
// the internal keys (implied, legacy_track) are accepted and no combination is refused, so a
// case recorded under older rules still loads as it was.
enum class FactsMode
{
    Input,
    Stored,
};

struct CaseFacts
{
    SubjectFacts subject;
    // stationed_body | local_commission | organ_commission (the unit's own 机关纪委/基层纪委)
    QString filingBody = QStringLiteral("stationed_body");
    DecisionRoute decisionRoute = DecisionRoute::PartyGroup;
    bool majorComplex = false;
    QMap<QString, QString> bodies; // body id -> organization id (org registry)
    // Facts the engine set because another fact implies them ("subject.leadership_member").
    QStringList implied;
    // A track id pinned by the revision-2 migration so that a case recorded before it keeps its
    // track (docs/procedure.md "Migration"); empty for every case made since.
    QString legacyTrack;

    // Strict: unknown keys, wrong types, unknown enum values, impossible dates and a missing
    // subject.name are Invalid errors naming the field; in Input mode the invalid combinations
    // of procedure.md (revision 2) too, naming the fields.
    static Result<CaseFacts> fromJson(const QJsonObject& json, FactsMode mode = FactsMode::Input);
    QJsonObject toJson() const;
};

// The invalid combinations of procedure.md revision 2 (第三条, 第四条, 第十二条); Ok when none.
Error checkFactCombinations(const CaseFacts& facts);

} // namespace casetrack
