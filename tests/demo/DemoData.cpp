#include "DemoData.h"

#include "services/Session.h"

#include <QDate>
#include <QJsonArray>

namespace casetrack {

namespace {

struct Demo
{
    Session& session;
    QString id;
    int refused = 0;

    void step(const char* name, const QDate& date, const QJsonObject& data = {})
    {
        Event e;
        e.step = QLatin1String(name);
        e.date = date;
        e.data = data;
        if (!session.recordEvent(id, e).ok())
            ++refused;
    }
};

QJsonObject sanction(const char* id)
{
    return {{QStringLiteral("sanction"), QLatin1String(id)}};
}

QJsonObject meeting(const char* id, int total, int present, int votes)
{
    return {{QStringLiteral("sanction"), QLatin1String(id)},
            {QStringLiteral("members_total"), total},
            {QStringLiteral("members_present"), present},
            {QStringLiteral("votes_for"), votes},
            {QStringLiteral("meeting"), QStringLiteral("党组会议纪要第12期")}};
}

QString addCase(Session& s, const QString& name, const QString& unit, const QString& position, bool appointed,
                bool leadership = false, DecisionRoute route = DecisionRoute::PartyGroup)
{
    CaseFacts facts;
    facts.subject.name = name;
    facts.subject.unit = unit;
    facts.subject.position = position;
    facts.subject.gender = QStringLiteral("男");
    facts.subject.ethnicity = QStringLiteral("汉族");
    facts.subject.appointedByPartyGroup = appointed;
    facts.subject.leadershipMember = leadership;
    facts.decisionRoute = route;
    auto id = s.addCase(facts);
    return id.ok() ? id.value() : QString();
}

QJsonObject number(int n)
{
    return {{QStringLiteral("number"),
             QStringLiteral("驻纪立〔%1〕%2号").arg(QDate::currentDate().year()).arg(n)}};
}

} // namespace

int fillDemoData(Session& s)
{
    const QDate t = QDate::currentDate();
    int refused = 0;
    // The organs that sign and receive the documents: a document never prints a placeholder.
    struct DemoOrgan
    {
        const char *kind, *name, *shortName, *prefix, *office;
    };
    for (const DemoOrgan& o :
         {DemoOrgan{"party_group", "中共示范部党组", "中共示范部党组", "示党", "中共示范部党组办公室"},
          DemoOrgan{"stationed_body", "中央纪委国家监委驻示范部纪检监察组", "驻示范部纪检监察组", "驻示纪",
                    ""},
          DemoOrgan{"dispatched_body", "中央和国家机关纪检监察工委", "", "", ""},
          DemoOrgan{"dispatching_organ", "中央纪委国家监委", "", "", ""},
          DemoOrgan{"grassroots_commission", "中共示范部机关纪委", "示范部机关纪委", "示机纪", ""},
          DemoOrgan{"grassroots_committee", "中共示范部机关委员会", "示范部机关党委", "示机党", ""}}) {
        Organization org;
        org.kind = QLatin1String(o.kind);
        org.name = QString::fromUtf8(o.name);
        org.shortName = QString::fromUtf8(o.shortName);
        org.docPrefix = QString::fromUtf8(o.prefix);
        org.printingOffice = QString::fromUtf8(o.office);
        org.isDefault = true;
        if (!s.addOrganization(org).ok())
            ++refused;
    }
    { // Closed: every step done.
        Demo d{s, addCase(s, QStringLiteral("周建华"), QStringLiteral("规划财务司"), QStringLiteral("副处长"),
                          true)};
        const QDate f = t.addDays(-150);
        d.step("case_filed", f, number(3));
        d.step("principal_notified", f.addDays(2));
        d.step("investigation_concluded", f.addDays(40));
        d.step("subject_heard", f.addDays(42));
        d.step("proposal_made", f.addDays(45), sanction("serious_warning"));
        d.step("party_group_informed_of_suggestion", f.addDays(48));
        d.step("party_group_decided", f.addDays(52), meeting("serious_warning", 9, 8, 8));
        d.step("stationed_body_notified", f.addDays(53));
        d.step("decision_announced", f.addDays(60));
        d.step("record_filed", f.addDays(70),
               {{QStringLiteral("materials"),
                 QJsonArray{QStringLiteral("处分决定"), QStringLiteral("审查调查报告")}}});
        d.step("filing_reviewed", f.addDays(80), {{QStringLiteral("result"), QStringLiteral("accepted")}});
        d.step("archived_to_personnel_file", f.addDays(62));
        d.step("execution_reported", f.addDays(120));
        refused += d.refused;
    }
    { // Decided 40 days ago, not announced: overdue (第十条).
        Demo d{s, addCase(s, QStringLiteral("李明"), QStringLiteral("人事司"), QStringLiteral("主任科员"),
                          true)};
        const QDate f = t.addDays(-90);
        d.step("case_filed", f, number(5));
        d.step("principal_notified", f.addDays(1));
        d.step("investigation_concluded", f.addDays(30));
        d.step("subject_heard", f.addDays(32));
        d.step("proposal_made", f.addDays(35), sanction("warning"));
        d.step("party_group_informed_of_suggestion", f.addDays(40));
        d.step("party_group_decided", f.addDays(50), meeting("warning", 7, 6, 6));
        refused += d.refused;
    }
    { // Decided 25 days ago: the announcement is due soon.
        Demo d{s, addCase(s, QStringLiteral("王芳"), QStringLiteral("办公厅"), QStringLiteral("处长"), true)};
        const QDate f = t.addDays(-70);
        d.step("case_filed", f, number(6));
        d.step("principal_notified", f.addDays(1));
        d.step("investigation_concluded", f.addDays(20));
        d.step("subject_heard", f.addDays(22));
        d.step("proposal_made", f.addDays(25), sanction("removal_from_post"));
        d.step("party_group_informed_of_suggestion", f.addDays(30));
        d.step("party_group_decided", t.addDays(-25), meeting("removal_from_post", 9, 7, 6));
        d.step("stationed_body_notified", t.addDays(-24));
        refused += d.refused;
    }
    { // Transfer track, with the dispatched body for review.
        Demo d{s, addCase(s, QStringLiteral("张伟"), QStringLiteral("科技司"), QStringLiteral("副司长"), true,
                          true)};
        const QDate f = t.addDays(-60);
        d.step("case_filed", f, number(8));
        d.step("principal_notified", f.addDays(1));
        d.step("investigation_concluded", f.addDays(30));
        d.step("proposal_made", f.addDays(33),
               {{QStringLiteral("sanction"), QStringLiteral("probation")},
                {QStringLiteral("probation_years"), 1}});
        d.step("party_group_informed_of_proposal", f.addDays(35));
        d.step("transferred_for_review", f.addDays(37));
        refused += d.refused;
    }
    { // Grassroots track, investigating.
        Demo d{s, addCase(s, QStringLiteral("陈静"), QStringLiteral("机关服务中心"), QStringLiteral("科员"),
                          false, false, DecisionRoute::Grassroots)};
        d.step("case_filed", t.addDays(-12), number(11));
        d.step("principal_notified", t.addDays(-11));
        refused += d.refused;
    }
    { // Just filed.
        Demo d{s, addCase(s, QStringLiteral("刘洋"), QStringLiteral("政策法规司"), QStringLiteral("调研员"),
                          true)};
        d.step("case_filed", t.addDays(-3), number(12));
        refused += d.refused;
    }
    return refused;
}

} // namespace casetrack
