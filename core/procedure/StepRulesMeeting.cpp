// Collective decisions: quorum and votes of every deciding body (第九条 and 《中国共产党党组工作
// 条例》 for the Party group; 第四条第二款 for the grassroots bodies; 第十二条 for the local
// commission), each with its own configurable thresholds.
#include "procedure/MeetingThresholds.h"
#include "procedure/RuleCheck.h"

namespace casetrack::rules {

namespace {

Message describeThreshold(const Threshold& t)
{
    const Message fraction =
        t.numerator * 2 == t.denominator
            ? msg(QT_TRANSLATE_NOOP("ProcedureEngine", "半数"))
            : msg(QT_TRANSLATE_NOOP("ProcedureEngine", "%1/%2")).arg(t.numerator).arg(t.denominator);
    return t.strictlyMore ? msg(QT_TRANSLATE_NOOP("ProcedureEngine", "超过应到人数的%1")).arg(fraction)
                          : msg(QT_TRANSLATE_NOOP("ProcedureEngine", "达到应到人数的%1")).arg(fraction);
}

struct MeetingRule
{
    const Threshold* quorum;
    const Threshold* majority; // nullptr: no vote is counted (a rejection)
    QString article;
    const char* body; // Chinese source text
};

MeetingRule ruleFor(const EngineSettings& s, StepKind kind)
{
    switch (kind) {
    case StepKind::GrassrootsCommissionApproved:
        return {&s.grassrootsQuorum, &s.grassrootsMajority, QStringLiteral("第四条第二款"),
                QT_TRANSLATE_NOOP("ProcedureEngine", "基层纪委会议")};
    case StepKind::GrassrootsCommitteeApproved:
        return {&s.grassrootsQuorum, &s.grassrootsMajority, QStringLiteral("第四条第二款"),
                QT_TRANSLATE_NOOP("ProcedureEngine", "基层党委会议")};
    case StepKind::LocalCommissionDecided:
        return {&s.localQuorum, &s.localMajority, QStringLiteral("第十二条"),
                QT_TRANSLATE_NOOP("ProcedureEngine", "地方纪委会议")};
    case StepKind::PartyGroupRejectedExpulsion:
        return {&s.quorum, nullptr, QStringLiteral("第九条"),
                QT_TRANSLATE_NOOP("ProcedureEngine", "党组会议")};
    default:
        return {&s.quorum, &s.majority, QStringLiteral("第九条"),
                QT_TRANSLATE_NOOP("ProcedureEngine", "党组会议")};
    }
}

} // namespace

void checkMeeting(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data)
{
    if (!data || check.failed())
        return;
    const MeetingRule rule = ruleFor(c.settings, kind);
    const int total = data->value(QLatin1String("members_total")).toInt();
    const int present = data->value(QLatin1String("members_present")).toInt();
    const int votes = data->value(QLatin1String("votes_for")).toInt();
    const Message body = msg(rule.body);
    if (!rule.quorum->isMetBy(present, total)) {
        check.fail(rule.article, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "%1应到 %2 人、实到 %3 人：实到人数须%4（至少 %5 人；回避的成员计入应到"
                           "人数，不计入实到人数）。集体讨论决定党员处分事项，不允许任何个人或者少数人"
                           "擅自决定和批准；请在符合人数要求的会议上讨论后再记录。"))
                .arg(body)
                .arg(total)
                .arg(present)
                .arg(describeThreshold(*rule.quorum))
                .arg(rule.quorum->minimumFor(total));
        });
        return;
    }
    if (rule.majority && !rule.majority->isMetBy(votes, total)) {
        check.fail(rule.article, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "%1应到 %2 人、同意 %3 人：同意人数须%4（至少 %5 人；未到会成员的书面意见"
                           "不计为表决票）。未达到的，不能作出决定。"))
                .arg(body)
                .arg(total)
                .arg(votes)
                .arg(describeThreshold(*rule.majority))
                .arg(rule.majority->minimumFor(total));
        });
    }
}

} // namespace casetrack::rules

namespace casetrack {

MeetingThresholds meetingThresholds(const EngineSettings& settings, const QString& stepId)
{
    const StepDefinition* step = findStep(stepId);
    const rules::MeetingRule rule = rules::ruleFor(settings, step ? step->kind : StepKind::PartyGroupDecided);
    MeetingThresholds out{*rule.quorum, std::nullopt, rule.article};
    if (rule.majority)
        out.majority = *rule.majority;
    return out;
}

} // namespace casetrack
