// The deciding steps (第四条第二款, 第八条, 第九条, 第十二条) and the steps that need a decision in
// force (notices, announcement, record filing).
#include "procedure/RuleCheck.h"

namespace casetrack::rules {

bool isBeforeDecisionStep(StepKind kind)
{
    switch (kind) {
    case StepKind::PrincipalNotified:
    case StepKind::EarlyInterventionRequested:
    case StepKind::InvestigationConcluded:
    case StepKind::ProposalMade:
    case StepKind::PartyGroupInformedOfProposal:
    case StepKind::TransferExemptionApproved:
    case StepKind::TransferredForReview:
    case StepKind::ReviewFeedback:
    case StepKind::ConsensusReached:
    case StepKind::PartyGroupInformedOfSuggestion:
    case StepKind::PartyGroupDisagreed:
    case StepKind::EscalatedToDispatchingOrgan:
    case StepKind::EscalationWithdrawn:
    case StepKind::DispatchingOrganRuled:
    case StepKind::CompetentPartyGroupConsulted:
    case StepKind::ClosedWithoutSanction:
        return true;
    default:
        return false;
    }
}

bool needsDecision(StepKind kind)
{
    switch (kind) {
    case StepKind::LocalPartyOrgNotified:
    case StepKind::CompetentPartyGroupNotified:
    case StepKind::StationedBodyNotified:
    case StepKind::DecisionAnnounced:
    case StepKind::RecordFiled:
    case StepKind::OrgDepartmentNotified:
    case StepKind::RectificationRecorded:
        return true;
    default:
        return false;
    }
}

// A binding sanction of `none` leads to closure, not to a decision.
void refuseIfBindingNone(Check& check)
{
    if (check.failed() || !check.a().bindingIsNone())
        return;
    check.fail(QStringLiteral("第八条"), [&] {
        return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                     "本案应遵循的处分意见为不予党纪处分：不能作出处分决定，应记录“不予党纪"
                                     "处分，结案”；如意见有误，请先更正相关记录。"));
    });
}

// 党章第四十三条: the facts are put to the subject before any decision.
void needHearing(Check& check)
{
    check.need(StepKind::SubjectHeard, QStringLiteral("党章第四十三条"));
}

void refuseWhilePendingEscalation(Check& check)
{
    if (check.failed() || !check.a().escalationPending())
        return;
    check.fail(QStringLiteral("第八条"), [&] {
        return msg(QT_TRANSLATE_NOOP(
                       "ProcedureEngine",
                       "已报派出机关研究决定（第%1项），尚无研究决定：请先记录“派出机关研究决定”，"
                       "或写明理由记录“撤回报请派出机关研究决定”。"))
            .arg(check.a().lastEvent(StepKind::EscalatedToDispatchingOrgan)->seq);
    });
}

// The transfer chain a grassroots decision needs on grassroots_transfer (第六条至第八条).
void needTransferChainForGrassroots(Check& check)
{
    const CaseAnalysis& a = check.a();
    if (!check.need(StepKind::PartyGroupInformedOfProposal, QStringLiteral("第六条")))
        return;
    if (a.exempted())
        return;
    if (!check.need(StepKind::ReviewFeedback, QStringLiteral("第七条")))
        return;
    if (a.facts().subject.principalLeader &&
        check.need(StepKind::ConsensusReached, QStringLiteral("第八条第二款")) &&
        a.last(StepKind::ConsensusReached) < a.last(StepKind::ReviewFeedback))
        check.fail(QStringLiteral("第八条第二款"), [&] {
            return msg(
                QT_TRANSLATE_NOOP("ProcedureEngine",
                                  "派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门"
                                  "重新沟通，记录“与派出机关有关部门沟通形成一致意见”。"));
        });
}

void checkPartyGroupDecided(Check& check, const RuleContext& c, const QJsonObject* data)
{
    const CaseAnalysis& a = c.analysis;
    if (!check.need(StepKind::PartyGroupInformedOfSuggestion, QStringLiteral("第八条")))
        return;
    needHearing(check);
    refuseWhilePendingEscalation(check);
    refuseIfBindingNone(check);
    if (a.last(StepKind::DispatchingOrganRuled) > a.last(StepKind::PartyGroupInformedOfSuggestion))
        check.dependOn(a.last(StepKind::DispatchingOrganRuled));
    if (data && !check.failed()) {
        bool byRuling = false;
        const SanctionChoice required = a.binding(&byRuling);
        const SanctionChoice decided = choiceOfData(*data);
        if (decided != required) {
            check.fail(QStringLiteral("第八条"), [&] {
                if (byRuling)
                    return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                 "党组决定（%1）须与派出机关的研究决定（%2）一致。"))
                        .arg(describeSanction(decided), describeSanction(required));
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "党组决定（%1）与处分建议（%"
                                             "2）不同。请先记录“党组意见与处分建议不同”：协商一致的，"
                                             "记录修改后的“将党纪处分建议通报驻在单位党组”；不能协商一致"
                                             "的，报派出机关研究决"
                                             "定。"))
                    .arg(describeSanction(decided), describeSanction(required));
            });
        }
    }
    checkMeeting(check, c, StepKind::PartyGroupDecided, data);
}

void checkGrassrootsApproval(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data)
{
    const CaseAnalysis& a = c.analysis;
    const QString art = stepDefinition(kind).article;
    if (!check.need(StepKind::ProposalMade, art))
        return;
    if (a.track() == Track::GrassrootsTransfer)
        needTransferChainForGrassroots(check);
    needHearing(check);
    refuseIfBindingNone(check);
    const int other = a.decidingIndex();
    if (other >= 0 && !check.failed())
        check.fail(art, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                         "本案已由基层组织批准（第%1项）；如开除党籍未获党组会议批准，"
                                         "请先记录“党组会议审议不同意开除党籍”。"))
                .arg(a.events()[other].seq);
        });
    // A rejected expulsion sends the case back before its grassroots decision.
    check.dependOn(a.last(StepKind::PartyGroupRejectedExpulsion));
    checkMeeting(check, c, kind, data);
}

void checkPartyGroupOnExpulsion(Check& check, const RuleContext& c, StepKind kind, const QJsonObject* data)
{
    const CaseAnalysis& a = c.analysis;
    const int approval = a.decidingIndex();
    if (approval < 0 || sanctionOf(a.events()[approval]).sanction != Sanction::Expulsion) {
        check.fail(stepDefinition(kind).article, [&] {
            return msg(
                QT_TRANSLATE_NOOP("ProcedureEngine",
                                  "只有基层党委批准开除党籍处分后，才报党组会议审议批准（基层纪委单独不能批准"
                                  "开除党籍）。"));
        });
        return;
    }
    if (a.decision()) {
        check.fail(stepDefinition(kind).article, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "党组会议已批准开除党籍（第%1项）。"))
                .arg(a.lastEvent(StepKind::PartyGroupApprovedExpulsion)->seq);
        });
        return;
    }
    check.dependOn(approval);
    checkMeeting(check, c, kind, data);
}

void checkLocalDecided(Check& check, const RuleContext& c, const QJsonObject* data)
{
    const CaseAnalysis& a = c.analysis;
    if (!check.need(StepKind::ProposalMade, QStringLiteral("第十二条")))
        return;
    if (a.facts().filingBody == QLatin1String("local_commission") && a.facts().subject.localCommitteeMember)
        check.need(StepKind::CompetentPartyGroupConsulted, QStringLiteral("第十二条第二款"));
    needHearing(check);
    refuseIfBindingNone(check);
    checkMeeting(check, c, StepKind::LocalCommissionDecided, data);
}

void checkDecisionSteps(Check& check, const RuleContext& c, StepKind kind)
{
    const CaseAnalysis& a = c.analysis;
    const QString art = stepDefinition(kind).article;
    if (a.expulsionAwaitingPartyGroup()) {
        check.fail(QStringLiteral("第四条第二款"), [&] {
            return msg(QT_TRANSLATE_NOOP(
                "ProcedureEngine",
                "开除党籍处分还须报党组会议审议批准，批准后才生效：请先记录“开除党籍报党组会议审议批准”。"));
        });
        return;
    }
    if (!a.decision()) {
        const int pending = a.last(StepKind::GrassrootsCommissionApproved);
        if (pending >= 0 && pending > a.last(StepKind::PartyGroupRejectedExpulsion)) {
            check.fail(QStringLiteral("第四条第二款"), [&] {
                return msg(
                    QT_TRANSLATE_NOOP("ProcedureEngine",
                                      "基层纪委单独只能批准警告、严重警告；撤销党内职务及以上处分须报基层党委"
                                      "审议批准：请先记录“报基层党委审议批准”。"));
            });
            return;
        }
        check.fail(kind == StepKind::DecisionAnnounced ? QStringLiteral("第十条") : art, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。"))
                .arg(quoted(kind));
        });
        return;
    }
    const SanctionSegment* current = a.currentSegment();
    check.dependOn(a.decidingIndex());
    check.dependOn(a.segments().first().startIndex);
    switch (kind) {
    case StepKind::DecisionAnnounced:
        check.dependOn(current->startIndex);
        if (a.hasAfter(StepKind::DecisionAnnounced, current->startIndex))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "处分决定已经宣布（第%1项）。"))
                    .arg(a.lastEvent(StepKind::DecisionAnnounced)->seq);
            });
        break;
    case StepKind::StationedBodyNotified:
    case StepKind::LocalPartyOrgNotified:
    case StepKind::CompetentPartyGroupNotified:
    case StepKind::OrgDepartmentNotified:
        if (a.has(kind))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "%1已经记录（第%2项）；如有错误，请记录更正。"))
                    .arg(quoted(kind))
                    .arg(a.lastEvent(kind)->seq);
            });
        else if (kind == StepKind::LocalPartyOrgNotified && !a.facts().subject.orgRelationLocal)
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有党的组织关系在地方、干部管理权限在主管部门党组的党员干部，才向地方党组织通报处"
                    "理结果；"
                    "本案不属于此情形（如有误，请更正案件信息）。"));
            });
        else if (kind == StepKind::OrgDepartmentNotified &&
                 a.facts().subject.filedWith == QLatin1String("none"))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "被处分人不是向党中央或者本级地方党委备案的党员干部，无需通报组织部门（如有误，请更"
                    "正案件信息 filed_with）。"));
            });
        break;
    case StepKind::RecordFiled:
        if (isGrassrootsTrack(a.track()) && a.decision()->sanction != Sanction::Expulsion)
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine", "基层组织批准的处分，只有经党组会议批准的开除党籍须报派出机构备案。"));
            });
        else if (a.has(StepKind::RecordFiled) && !a.filingProblemsOpen() &&
                 a.last(StepKind::FilingReviewed) < a.last(StepKind::RecordFiled))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "已报派出机构备案（第%1项），请等待派出机构审核。"))
                    .arg(a.lastEvent(StepKind::RecordFiled)->seq);
            });
        else if (a.filingAccepted())
            check.fail(art, [&] {
                return msg(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "备案材料已经派出机构审核通过，无需再次报备。"));
            });
        break;
    default:
        break;
    }
}

} // namespace casetrack::rules
