#include "TrackFixtures.h"

#include "procedure/ProcedureEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casetrack::test {

namespace {

const QDate kAsOf(2026, 12, 31);

class Builder
{
public:
    Builder(const QString& id, const QString& name)
    {
        m_record.id = id;
        SubjectFacts& s = m_record.facts.subject;
        s.name = name;
        s.gender = QStringLiteral("女");
        s.ethnicity = QStringLiteral("汉族");
        s.birthDate = QDate(1972, 8, 3);
        s.partyJoinDate = QDate(1995, 7, 1);
        s.unit = QStringLiteral("某某部财务司");
        s.position = QStringLiteral("副司长");
    }
    CaseFacts& facts() { return m_record.facts; }

    // Adds a step when the engine accepts it; a step the engine does not know (revision-2
    // steps on a revision-1 engine, or the other way round) is skipped when `optional`.
    Builder& add(const char* step, const QDate& date, const QJsonObject& data = {}, bool optional = false)
    {
        Event e;
        e.seq = int(m_record.events.size()) + 1;
        e.step = QLatin1String(step);
        e.date = date;
        e.data = data;
        e.recordedBy = QStringLiteral("admin");
        e.recordedAt = QDateTime(date, QTime(10, 0));
        Error error =
            checkEvent(m_record, e, Role::Administrator, HolidayCalendar::builtin(), EngineSettings());
        if (error.code == ErrorCode::Invalid && e.data.contains(QStringLiteral("members_present")) &&
            e.data.contains(QStringLiteral("sanction"))) {
            // Revision 1 counts no quorum for grassroots and local decisions (revision 2 does).
            e.data = {{QStringLiteral("sanction"), e.data.value(QStringLiteral("sanction"))}};
            error =
                checkEvent(m_record, e, Role::Administrator, HolidayCalendar::builtin(), EngineSettings());
        }
        if (error.isError()) {
            if (optional && error.code == ErrorCode::Invalid)
                return *this;
            qFatal("fixture %s: step %s refused: %s", qPrintable(m_record.id), step,
                   qPrintable(error.message));
        }
        m_record.events << e;
        return *this;
    }
    CaseState state() const
    {
        return deriveState(m_record, HolidayCalendar::builtin(), EngineSettings(), kAsOf);
    }

private:
    CaseRecord m_record;
};

QJsonObject sanction(const char* id)
{
    return {{QStringLiteral("sanction"), QLatin1String(id)}};
}

QJsonObject meeting(const char* id, int total, int present, int votes)
{
    QJsonObject o = sanction(id);
    o.insert(QStringLiteral("members_total"), total);
    o.insert(QStringLiteral("members_present"), present);
    o.insert(QStringLiteral("votes_for"), votes);
    return o;
}

QJsonObject heard()
{
    return {{QStringLiteral("statement"), QStringLiteral("对事实无异议。")}};
}

} // namespace

CaseState standardTrackCase(const QString& name)
{
    Builder b(QStringLiteral("2026-101"), name);
    b.facts().subject.appointedByPartyGroup = true;
    b.facts().subject.filedWith = QStringLiteral("central");
    b.add("case_filed", QDate(2026, 3, 2), {{QStringLiteral("number"), QStringLiteral("驻部纪〔2026〕5号")}})
        .add("principal_notified", QDate(2026, 3, 4))
        .add("investigation_concluded", QDate(2026, 6, 10))
        .add("proposal_made", QDate(2026, 6, 20), sanction("removal_from_post"))
        .add("party_group_informed_of_suggestion", QDate(2026, 6, 25))
        .add("subject_heard", QDate(2026, 6, 26), heard(), true);
    QJsonObject decided = meeting("removal_from_post", 9, 8, 8);
    decided.insert(QStringLiteral("meeting"), QStringLiteral("党组会议（2026年第12次）"));
    b.add("party_group_decided", QDate(2026, 7, 3), decided)
        .add("stationed_body_notified", QDate(2026, 7, 6))
        .add("decision_announced", QDate(2026, 7, 10))
        .add("org_department_notified", QDate(2026, 7, 15))
        .add("record_filed", QDate(2026, 8, 20),
             {{QStringLiteral("materials"),
               QJsonArray{QStringLiteral("处分决定"), QStringLiteral("审理报告")}}});
    return b.state();
}

CaseState transferTrackCase(const QString& name)
{
    Builder b(QStringLiteral("2026-102"), name);
    b.facts().subject.appointedByPartyGroup = true;
    b.facts().subject.leadershipMember = true;
    b.facts().subject.orgRelationLocal = true;
    b.facts().subject.filedWith = QStringLiteral("local");
    b.add("case_filed", QDate(2026, 2, 2))
        .add("principal_notified", QDate(2026, 2, 3))
        .add("investigation_concluded", QDate(2026, 5, 11))
        .add("proposal_made", QDate(2026, 5, 20), sanction("serious_warning"))
        .add("party_group_informed_of_proposal", QDate(2026, 5, 22))
        .add("transferred_for_review", QDate(2026, 5, 25))
        .add("review_feedback", QDate(2026, 6, 30), sanction("serious_warning"))
        .add("party_group_informed_of_suggestion", QDate(2026, 7, 2))
        .add("subject_heard", QDate(2026, 7, 3), heard(), true)
        .add("party_group_decided", QDate(2026, 7, 9), meeting("serious_warning", 7, 6, 6))
        .add("local_party_org_notified", QDate(2026, 7, 14));
    return b.state();
}

CaseState grassrootsExpulsionCase(const QString& name)
{
    Builder b(QStringLiteral("2026-103"), name);
    b.facts().subject.appointedByPartyGroup = false;
    b.facts().decisionRoute = DecisionRoute::Grassroots; // 第四条第二款: the route chosen
    b.add("case_filed", QDate(2026, 1, 12))
        .add("principal_notified", QDate(2026, 1, 13))
        .add("investigation_concluded", QDate(2026, 4, 1))
        .add("proposal_made", QDate(2026, 4, 8), sanction("expulsion"))
        .add("subject_heard", QDate(2026, 4, 9), heard(), true)
        .add("grassroots_committee_approved", QDate(2026, 4, 15), meeting("expulsion", 9, 7, 7))
        .add("party_group_approved_expulsion", QDate(2026, 4, 28),
             {{QStringLiteral("members_total"), 9},
              {QStringLiteral("members_present"), 8},
              {QStringLiteral("votes_for"), 8},
              {QStringLiteral("meeting"), QStringLiteral("党组会议（2026年第5次）")}});
    return b.state();
}

CaseState localTrackCase(const QString& name)
{
    Builder b(QStringLiteral("2026-104"), name);
    b.facts().filingBody = QStringLiteral("local_commission");
    b.facts().subject.orgRelationLocal = true;
    b.add("case_filed", QDate(2026, 3, 16))
        .add("investigation_concluded", QDate(2026, 5, 6))
        .add("proposal_made", QDate(2026, 5, 12), sanction("warning"))
        .add("subject_heard", QDate(2026, 5, 13), heard(), true)
        .add("local_commission_decided", QDate(2026, 5, 20), meeting("warning", 11, 9, 9))
        .add("competent_party_group_notified", QDate(2026, 5, 26));
    return b.state();
}

CaseState escalatedCase(const QString& name)
{
    Builder b(QStringLiteral("2026-105"), name);
    b.facts().subject.appointedByPartyGroup = true;
    b.add("case_filed", QDate(2026, 3, 2))
        .add("principal_notified", QDate(2026, 3, 4))
        .add("investigation_concluded", QDate(2026, 6, 10))
        .add("proposal_made", QDate(2026, 6, 20), sanction("removal_from_post"))
        .add("party_group_informed_of_suggestion", QDate(2026, 6, 25))
        .add("party_group_disagreed", QDate(2026, 6, 30), sanction("serious_warning"))
        .add("escalated_to_dispatching_organ", QDate(2026, 7, 2));
    return b.state();
}

CaseState consultedLocalCase(const QString& name)
{
    Builder b(QStringLiteral("2026-106"), name);
    b.facts().filingBody = QStringLiteral("local_commission");
    b.facts().subject.orgRelationLocal = true;
    b.facts().subject.localCommitteeMember = true;
    b.add("case_filed", QDate(2026, 3, 16))
        .add("investigation_concluded", QDate(2026, 5, 6))
        .add("proposal_made", QDate(2026, 5, 12), sanction("warning"))
        .add("subject_heard", QDate(2026, 5, 13), heard(), true)
        .add("competent_party_group_consulted", QDate(2026, 5, 15),
             {{QStringLiteral("channel"), QStringLiteral("stationed_body")}})
        .add("local_commission_decided", QDate(2026, 5, 20), meeting("warning", 11, 9, 9));
    return b.state();
}

CaseState probationEndedCase(const QString& name)
{
    Builder b(QStringLiteral("2025-107"), name);
    b.facts().subject.appointedByPartyGroup = true;
    QJsonObject probation = meeting("probation", 9, 8, 8);
    probation.insert(QStringLiteral("probation_years"), 1);
    QJsonObject proposed = sanction("probation");
    proposed.insert(QStringLiteral("probation_years"), 1);
    b.add("case_filed", QDate(2025, 3, 3))
        .add("principal_notified", QDate(2025, 3, 5))
        .add("investigation_concluded", QDate(2025, 5, 6))
        .add("proposal_made", QDate(2025, 5, 12), proposed)
        .add("party_group_informed_of_suggestion", QDate(2025, 5, 15))
        .add("subject_heard", QDate(2025, 5, 16), heard(), true)
        .add("party_group_decided", QDate(2025, 5, 20), probation)
        .add("stationed_body_notified", QDate(2025, 5, 22))
        .add("decision_announced", QDate(2025, 5, 26))
        .add("archived_to_personnel_file", QDate(2025, 6, 3))
        .add("personnel_changes_completed", QDate(2025, 6, 20))
        .add("execution_reported", QDate(2025, 11, 5))
        .add("probation_concluded", QDate(2026, 5, 25), {{QStringLiteral("outcome"), QStringLiteral("restored")}});
    return b.state();
}

CaseState appealChangedCase(const QString& name)
{
    Builder b(QStringLiteral("2026-108"), name);
    b.facts().subject.appointedByPartyGroup = true;
    QJsonObject changed = sanction("serious_warning");
    changed.insert(QStringLiteral("outcome"), QStringLiteral("changed"));
    b.add("case_filed", QDate(2026, 3, 2))
        .add("principal_notified", QDate(2026, 3, 4))
        .add("investigation_concluded", QDate(2026, 6, 10))
        .add("proposal_made", QDate(2026, 6, 20), sanction("removal_from_post"))
        .add("party_group_informed_of_suggestion", QDate(2026, 6, 25))
        .add("subject_heard", QDate(2026, 6, 26), heard(), true)
        .add("party_group_decided", QDate(2026, 7, 3), meeting("removal_from_post", 9, 8, 8))
        .add("decision_announced", QDate(2026, 7, 10))
        .add("appeal_filed", QDate(2026, 7, 20))
        .add("appeal_decided", QDate(2026, 9, 15), changed);
    return b.state();
}

QList<TrackCase> allTrackCases(const QString& name)
{
    auto n = [&](const char* fallback) { return name.isEmpty() ? QString::fromUtf8(fallback) : name; };
    return {{QStringLiteral("standard"), standardTrackCase(n("张三"))},
            {QStringLiteral("transfer"), transferTrackCase(n("李四"))},
            {QStringLiteral("grassroots_expulsion"), grassrootsExpulsionCase(n("王五"))},
            {QStringLiteral("local"), localTrackCase(n("赵六"))}};
}

} // namespace casetrack::test
