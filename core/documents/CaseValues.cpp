#include "documents/CaseValues.h"

#include "documents/DocumentApplicability.h"
#include "documents/FollowUpValues.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casetrack {

namespace {

QString cnDate(const QDate& date)
{
    return date.isValid() ? chineseDate(date) : QString();
}

QString cnMonth(const QDate& date)
{
    return date.isValid()
               ? QCoreApplication::translate("Documents", "%1年%2月").arg(date.year()).arg(date.month())
               : QString();
}

const Event* lastEvent(const CaseState& state, const QString& step)
{
    const Event* found = nullptr;
    for (const Event& e : state.effectiveEvents) {
        if (e.step == step)
            found = &e;
    }
    return found;
}

QString eventSanction(const Event* e)
{
    if (!e || !e->data.contains(QStringLiteral("sanction")))
        return {};
    return sanctionText(e->data.value(QStringLiteral("sanction")).toString(),
                        e->data.value(QStringLiteral("probation_years")).toInt());
}

QString eventDate(const CaseState& state, const QString& step)
{
    const Event* e = lastEvent(state, step);
    return e ? cnDate(e->date) : QString();
}

// What an event says beyond its step name, for the timeline of the summary.
QString eventDetail(const Event& e)
{
    QStringList parts;
    const QString sanction = eventSanction(&e);
    if (!sanction.isEmpty())
        parts << sanction;
    if (e.data.contains(QStringLiteral("members_total")))
        parts << QCoreApplication::translate("Documents", "应到%1人，实到%2人，同意%3人")
                     .arg(e.data.value(QStringLiteral("members_total")).toInt())
                     .arg(e.data.value(QStringLiteral("members_present")).toInt())
                     .arg(e.data.value(QStringLiteral("votes_for")).toInt());
    for (const char* key : {"meeting", "number", "problems", "measures", "issues"}) {
        const QString v = e.data.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral("；"));
}

QString subjectProfile(const SubjectFacts& s)
{
    QStringList parts{s.name};
    if (!s.gender.isEmpty())
        parts << s.gender;
    if (!s.ethnicity.isEmpty())
        parts << s.ethnicity;
    if (s.birthDate.isValid())
        parts << QCoreApplication::translate("Documents", "%1生").arg(cnMonth(s.birthDate));
    if (s.partyJoinDate.isValid())
        parts << QCoreApplication::translate("Documents", "%1加入中国共产党").arg(cnMonth(s.partyJoinDate));
    if (!s.unit.isEmpty() || !s.position.isEmpty())
        parts << QCoreApplication::translate("Documents", "现任%1%2").arg(s.unit, s.position);
    return parts.join(QStringLiteral("，")) + QStringLiteral("。");
}

} // namespace

QString localOrgDepartment(const DocumentSettings& settings)
{
    const QString name = settings.bodyName(QStringLiteral("org_department"));
    return name == QCoreApplication::translate("Documents", "中央组织部") ? QString() : name;
}

namespace {

QString deciderName(DecidingBody decidedBy, const DocumentSettings& settings)
{
    return settings.bodyName(decidingBodyId(decidedBy));
}

// "经中共某某部党组2025年1月31日会议集体讨论决定" and its grassroots and local variants.
QString decisionProcedure(const CaseState& state, const DocumentSettings& settings)
{
    if (!state.decision)
        return {};
    const Decision& d = *state.decision;
    const QString by = deciderName(d.decidedBy, settings);
    switch (d.decidedBy) {
    case DecidingBody::PartyGroup:
        return QCoreApplication::translate("Documents", "经%1%2会议集体讨论决定")
            .arg(by, cnDate(d.decidedOn));
    case DecidingBody::GrassrootsCommission:
        return QCoreApplication::translate("Documents", "经%1审查批准").arg(by);
    case DecidingBody::GrassrootsCommittee: {
        // 第四条第二款: an expulsion is effective only with the Party group meeting's approval.
        const Event* approval = partyGroupApproval(state);
        if (d.sanction == Sanction::Expulsion && approval)
            return QCoreApplication::translate("Documents", "经%1审议批准，并经%2%3会议审议批准")
                .arg(by, settings.bodyName(QStringLiteral("party_group")), cnDate(approval->date));
        return QCoreApplication::translate("Documents", "经%1审议批准").arg(by);
    }
    case DecidingBody::LocalCommission:
        break;
    }
    return QCoreApplication::translate("Documents", "经%1研究决定").arg(by);
}

} // namespace

QString deadlineStatusText(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return QCoreApplication::translate("Documents", "未到期");
    case DeadlineStatus::DueSoon:
        return QCoreApplication::translate("Documents", "即将到期");
    case DeadlineStatus::Overdue:
        return QCoreApplication::translate("Documents", "已逾期");
    case DeadlineStatus::Met:
        return QCoreApplication::translate("Documents", "按期完成");
    case DeadlineStatus::MetLate:
        return QCoreApplication::translate("Documents", "逾期完成");
    }
    return {};
}

QString sanctionText(const std::optional<Sanction>& sanction, int probationYears)
{
    if (sanction == Sanction::Probation && (probationYears == 1 || probationYears == 2))
        return probationYears == 1 ? QCoreApplication::translate("Documents", "留党察看一年")
                                   : QCoreApplication::translate("Documents", "留党察看二年");
    return sanctionDisplayName(sanction);
}

QString sanctionText(const QString& sanctionId, int probationYears)
{
    if (const std::optional<Sanction> sanction = sanctionFromId(sanctionId))
        return sanctionText(sanction, probationYears);
    return sanctionId; // not in the table: shown as recorded, never as another sanction
}

TemplateValues caseTemplateValues(const CaseState& state, const DocumentInputs& inputs,
                                  const DocumentSettings& settings)
{
    TemplateValues v;
    QHash<QString, QString>& t = v.text;
    const SubjectFacts& s = state.facts.subject;

    t.insert(QStringLiteral("subject.name"), s.name);
    t.insert(QStringLiteral("subject.gender"), s.gender);
    t.insert(QStringLiteral("subject.ethnicity"), s.ethnicity);
    t.insert(QStringLiteral("subject.birth_date"), cnMonth(s.birthDate));
    t.insert(QStringLiteral("subject.party_join_date"), cnMonth(s.partyJoinDate));
    t.insert(QStringLiteral("subject.unit"), s.unit);
    t.insert(QStringLiteral("subject.position"), s.position);
    t.insert(QStringLiteral("subject.profile"), subjectProfile(s));

    const Event* filed = lastEvent(state, QStringLiteral("case_filed"));
    t.insert(QStringLiteral("case.id"), state.id);
    t.insert(QStringLiteral("case.number"),
             filed ? filed->data.value(QStringLiteral("number")).toString() : QString());
    t.insert(QStringLiteral("case.filed_on"), filed ? cnDate(filed->date) : QString());
    t.insert(QStringLiteral("case.filing_body"), settings.bodyName(state.facts.filingBody));
    t.insert(QStringLiteral("case.track"), trackDisplayName(state.track));
    t.insert(QStringLiteral("case.track_article"), trackArticle(state.track));
    t.insert(QStringLiteral("case.stage"), stageDisplayName(state.stage));
    t.insert(QStringLiteral("case.status"), state.closed
                                                ? QCoreApplication::translate("Documents", "已结案")
                                                : QCoreApplication::translate("Documents", "未结案"));
    t.insert(QStringLiteral("case.as_of"), cnDate(state.asOf));
    t.insert(QStringLiteral("investigation.concluded_on"),
             eventDate(state, QStringLiteral("investigation_concluded")));

    const Event* proposal = lastEvent(state, QStringLiteral("proposal_made"));
    const Event* review = lastEvent(state, QStringLiteral("review_feedback"));
    const Event* suggestion = lastEvent(state, QStringLiteral("party_group_informed_of_suggestion"));
    const Event* decided = lastEvent(state, QStringLiteral("party_group_decided"));
    t.insert(QStringLiteral("proposal.sanction"), eventSanction(proposal));
    t.insert(QStringLiteral("proposal.date"), proposal ? cnDate(proposal->date) : QString());
    t.insert(QStringLiteral("proposal.informed_on"),
             eventDate(state, QStringLiteral("party_group_informed_of_proposal")));
    t.insert(QStringLiteral("review.sanction"), eventSanction(review));
    t.insert(QStringLiteral("review.date"), review ? cnDate(review->date) : QString());
    t.insert(QStringLiteral("transfer.date"), eventDate(state, QStringLiteral("transferred_for_review")));
    // The suggestion is the latest revised one, else the review's, else the proposal's (第八条).
    QString suggested = eventSanction(suggestion);
    if (suggested.isEmpty())
        suggested = eventSanction(review);
    if (suggested.isEmpty())
        suggested = eventSanction(proposal);
    t.insert(QStringLiteral("suggestion.sanction"), suggested);
    t.insert(QStringLiteral("review.sentence"),
             review ? QCoreApplication::translate("Documents", "经%1审理（审理报告于%2正式反馈），")
                          .arg(settings.dispatchedBody, cnDate(review->date))
                    : QString());
    t.insert(QStringLiteral("consensus.sentence"),
             lastEvent(state, QStringLiteral("consensus_reached"))
                 ? QCoreApplication::translate("Documents", "并已与%1有关部门沟通形成一致意见，")
                       .arg(settings.dispatchingOrgan)
                 : QString());
    t.insert(
        QStringLiteral("transfer.sentence"),
        state.track == Track::Transfer && !lastEvent(state, QStringLiteral("transfer_exemption_approved"))
            ? QCoreApplication::translate("Documents", "按照驻在单位党的工作领导关系，本案将移送%1审理。")
                  .arg(settings.dispatchedBody)
            : QString());

    const QString decisionSanction =
        state.decision ? sanctionText(state.decision->sanction, state.decision->probationYears) : QString();
    t.insert(QStringLiteral("decision.sanction"), decisionSanction);
    t.insert(QStringLiteral("decision.decided_by"),
             state.decision ? deciderName(state.decision->decidedBy, settings) : QString());
    t.insert(QStringLiteral("decision.decided_on"),
             state.decision ? cnDate(state.decision->decidedOn) : QString());
    t.insert(QStringLiteral("decision.effective_on"),
             state.decision ? cnDate(state.decision->effectiveOn) : QString());
    t.insert(QStringLiteral("decision.procedure"), decisionProcedure(state, settings));
    t.insert(QStringLiteral("decision.meeting"),
             decided ? decided->data.value(QStringLiteral("meeting")).toString() : QString());
    t.insert(QStringLiteral("decision.votes"), decided ? eventDetail(*decided) : QString());
    t.insert(QStringLiteral("decision.basis"), inputs.basis); // never a vague stand-in: see Documents.cpp
    t.insert(QStringLiteral("decision.summary"),
             state.decision
                 ? QCoreApplication::translate("Documents", "%1，决定给予%2同志%3处分，自%4起生效。")
                       .arg(decisionProcedure(state, settings), s.name, decisionSanction,
                            cnDate(state.decision->effectiveOn))
                 : QCoreApplication::translate("Documents", "尚未作出党纪处分决定。"));

    const QStringList bodies{QStringLiteral("party_group"),           QStringLiteral("stationed_body"),
                             QStringLiteral("dispatched_body"),       QStringLiteral("dispatching_organ"),
                             QStringLiteral("grassroots_commission"), QStringLiteral("grassroots_committee"),
                             QStringLiteral("local_commission"),      QStringLiteral("org_department")};
    for (const QString& body : bodies) {
        t.insert(QStringLiteral("unit.") + body, settings.bodyName(body));
        t.insert(QStringLiteral("signature.") + body, settings.signatureFor(body));
    }
    // 第十一条第三款: 中央组织部 for cadres filed with the Party Centre, else the local committee's
    // organization department (checked present in Documents.cpp).
    t.insert(QStringLiteral("org_department.recipient"),
             s.filedWith == QLatin1String("central") ? QCoreApplication::translate("Documents", "中央组织部")
                                                     : localOrgDepartment(settings));
    t.insert(QStringLiteral("unit.name"), settings.unit);
    t.insert(QStringLiteral("unit.local_party_org"), settings.localPartyOrg);
    t.insert(QStringLiteral("unit.printing_office"), settings.printingOffice);
    t.insert(QStringLiteral("unit.masthead"), settings.masthead);

    QDate issue = inputs.issueDate;
    if (!issue.isValid())
        issue = state.decision ? state.decision->decidedOn : state.asOf;
    const QDate printed = inputs.printingDate.isValid() ? inputs.printingDate : issue;
    t.insert(QStringLiteral("doc.number"), settings.formatNumber(issue.year(), inputs.sequence));
    t.insert(QStringLiteral("doc.date"), isoDate(issue));
    t.insert(QStringLiteral("doc.date_text"), cnDate(issue));
    t.insert(QStringLiteral("doc.printing_date"), isoDate(printed));
    t.insert(QStringLiteral("doc.cc"), inputs.copyTo);
    t.insert(QStringLiteral("doc.signature"),
             settings.signatureFor(
                 decidingBodyId(state.decision ? state.decision->decidedBy : DecidingBody::PartyGroup)));
    t.insert(QStringLiteral("doc.recipient"), inputs.mainRecipient);

    t.insert(QStringLiteral("announce.date"),
             cnDate(inputs.announcedOn.isValid()
                        ? inputs.announcedOn
                        : (lastEvent(state, QStringLiteral("decision_announced"))
                               ? lastEvent(state, QStringLiteral("decision_announced"))->date
                               : QDate())));
    t.insert(QStringLiteral("announce.place"), inputs.announcePlace);
    t.insert(QStringLiteral("announce.announcer"), inputs.announcer);
    t.insert(QStringLiteral("announce.attendees"), inputs.attendees);
    t.insert(QStringLiteral("announce.recorder"), inputs.recorder);
    t.insert(QStringLiteral("announce.statement"), inputs.subjectStatement);

    QStringList materials = inputs.materials;
    if (const Event* rf = lastEvent(state, QStringLiteral("record_filed"))) {
        const QJsonArray list = rf->data.value(QStringLiteral("materials")).toArray();
        materials.clear();
        for (const auto& m : list)
            materials << m.toString();
        t.insert(QStringLiteral("filing.filed_on"), cnDate(rf->date));
    } else {
        t.insert(QStringLiteral("filing.filed_on"), QString());
    }
    t.insert(QStringLiteral("filing.materials"), materials.join(QStringLiteral("；")));
    QList<QStringList> materialRows;
    for (int i = 0; i < materials.size(); ++i)
        materialRows << QStringList{QString::number(i + 1), materials.at(i), QStringLiteral("1")};
    v.lists.insert(QStringLiteral("materials"), materialRows);
    // 听取本人陈述和申辩 (党章第四十三条; revision 2's subject_heard: statement, accepted_facts).
    const Event* heard = lastEvent(state, QStringLiteral("subject_heard"));
    t.insert(QStringLiteral("hearing.date"), heard ? cnDate(heard->date) : QString());
    t.insert(QStringLiteral("hearing.statement"),
             heard ? heard->data.value(QStringLiteral("statement")).toString() : QString());
    t.insert(QStringLiteral("hearing.accepted_facts"),
             !heard || !heard->data.contains(QStringLiteral("accepted_facts"))
                 ? QString()
                 : (heard->data.value(QStringLiteral("accepted_facts")).toBool()
                        ? QCoreApplication::translate("Documents", "对处分所依据的事实材料无异议")
                        : QCoreApplication::translate("Documents", "对处分所依据的事实材料有异议")));
    t.insert(QStringLiteral("facts.text"), inputs.violationFacts.join(QString()));

    QList<QStringList> deadlineRows;
    t.insert(QStringLiteral("deadline.announce"), QString());
    t.insert(QStringLiteral("deadline.record_filing"), QString());
    for (const CaseDeadline& d : state.deadlines) {
        t.insert(QStringLiteral("deadline.") + d.id(), cnDate(d.due));
        deadlineRows << QStringList{
            d.label.toString(), cnDate(d.from), cnDate(d.due), deadlineStatusText(d.status),
            d.article.isEmpty() ? QCoreApplication::translate("Documents", "本单位规定") : d.article};
    }
    QList<QStringList> timeline;
    for (const Event& e : state.effectiveEvents) {
        const StepDefinition* def = findStep(e.step);
        timeline << QStringList{cnDate(e.date), def ? def->name() : e.step, eventDetail(e),
                                def ? def->article : QString()};
    }
    QList<QStringList> periods;
    for (const SanctionPeriod& p : state.sanctionPeriods)
        periods << QStringList{p.label.toString(), cnDate(p.from), cnDate(p.until), p.article};
    QList<QStringList> facts;
    for (const QString& f : inputs.violationFacts)
        facts << QStringList{f};
    v.lists.insert(QStringLiteral("facts"), facts);
    v.lists.insert(QStringLiteral("timeline"), timeline);
    v.lists.insert(QStringLiteral("deadlines"), deadlineRows);
    v.lists.insert(QStringLiteral("periods"), periods);

    addFollowUpValues(state, settings, t);

    for (auto it = inputs.extra.cbegin(); it != inputs.extra.cend(); ++it)
        t.insert(it.key(), it.value());
    return v;
}

} // namespace casetrack
