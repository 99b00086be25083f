#pragma once

#include "util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

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
    bool appointedByPartyGroup = false;
    bool leadershipMember = false;
    bool keySupervisionTarget = false;
    bool principalLeader = false;
    QString filedWith = QStringLiteral("none"); // none | central | local
    bool orgRelationLocal = false;
    bool localCommitteeMember = false;
};

struct CaseFacts
{
    SubjectFacts subject;
    QString filingBody = QStringLiteral("stationed_body"); // stationed_body | local_commission
    bool majorComplex = false;

    // Strict: unknown keys, wrong types, unknown enum values, impossible dates and a missing
    // subject.name are Invalid errors naming the field; invalid data per the spec's tracks
    // (local_commission filing outside 第十二条) too.
    static Result<CaseFacts> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace casetrack
