#include "procedure/CaseState.h"

#include <QCoreApplication>

namespace casetrack {

QStringList allStageIds()
{
    return {Stage::New,        Stage::Investigation,   Stage::Proposal, Stage::Review,
            Stage::Suggestion, Stage::DecisionPending, Stage::Decided,  Stage::Announced,
            Stage::Filing,     Stage::Appeal,          Stage::Closed};
}

QString stageDisplayName(const QString& stageId)
{
    if (stageId == Stage::New)
        return QCoreApplication::translate("Stages", "待立案");
    if (stageId == Stage::Investigation)
        return QCoreApplication::translate("Stages", "审查调查");
    if (stageId == Stage::Proposal)
        return QCoreApplication::translate("Stages", "提出处分建议");
    if (stageId == Stage::Review)
        return QCoreApplication::translate("Stages", "派出机构审理");
    if (stageId == Stage::Suggestion)
        return QCoreApplication::translate("Stages", "通报处分建议");
    if (stageId == Stage::DecisionPending)
        return QCoreApplication::translate("Stages", "待作出决定");
    if (stageId == Stage::Decided)
        return QCoreApplication::translate("Stages", "已作出决定");
    if (stageId == Stage::Announced)
        return QCoreApplication::translate("Stages", "已宣布");
    if (stageId == Stage::Filing)
        return QCoreApplication::translate("Stages", "备案");
    if (stageId == Stage::Appeal)
        return QCoreApplication::translate("Stages", "申诉处理中");
    if (stageId == Stage::Closed)
        return QCoreApplication::translate("Stages", "已结案");
    return stageId;
}

} // namespace casetrack
