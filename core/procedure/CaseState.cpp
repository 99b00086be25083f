#include "procedure/CaseState.h"

namespace casetrack {

QString deadlineKindId(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Announce:
        return QStringLiteral("announce");
    case DeadlineKind::RecordFiling:
        return QStringLiteral("record_filing");
    case DeadlineKind::PersonnelChanges:
        return QStringLiteral("personnel_changes");
    case DeadlineKind::ExecutionReport:
        return QStringLiteral("execution_report");
    case DeadlineKind::ProbationEnd:
        return QStringLiteral("probation_end");
    case DeadlineKind::Rule:
        break;
    }
    return {};
}

QString decidingBodyId(DecidingBody body)
{
    switch (body) {
    case DecidingBody::PartyGroup:
        return QStringLiteral("party_group");
    case DecidingBody::GrassrootsCommission:
        return QStringLiteral("grassroots_commission");
    case DecidingBody::GrassrootsCommittee:
        return QStringLiteral("grassroots_committee");
    case DecidingBody::LocalCommission:
        return QStringLiteral("local_commission");
    }
    return {};
}

QString sanctionPeriodKindId(SanctionPeriodKind kind)
{
    switch (kind) {
    case SanctionPeriodKind::NoPromotion:
        return QStringLiteral("no_promotion");
    case SanctionPeriodKind::NoPost:
        return QStringLiteral("no_post");
    case SanctionPeriodKind::Probation:
        return QStringLiteral("probation");
    case SanctionPeriodKind::ReadmissionBar:
        return QStringLiteral("readmission_bar");
    }
    return {};
}

QList<Stage> allStages()
{
    return {Stage::New,        Stage::Investigation,   Stage::Proposal, Stage::Review,
            Stage::Suggestion, Stage::DecisionPending, Stage::Decided,  Stage::Announced,
            Stage::Filing,     Stage::Appeal,          Stage::Closed};
}

QString stageId(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QStringLiteral("new");
    case Stage::Investigation:
        return QStringLiteral("investigation");
    case Stage::Proposal:
        return QStringLiteral("proposal");
    case Stage::Review:
        return QStringLiteral("review");
    case Stage::Suggestion:
        return QStringLiteral("suggestion");
    case Stage::DecisionPending:
        return QStringLiteral("decision_pending");
    case Stage::Decided:
        return QStringLiteral("decided");
    case Stage::Announced:
        return QStringLiteral("announced");
    case Stage::Filing:
        return QStringLiteral("filing");
    case Stage::Appeal:
        return QStringLiteral("appeal");
    case Stage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

bool stageFromId(const QString& id, Stage* out)
{
    for (Stage stage : allStages()) {
        if (stageId(stage) == id) {
            *out = stage;
            return true;
        }
    }
    return false;
}

QStringList allStageIds()
{
    QStringList ids;
    for (Stage stage : allStages())
        ids.append(stageId(stage));
    return ids;
}

Message stageName(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "待立案"));
    case Stage::Investigation:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "审查调查"));
    case Stage::Proposal:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "提出处分建议"));
    case Stage::Review:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "派出机构审理"));
    case Stage::Suggestion:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "通报处分建议"));
    case Stage::DecisionPending:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "待作出决定"));
    case Stage::Decided:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "已作出决定"));
    case Stage::Announced:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "已宣布"));
    case Stage::Filing:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "备案"));
    case Stage::Appeal:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "申诉处理中"));
    case Stage::Closed:
        return Message("Stages", QT_TRANSLATE_NOOP("Stages", "已结案"));
    }
    return {};
}

QString stageDisplayName(Stage stage)
{
    return stageName(stage).toString();
}

QString stageDisplayName(const QString& id)
{
    Stage stage;
    return stageFromId(id, &stage) ? stageDisplayName(stage) : id;
}

} // namespace casetrack
