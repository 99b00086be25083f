#pragma once

#include "calendar/DeadlineCounter.h"
#include "util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace casetrack {

// A quorum or majority threshold relative to members_total (第九条): "present (or votes) must be
// strictly more than / at least numerator/denominator of the members". The default, strictly
// more than 1/2, is the rule of the spec (7 members: 4 present, 4 for).
struct Threshold
{
    int numerator = 1;
    int denominator = 2;
    bool strictlyMore = true; // false: "at least"

    bool isMetBy(int count, int total) const;
    // The smallest count that meets the threshold for `total` members.
    int minimumFor(int total) const;
    bool operator==(const Threshold& other) const
    {
        return numerator == other.numerator && denominator == other.denominator &&
               strictlyMore == other.strictlyMore;
    }
};

// A user's own time limit: from the latest `triggerStep` event, `period`, met by the first
// `metByStep` event on or after the trigger.
struct DeadlineRule
{
    QString id;    // unique, [a-z0-9_]; not "announce" nor "record_filing"
    QString label; // shown to the user
    QString triggerStep;
    Period period;
    QString metByStep;

    bool operator==(const DeadlineRule& other) const
    {
        return id == other.id && label == other.label && triggerStep == other.triggerStep &&
               period.amount == other.period.amount && period.unit == other.period.unit &&
               metByStep == other.metByStep;
    }
};

// The settings the procedure engine depends on. Stored in the database (audited), never in
// QSettings.
struct EngineSettings
{
    int warningDays = 7;         // a deadline within this many days is "due_soon"
    bool strictCounting = false; // no extension past rest days
    // 第九条 and 《中国共产党党组工作条例》: two thirds of the members present (the exact fraction
    // included), votes for more than half of the members.
    Threshold quorum{2, 3, false}; // members_present vs members_total
    Threshold majority;            // votes_for vs members_total
    // The grassroots approvals (第四条第二款) and the local commission's decision (第十二条) are
    // checked the same way, with thresholds of their own (same defaults).
    Threshold grassrootsQuorum{2, 3, false};
    Threshold grassrootsMajority;
    Threshold localQuorum{2, 3, false};
    Threshold localMajority;
    QList<DeadlineRule> deadlineRules;

    // Keys: warning_days, strict_counting, quorum {numerator, denominator, strictly_more},
    // majority {...}, grassroots_quorum, grassroots_majority, local_quorum, local_majority, deadline_rules
    // [{id, label, trigger_step, period {amount, unit: days|months|working_days}, met_by_step}]. fromJson
    // accepts a subset (defaults for the rest) and gives Invalid naming the key for an unknown key or a bad
    // value.
    QJsonObject toJson() const;
    static Result<EngineSettings> fromJson(const QJsonObject& json);
};

} // namespace casetrack
