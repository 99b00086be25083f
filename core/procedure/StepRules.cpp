#include "procedure/RuleCheck.h"

namespace casetrack::rules {

QString sanctionOfData(const QJsonObject* data)
{
    return data ? data->value(QLatin1String("sanction")).toString() : QString();
}

SanctionChoice choiceOfData(const QJsonObject& data)
{
    Event e;
    e.data = data;
    return sanctionOf(e);
}

// 第七条、第八条: on a transfer track the suggestion follows the dispatched body's latest review, or
// the consensus reached under 第八条第二款.
void checkSuggestion(Check& check, const QJsonObject* data)
{
    const CaseAnalysis& a = check.a();
    if (a.track() != Track::Transfer) {
        check.need(StepKind::ProposalMade, QStringLiteral("第八条"));
        return;
    }
    if (a.exempted()) {
        if (check.need(StepKind::PartyGroupInformedOfProposal, QStringLiteral("第六条")))
            check.need(StepKind::TransferExemptionApproved, QStringLiteral("第六条第二款"));
        return;
    }
    if (!check.need(StepKind::ReviewFeedback, QStringLiteral("第八条")))
        return;
    if (a.facts().subject.principalLeader) {
        if (check.need(StepKind::ConsensusReached, QStringLiteral("第八条第二款")) &&
            a.last(StepKind::ConsensusReached) < a.last(StepKind::ReviewFeedback))
            return (void)check.fail(QStringLiteral("第八条第二款"), [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门"
                    "重新沟通，"
                    "记录“与派出机关有关部门沟通形成一致意见”。"));
            });
    }
    if (!data || check.failed() || !choiceOfData(*data).isSet())
        return;
    const SanctionChoice own = choiceOfData(*data);
    const int consensus = a.last(StepKind::ConsensusReached);
    const bool byConsensus =
        consensus > a.last(StepKind::ReviewFeedback) && sanctionOf(a.events()[consensus]).isSet();
    const SanctionChoice required = a.recommended();
    if (own != required)
        check.fail(byConsensus ? QStringLiteral("第八条") : QStringLiteral("第七条"), [&] {
            return byConsensus
                       ? msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                               "通报党组的处分建议（%1）须与沟通形成的一致意见（%2）相同。"))
                             .arg(describeSanction(own), describeSanction(required))
                       : msg(QT_TRANSLATE_NOOP(
                                 "ProcedureEngine",
                                 "通报党组的处分建议（%1）须与派出机构最新的审理意见（%2）相同；"
                                 "审理意见改变的，请先记录新的“派出机构审理报告正式反馈”。"))
                             .arg(describeSanction(own), describeSanction(required));
        });
}

} // namespace casetrack::rules

namespace casetrack {

using namespace rules;

Verdict evaluateStep(const RuleContext& c, StepKind kind, const QJsonObject* data, const QDate& date,
                     bool explain)
{
    const CaseAnalysis& a = c.analysis;
    const StepDefinition& def = stepDefinition(kind);
    Check check(c, kind, explain);

    // 第五条: everything starts with the filing, once.
    if (kind == StepKind::CaseFiled) {
        if (a.has(StepKind::CaseFiled))
            check.fail(def.article, [&] {
                return msg(QT_TRANSLATE_NOOP(
                               "ProcedureEngine",
                               "本案已于 %1 立案（第%2项）；立案只记录一次，如有错误请记录更正。"))
                    .arg(isoDate(a.lastDate(StepKind::CaseFiled)))
                    .arg(a.lastEvent(StepKind::CaseFiled)->seq);
            });
        return check.finish(date);
    }
    if (!check.need(StepKind::CaseFiled, QStringLiteral("第五条")))
        return check.finish(date);

    if (c.closed && !def.allowedWhenClosed) {
        check.fail(def.article.isEmpty() ? QStringLiteral("第十条") : def.article, [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "本案已结案，只能记录更正、案件质量评查、以案促改措施、申诉和留党察看期满"
                           "处理；不能再记录%1。"))
                .arg(quoted(kind));
        });
        return check.finish(date);
    }
    if (!def.onTrack(a.track())) {
        check.fail(trackArticle(a.track()), [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "本案适用“%1”程序（%2），不经过%3这一步骤。"))
                .arg(trackDisplayName(a.track()), trackArticle(a.track()), quoted(kind));
        });
        return check.finish(date);
    }
    if (!def.repeatable && a.has(kind)) {
        check.fail(def.article.isEmpty() ? trackArticle(a.track()) : def.article, [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "%1已经记录（第%2项）；如有错误，请记录更正。"))
                .arg(quoted(kind))
                .arg(a.lastEvent(kind)->seq);
        });
        return check.finish(date);
    }
    if (isBeforeDecisionStep(kind) && a.decisionRecorded()) {
        check.fail(QStringLiteral("第九条"), [&] {
            return msg(QT_TRANSLATE_NOOP(
                           "ProcedureEngine",
                           "本案已作出处分决定（第%1项），不能再记录%2；如决定有误，请更正决定记录。"))
                .arg(a.events()[a.decidingIndex()].seq)
                .arg(quoted(kind));
        });
        return check.finish(date);
    }
    if (isBeforeDecisionStep(kind) && kind != StepKind::ClosedWithoutSanction &&
        a.has(StepKind::ClosedWithoutSanction)) {
        check.fail(QStringLiteral("第八条"), [&] {
            return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "本案已不予党纪处分结案，不能再记录%1。"))
                .arg(quoted(kind));
        });
        return check.finish(date);
    }
    if (needsDecision(kind)) {
        checkDecisionSteps(check, c, kind);
        return check.finish(date);
    }
    if (checkLifeAfterDecision(check, c, kind, data, date))
        return check.finish(date);

    const QString art = def.article;
    const bool transferTrack = isTransferTrack(a.track());
    switch (kind) {
    case StepKind::PrincipalNotified:
        if (a.facts().filingBody != QLatin1String("stationed_body"))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine", "本案不是派驻机构立案，不由派驻机构向所在单位党组主要负责人通报。"));
            });
        break;
    case StepKind::EarlyInterventionRequested:
        if (!a.facts().majorComplex)
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有重大、疑难、复杂案件才可以商请派出机构提前介入审理；本案未标记为重大、疑难、复杂"
                    "（如属此类，请先更正案件信息 major_complex）。"));
            });
        else if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return msg(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "本案已经派出机关批准不移送审理，无需提前介入。"));
            });
        else if (a.has(StepKind::TransferredForReview))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "案件已移送派出机构审理，提前介入须在移送之前商请。"));
            });
        break;
    case StepKind::ProposalMade:
        if (check.need(StepKind::InvestigationConcluded, art)) {
            if (a.has(StepKind::TransferredForReview))
                check.fail(QStringLiteral("第七条"), [&] {
                    return msg(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "案件已移送派出机构审理，处分建议以派出机构的审理报告为准，请记录“派出机构审理"
                        "报告正式反馈”。"));
                });
            else if (a.has(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(QStringLiteral("第八条"), [&] {
                    return msg(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "处分建议已通报党组；修改后的建议请记录为新的“将党纪处分建议通报驻在单位党组”。"));
                });
        }
        break;
    case StepKind::PartyGroupInformedOfProposal:
        check.need(StepKind::ProposalMade, art);
        break;
    case StepKind::TransferExemptionApproved:
        if (check.need(StepKind::ProposalMade, art) && a.has(StepKind::TransferredForReview))
            check.fail(art, [&] {
                return msg(
                    QT_TRANSLATE_NOOP("ProcedureEngine", "案件已移送派出机构审理，不能再批准不移送。"));
            });
        break;
    case StepKind::TransferredForReview:
        if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "本案已经派出机关批准不移送派出机构审理（第%"
                                                                "1项）；如批准有误，请先更正该记录。"))
                    .arg(a.lastEvent(StepKind::TransferExemptionApproved)->seq);
            });
        else if (check.need(StepKind::PartyGroupInformedOfProposal, art))
            check.need(StepKind::ProposalMade, art);
        break;
    case StepKind::ReviewFeedback:
        check.need(StepKind::TransferredForReview, art);
        break;
    case StepKind::ConsensusReached:
        if (!a.facts().subject.principalLeader)
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有领导班子成员中的正职领导干部的案件，才须与派出机关有关部门沟通形成一致意见。"));
            });
        else if (a.exempted())
            check.fail(QStringLiteral("第六条第二款"), [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "本案经批准不移送审理，没有派出机构的审理意见可供沟通。"));
            });
        else
            check.need(StepKind::ReviewFeedback, art);
        break;
    case StepKind::PartyGroupInformedOfSuggestion:
        checkSuggestion(check, data);
        break;
    case StepKind::PartyGroupDisagreed:
        if (check.need(StepKind::PartyGroupInformedOfSuggestion, art) && data) {
            const SanctionChoice view = choiceOfData(*data);
            if (view == a.suggestion())
                check.fail(art, [&] {
                    return msg(QT_TRANSLATE_NOOP(
                                   "ProcedureEngine",
                                   "党组意见（%"
                                   "1）与处分建议相同，不属于意见不同；请直接记录党组会议的决定。"))
                        .arg(describeSanction(view));
                });
        }
        break;
    case StepKind::EscalatedToDispatchingOrgan:
        if (check.need(StepKind::PartyGroupDisagreed, art)) {
            if (a.last(StepKind::PartyGroupDisagreed) < a.last(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(art, [&] {
                    return msg(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "最新的处分建议通报之后，党组没有提出不同意见；请先记录“党组意见与处分建议不同”。"));
                });
            else if (a.escalationPending())
                check.fail(art, [&] {
                    return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                                 "已报派出机关研究决定，请记录“派出机关研究决定”。"));
                });
            else if (a.last(StepKind::DispatchingOrganRuled) > a.last(StepKind::PartyGroupDisagreed))
                check.fail(art, [&] {
                    return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "派出机关已经作出研究决定（第%1项）。"))
                        .arg(a.lastEvent(StepKind::DispatchingOrganRuled)->seq);
                });
        }
        break;
    case StepKind::EscalationWithdrawn:
    case StepKind::DispatchingOrganRuled:
        if (check.need(StepKind::EscalatedToDispatchingOrgan, art)) {
            if (!a.escalationPending() || a.last(StepKind::EscalatedToDispatchingOrgan) <
                                              a.last(StepKind::PartyGroupInformedOfSuggestion))
                check.fail(art, [&] {
                    return msg(QT_TRANSLATE_NOOP(
                        "ProcedureEngine",
                        "没有待派出机关研究决定的报请；请先记录“不能协商一致，报派出机关研究"
                        "决定”。"));
                });
            else
                check.dependOn(a.last(StepKind::EscalatedToDispatchingOrgan));
        }
        break;
    case StepKind::SubjectHeard:
    case StepKind::InvestigationConcluded:
    case StepKind::CompetentPartyGroupConsulted:
        break;
    case StepKind::PartyGroupDecided:
        checkPartyGroupDecided(check, c, data);
        break;
    case StepKind::GrassrootsCommissionApproved:
    case StepKind::GrassrootsCommitteeApproved:
        checkGrassrootsApproval(check, c, kind, data);
        break;
    case StepKind::PartyGroupApprovedExpulsion:
    case StepKind::PartyGroupRejectedExpulsion:
        checkPartyGroupOnExpulsion(check, c, kind, data);
        break;
    case StepKind::LocalCommissionDecided:
        checkLocalDecided(check, c, data);
        break;
    case StepKind::FilingReviewed:
        if (check.need(StepKind::RecordFiled, art)) {
            const int review = a.last(StepKind::FilingReviewed);
            if (review > a.last(StepKind::RecordFiled) && review > a.last(StepKind::FilingProblemsResolved))
                check.fail(art, [&] {
                    return a.filingAccepted()
                               ? msg(QT_TRANSLATE_NOOP("ProcedureEngine", "备案材料已审核通过。"))
                               : msg(QT_TRANSLATE_NOOP(
                                     "ProcedureEngine",
                                     "备案材料已审核并反馈问题，请先记录“督促解决备案问题”或重新报备。"));
                });
        }
        break;
    case StepKind::FilingProblemsResolved:
        if (check.need(StepKind::FilingReviewed, art) && !a.filingProblemsOpen())
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine", "最新的备案审核没有发现待解决的问题。"));
            });
        break;
    case StepKind::QualityEvaluated:
        if (!a.decision() && !a.has(StepKind::ClosedWithoutSanction))
            check.fail(art, [&] {
                return msg(QT_TRANSLATE_NOOP("ProcedureEngine",
                                             "案件质量评查在作出处分决定（或不予处分结案）之后进行。"));
            });
        else {
            check.dependOn(a.decision() ? a.decidingIndex() : a.last(StepKind::ClosedWithoutSanction));
        }
        break;
    case StepKind::ClosedWithoutSanction:
        if (!a.bindingIsNone())
            check.fail(transferTrack ? QStringLiteral("第七条") : QStringLiteral("第六条"), [&] {
                return msg(QT_TRANSLATE_NOOP(
                    "ProcedureEngine",
                    "只有本案应遵循的处分意见（派出机关的研究决定、一致意见、最新的处分建议、"
                    "审理意见或者处分建议）为“不予党纪处分”时，才能不予处分结案。"));
            });
        else {
            refuseWhilePendingEscalation(check);
            if (transferTrack && !a.exempted())
                check.need(StepKind::ReviewFeedback, QStringLiteral("第七条"));
            if (a.track() == Track::Transfer)
                check.need(StepKind::PartyGroupInformedOfSuggestion, QStringLiteral("第八条"));
            check.dependOn(a.last(StepKind::ProposalMade));
            check.dependOn(a.last(StepKind::ReviewFeedback));
            check.dependOn(a.last(StepKind::ConsensusReached));
            check.dependOn(a.last(StepKind::PartyGroupInformedOfSuggestion));
            check.dependOn(a.last(StepKind::DispatchingOrganRuled));
        }
        break;
    default:
        break;
    }
    return check.finish(date);
}

} // namespace casetrack
