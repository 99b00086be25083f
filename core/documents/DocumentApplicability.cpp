#include "documents/DocumentApplicability.h"

#include <QCoreApplication>

namespace casetrack {

const Event* latestEvent(const CaseState& state, const char* step)
{
    const Event* found = nullptr;
    for (const Event& e : state.effectiveEvents) {
        if (e.step == QLatin1String(step))
            found = &e;
    }
    return found;
}

namespace {

bool partyGroupTrack(const CaseState& s)
{
    return isPartyGroupTrack(s.track);
}
bool transferTrack(const CaseState& s)
{
    return isTransferTrack(s.track);
}

bool partyGroupDecided(const CaseState& s)
{
    return s.decision && s.decision->decidedBy == DecidingBody::PartyGroup;
}

// 第十一条 reaches Party-group decisions and the grassroots expulsions a Party group approved.
bool recordFiled(const CaseState& s)
{
    if (!s.decision || s.track == Track::Local)
        return false;
    return partyGroupTrack(s) || (s.decision->sanction == Sanction::Expulsion && partyGroupApproval(s));
}

struct Verdict
{
    bool belongs = true;  // the kind can ever be true of this case
    const char* why = ""; // when not (or when not reached yet)
    bool reached = true;
};

Verdict notBelonging(const char* why)
{
    return {false, why, false};
}
Verdict notReached(const char* why)
{
    return {true, why, false};
}

Verdict judge(DocumentKind kind, const CaseState& s)
{
    const bool decided = s.decision.has_value();
    const char* noDecision = QT_TRANSLATE_NOOP("Documents", "案件尚未作出生效的党纪处分决定。");
    switch (kind) {
    case DocumentKind::Summary:
        return {};
    case DocumentKind::NoticePrincipal:
        if (s.facts.filingBody != QLatin1String("stationed_body"))
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "本案不是派驻机构立案，第五条规定的向党组主要负责人通报立案不适用。"));
        return latestEvent(s, "case_filed")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "案件尚未立案，不能制作立案通报。"));
    case DocumentKind::NoticeProposal:
        if (!transferTrack(s))
            return notBelonging(
                QT_TRANSLATE_NOOP("Documents", "本案不需移送审理，第六条规定的处分建议通报党组不适用。"));
        return latestEvent(s, "proposal_made")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "尚未提出党纪处分建议。"));
    case DocumentKind::TransferLetter:
        if (!transferTrack(s))
            return notBelonging(QT_TRANSLATE_NOOP("Documents", "本案不需移送派出机构审理（第六条）。"));
        if (latestEvent(s, "transfer_exemption_approved"))
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "派出机关已批准本案不移送审理（第六条第二款），不能制作移送审理函。"));
        return latestEvent(s, "party_group_informed_of_proposal")
                   ? Verdict{}
                   : notReached(
                         QT_TRANSLATE_NOOP("Documents", "处分建议尚未通报党组，还不能移送审理（第六条）。"));
    case DocumentKind::NoticeSuggestion:
        if (!partyGroupTrack(s))
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "本案不由党组讨论决定，第八条规定的处分建议通报驻在单位党组不适用。"));
        if (!latestEvent(s, "proposal_made"))
            return notReached(QT_TRANSLATE_NOOP("Documents", "尚未提出党纪处分建议。"));
        if (transferTrack(s) && !latestEvent(s, "review_feedback") &&
            !latestEvent(s, "transfer_exemption_approved"))
            return notReached(QT_TRANSLATE_NOOP("Documents", "派出机构尚未反馈审理报告（第七条、第八条）。"));
        return {};
    case DocumentKind::Decision:
    case DocumentKind::Announcement:
    case DocumentKind::ServiceReceipt:
        return decided ? Verdict{} : notReached(noDecision);
    case DocumentKind::HearingRecord:
        return latestEvent(s, "subject_heard")
                   ? Verdict{}
                   : notReached(
                         QT_TRANSLATE_NOOP("Documents", "尚未记录听取本人陈述和申辩（党章第四十三条）。"));
    case DocumentKind::FilingChecklist:
    case DocumentKind::FilingForm:
        if (s.track == Track::Local)
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "地方纪委作出的处分决定不报派出机构备案（第十一条、第十二条）。"));
        if (!decided)
            return partyGroupTrack(s)
                       ? notReached(noDecision)
                       : notReached(QT_TRANSLATE_NOOP(
                             "Documents",
                             "只有党组决定的处分和经党组会议批准的开除党籍须报备案（第十一条）。"));
        return recordFiled(s)
                   ? Verdict{}
                   : notBelonging(QT_TRANSLATE_NOOP(
                         "Documents", "只有党组决定的处分和经党组会议批准的开除党籍须报备案（第十一条）。"));
    case DocumentKind::NoticeStationedBody:
        if (!partyGroupTrack(s))
            return notBelonging(
                QT_TRANSLATE_NOOP("Documents", "本案不由党组决定，第十条规定的正式通报派驻机构不适用。"));
        return partyGroupDecided(s) ? Verdict{} : notReached(noDecision);
    case DocumentKind::NoticeOrgDepartment:
        if (s.facts.subject.filedWith == QLatin1String("none"))
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "被处分人不是向党中央或本级地方党委备案的党员干部，第十一条第三款不适用。"));
        return decided ? Verdict{} : notReached(noDecision);
    case DocumentKind::NoticeLocalPartyOrg:
        if (!partyGroupTrack(s) || !s.facts.subject.orgRelationLocal)
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "本案不是党组决定、党的组织关系在地方的案件，第十二条第一款的通报不适用。"));
        return partyGroupDecided(s) ? Verdict{} : notReached(noDecision);
    case DocumentKind::NoticeCompetentPartyGroup:
        if (s.track != Track::Local)
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "本案不是地方纪委作出决定的案件，第十二条规定的通报主管部门党组不适用。"));
        return decided ? Verdict{} : notReached(noDecision);
    case DocumentKind::EscalationRequest:
        // Offered once the Party group's view differs (第八条); printable once escalated.
        if (!partyGroupTrack(s) || !latestEvent(s, "party_group_disagreed"))
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents",
                "党组与派驻机构对处分建议没有不同意见，第八条规定的报请派出机关研究决定不适用。"));
        return latestEvent(s, "escalated_to_dispatching_organ")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "尚未记录报请派出机关研究决定（第八条）。"));
    case DocumentKind::ConsultationLetter:
        if (s.track != Track::Local || !s.facts.subject.localCommitteeMember)
            return notBelonging(QT_TRANSLATE_NOOP(
                "Documents", "被处分人不是同时担任地方党委委员、候补委员或者地方纪委委员的党组管理干部，"
                             "第十二条第二款规定的征求主管部门党组意见不适用。"));
        return latestEvent(s, "competent_party_group_consulted")
                   ? Verdict{}
                   : notReached(
                         QT_TRANSLATE_NOOP("Documents", "尚未记录征求主管部门党组意见（第十二条第二款）。"));
    case DocumentKind::ExecutionReport:
        if (decided && s.decision->sanction == Sanction::None && s.decisionHistory.size() <= 1)
            return notBelonging(
                QT_TRANSLATE_NOOP("Documents", "本案未给予党纪处分，没有需要报告的执行情况。"));
        if (!decided)
            return notReached(noDecision);
        // The report states the announcement as done: not before it is on record.
        return latestEvent(s, "decision_announced")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "处分决定尚未宣布，还不能报告执行情况。"));
    case DocumentKind::ProbationEndDecision: {
        bool probation = false;
        for (const Decision& d : s.decisionHistory)
            probation = probation || d.sanction == Sanction::Probation;
        if (!probation)
            return notBelonging(
                QT_TRANSLATE_NOOP("Documents", "本案没有留党察看处分，条例第十二条的期满处理不适用。"));
        return latestEvent(s, "probation_concluded")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "尚未记录留党察看期满处理。"));
    }
    case DocumentKind::AppealDecision:
        if (!latestEvent(s, "appeal_filed"))
            return notBelonging(QT_TRANSLATE_NOOP("Documents", "受处分党员没有提出申诉。"));
        return latestEvent(s, "appeal_decided")
                   ? Verdict{}
                   : notReached(QT_TRANSLATE_NOOP("Documents", "申诉尚未作出处理决定。"));
    }
    return {};
}

} // namespace

const Event* partyGroupApproval(const CaseState& state)
{
    return latestEvent(state, "party_group_approved_expulsion");
}

QList<DocumentKind> documentKindsForCase(const CaseState& state)
{
    QList<DocumentKind> kinds;
    for (DocumentKind kind : allDocumentKinds()) {
        if (judge(kind, state).belongs)
            kinds << kind;
    }
    return kinds;
}

Error checkDocumentApplies(DocumentKind kind, const CaseState& state)
{
    const Verdict v = judge(kind, state);
    if (v.reached)
        return Error::ok();
    return Error::make(ErrorCode::Refused, QCoreApplication::translate("Documents", v.why),
                       documentKindArticle(kind));
}

QDate documentDate(DocumentKind kind, const CaseState& state)
{
    auto dateOf = [&](const char* step, const QDate& otherwise) {
        const Event* e = latestEvent(state, step);
        return e ? e->date : otherwise;
    };
    const QDate today = state.asOf;
    switch (kind) {
    case DocumentKind::Summary:
        return today;
    case DocumentKind::NoticePrincipal:
        return dateOf("principal_notified", dateOf("case_filed", today));
    case DocumentKind::NoticeProposal:
        return dateOf("party_group_informed_of_proposal", today);
    case DocumentKind::TransferLetter:
        return dateOf("transferred_for_review", today);
    case DocumentKind::NoticeSuggestion:
        return dateOf("party_group_informed_of_suggestion", today);
    case DocumentKind::Decision:
        // A grassroots expulsion is complete with the Party group's approval; the decision paper
        // still carries the date the grassroots body decided, and states the approval.
        return state.decision ? state.decision->decidedOn : today;
    case DocumentKind::Announcement:
        return dateOf("decision_announced", today);
    case DocumentKind::FilingForm:
    case DocumentKind::FilingChecklist:
        return dateOf("record_filed", today);
    case DocumentKind::HearingRecord:
        return dateOf("subject_heard", today);
    case DocumentKind::ServiceReceipt:
        return dateOf("decision_announced", today);
    case DocumentKind::NoticeStationedBody:
        return dateOf("stationed_body_notified", today);
    case DocumentKind::NoticeOrgDepartment:
        return dateOf("org_department_notified", today);
    case DocumentKind::NoticeLocalPartyOrg:
        return dateOf("local_party_org_notified", today);
    case DocumentKind::NoticeCompetentPartyGroup:
        return dateOf("competent_party_group_notified", today);
    case DocumentKind::EscalationRequest:
        return dateOf("escalated_to_dispatching_organ", today);
    case DocumentKind::ConsultationLetter:
        return dateOf("competent_party_group_consulted", today);
    case DocumentKind::ExecutionReport:
        return dateOf("execution_reported", today);
    case DocumentKind::ProbationEndDecision:
        return dateOf("probation_concluded", today);
    case DocumentKind::AppealDecision:
        return dateOf("appeal_decided", today);
    }
    return today;
}

} // namespace casetrack
