#include "HistoryGenerator.h"

#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QJsonArray>
#include <QList>

#include <random>

namespace casetrack::bench {

namespace {

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
const char* const kGiven[] = {"伟", "芳", "娜", "敏", "静", "强", "磊",
                              "军", "洋", "勇", "艳", "杰", "涛", "明"};
const char* const kUnits[] = {"市发展和改革委员会", "市财政局", "市自然资源局", "市交通运输局",
                              "市卫生健康委员会"};
const char* const kPositions[] = {"处长", "副处长", "科长", "主任科员", "副局长", "局长"};

template <typename T, size_t N> const char* pick(std::mt19937_64& rng, const T (&list)[N])
{
    return list[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Builds one case's script: steps in order, each dated a few days after the one before.
class Script
{
public:
    Script(std::mt19937_64& rng, QDate start) : m_rng(rng), m_date(start) {}

    int chance(int percent) { return roll(1, 100) <= percent; }
    int roll(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }

    void add(const char* step, int minGap, int maxGap, const QJsonObject& data = {})
    {
        m_date = m_date.addDays(roll(minGap, maxGap));
        addOn(step, m_date, data);
    }

    // A step on a given day (not before the last one).
    void addOn(const char* step, const QDate& date, const QJsonObject& data = {})
    {
        m_date = qMax(m_date, date);
        Event e;
        e.step = QLatin1String(step);
        e.date = m_date;
        e.data = data;
        events.append(e);
    }

    QDate date() const { return m_date; }

    QList<Event> events;
    qsizetype requiredEnd = 0; // events before this are the ones closing needs
    QDate effective;           // the decision's effective date

private:
    std::mt19937_64& m_rng;
    QDate m_date;
};

QJsonObject sanctionData(const QString& sanction, int probationYears)
{
    QJsonObject o{{QStringLiteral("sanction"), sanction}};
    if (probationYears > 0)
        o.insert(QStringLiteral("probation_years"), probationYears);
    return o;
}

QJsonObject meetingData(Script& s, const QString& sanction, int probationYears)
{
    const int total = s.roll(5, 11);
    const int present = s.roll((2 * total + 2) / 3, total); // 第九条: two thirds present (revision 2)
    QJsonObject o = sanction.isEmpty() ? QJsonObject() : sanctionData(sanction, probationYears);
    o.insert(QStringLiteral("members_total"), total);
    o.insert(QStringLiteral("members_present"), present);
    o.insert(QStringLiteral("votes_for"), s.roll(total / 2 + 1, present)); // 第九条: a majority of all
    return o;
}

// The steps after a decision (第十条, 第十一条, 第十二条; revision 2: personnel file, personnel
// changes, execution report, end of probation, now and then an appeal that upholds).
void afterDecision(Script& s, const CaseFacts& f, bool partyGroupDecision, bool stationedLocal, bool filed,
                   const QString& sanction, int years)
{
    if (partyGroupDecision)
        s.add("stationed_body_notified", 1, 5);
    // Mostly within the month of 第十条; a few late, which shows met_late.
    s.add("decision_announced", 1, s.chance(90) ? 25 : 45);
    s.add("archived_to_personnel_file", 1, 10);
    if (stationedLocal)
        s.add("local_party_org_notified", 1, 10);
    if (f.subject.filedWith != QLatin1String("none"))
        s.add("org_department_notified", 1, 10);
    if (filed) {
        s.add("record_filed", 5, 60,
              {{QStringLiteral("materials"),
                QJsonArray{QStringLiteral("处分决定"), QStringLiteral("党组会议纪要"),
                           QStringLiteral("审理报告")}}});
        if (s.chance(10)) {
            s.add("filing_reviewed", 3, 15,
                  {{QStringLiteral("result"), QStringLiteral("problems")},
                   {QStringLiteral("problems"), QStringLiteral("缺少会议纪要")}});
            s.add("filing_problems_resolved", 3, 15);
        }
        s.add("filing_reviewed", 3, 15, {{QStringLiteral("result"), QStringLiteral("accepted")}});
    }
    if (sanctionSeverity(sanctionFromId(sanction)) >= RemovalFromPostSeverity) {
        if (s.chance(10))
            s.add("personnel_changes_extended", 5, 20,
                  {{QStringLiteral("until"), isoDate(s.effective.addMonths(3))},
                   {QStringLiteral("approved_by"), QStringLiteral("驻在单位党组")}});
        s.add("personnel_changes_completed", 1, 20);
    }
    if (s.chance(5)) {
        s.add("appeal_filed", 5, 30, {{QStringLiteral("text"), QStringLiteral("对处分决定不服")}});
        s.add("appeal_decided", 20, 60, {{QStringLiteral("outcome"), QStringLiteral("upheld")}});
    }
    s.addOn("execution_reported", s.effective.addMonths(5).addDays(s.roll(0, 30)));
    if (sanction == QLatin1String("probation"))
        s.addOn("probation_concluded", s.effective.addMonths(12 * years).addDays(s.roll(0, 20)),
                {{QStringLiteral("outcome"), QStringLiteral("restored")}});
    s.requiredEnd = s.events.size();
    if (s.chance(30))
        s.add("rectification_recorded", 5, 30,
              {{QStringLiteral("measures"), QStringLiteral("警示教育大会")}});
    if (s.chance(20))
        s.add("quality_evaluated", 5, 30, {{QStringLiteral("result"), QStringLiteral("合格")}});
}

QJsonObject withMeeting(Script& s, const QString& sanction, int years)
{
    return meetingData(s, sanction, years);
}

CaseFacts makeFacts(std::mt19937_64& rng, Script& s, int index)
{
    CaseFacts f;
    SubjectFacts& subject = f.subject;
    subject.name = utf8(pick(rng, kSurnames)) + utf8(pick(rng, kGiven)) + utf8(pick(rng, kGiven));
    subject.gender = s.chance(70) ? QStringLiteral("男") : QStringLiteral("女");
    subject.ethnicity = QStringLiteral("汉族");
    subject.birthDate = QDate(1960 + s.roll(0, 30), s.roll(1, 12), s.roll(1, 28));
    subject.partyJoinDate = subject.birthDate.addYears(s.roll(20, 30));
    subject.unit = utf8(pick(rng, kUnits));
    subject.position = utf8(pick(rng, kPositions));
    const int track = index % 20; // 0-4 grassroots, 5-11 standard, 12-16 transfer, 17-19 local
    subject.appointedByPartyGroup = track >= 5;
    if (track < 5) {
        f.decisionRoute = DecisionRoute::Grassroots; // 第四条第二款, chosen
        if (track == 4)
            subject.keySupervisionTarget = true; // grassroots_transfer (第六条)
    }
    if (track >= 12 && track <= 16) {
        (s.chance(60) ? subject.leadershipMember : subject.keySupervisionTarget) = true;
        subject.principalLeader = subject.leadershipMember && s.chance(30);
    }
    if (track >= 17) {
        subject.orgRelationLocal = true; // revision 2: 第十二条 needs it in every local case
        if (track == 19) {
            subject.localCommitteeMember = true; // stationed filing of a committee member
        } else {
            f.filingBody = QStringLiteral("local_commission");
            subject.localCommitteeMember = track == 18;
        }
    } else if (track >= 5 && s.chance(10)) {
        subject.orgRelationLocal = true; // stays with the Party group (第十二条第一款)
    }
    if (s.chance(10))
        subject.filedWith = s.chance(50) ? QStringLiteral("central") : QStringLiteral("local");
    f.majorComplex = s.chance(10);
    return f;
}

} // namespace

QString HistoryGenerator::caseId(int index)
{
    return QStringLiteral("B-%1").arg(index, 6, 10, QLatin1Char('0'));
}

GeneratedCase HistoryGenerator::make(int index) const
{
    std::mt19937_64 rng(m_seed + quint64(index) * 0x9E3779B97F4A7C15ULL);
    // Filed between 2024-01-01 and 2026-09-30.
    const QDate filed = QDate(2024, 1, 1).addDays(std::uniform_int_distribution<int>(0, 1003)(rng));
    Script s(rng, filed.addDays(-1));
    GeneratedCase out;
    out.record.id = caseId(index);
    CaseFacts& f = out.record.facts;
    f = makeFacts(rng, s, index);
    out.factsJson = f.toJson();

    const bool stationed = f.filingBody == QLatin1String("stationed_body");
    const int track = index % 20;
    s.add("case_filed", 1, 1,
          {{QStringLiteral("number"), QStringLiteral("立%1-%2").arg(filed.year()).arg(index)}});
    if (stationed)
        s.add("principal_notified", 1, 7);
    const bool transfer = track >= 12 && track <= 16;
    if (transfer && f.majorComplex)
        s.add("early_intervention_requested", 5, 20);
    s.add("investigation_concluded", 20, 90);
    s.add("subject_heard", 1, 10); // 党章第四十三条

    static const char* const kSanctions[] = {"warning",         "warning",         "warning",
                                             "serious_warning", "serious_warning", "removal_from_post",
                                             "probation",       "expulsion",       "none"};
    QString sanction = QLatin1String(kSanctions[s.roll(0, 8)]);
    const bool grassrootsTransfer = track == 4;
    if ((transfer || grassrootsTransfer) && sanction == QLatin1String("none"))
        sanction = QStringLiteral("warning");
    const int years = sanction == QLatin1String("probation") ? s.roll(1, 2) : 0;
    s.add("proposal_made", 5, 20, sanctionData(sanction, years));

    if (sanction == QLatin1String("none")) {
        s.add("closed_without_sanction", 1, 10);
        s.requiredEnd = s.events.size();
    } else if (track < 5) { // 第四条第二款 grassroots (track 4: after the transfer chain)
        if (grassrootsTransfer) {
            s.add("party_group_informed_of_proposal", 1, 5);
            s.add("transferred_for_review", 1, 5);
            s.add("review_feedback", 10, 40, sanctionData(sanction, years));
        }
        // The commission alone approves only warning and serious warning.
        const bool light = sanctionSeverity(sanctionFromId(sanction)) < RemovalFromPostSeverity;
        s.add(light && s.chance(50) ? "grassroots_commission_approved" : "grassroots_committee_approved", 5,
              20, withMeeting(s, sanction, years));
        s.effective = s.date();
        const bool expulsion = sanction == QLatin1String("expulsion");
        if (expulsion) {
            s.add("party_group_approved_expulsion", 3, 15, meetingData(s, QString(), 0));
            s.effective = s.date();
        }
        afterDecision(s, f, false, false, expulsion, sanction, years);
    } else if (track >= 17) { // 第十二条 local
        if (!stationed && f.subject.localCommitteeMember)
            s.add("competent_party_group_consulted", 3, 10,
                  {{QStringLiteral("channel"), QStringLiteral("organ_commission")}});
        s.add("local_commission_decided", 5, 20, withMeeting(s, sanction, years));
        s.effective = s.date();
        s.add("competent_party_group_notified", 1, 10);
        afterDecision(s, f, false, false, false, sanction, years);
    } else {
        if (transfer) {
            s.add("party_group_informed_of_proposal", 1, 5);
            if (s.chance(10)) {
                s.add("transfer_exemption_approved", 3, 10);
            } else {
                s.add("transferred_for_review", 1, 5);
                s.add("review_feedback", 10, 40, sanctionData(sanction, years));
                if (f.subject.principalLeader)
                    s.add("consensus_reached", 3, 10);
            }
        }
        s.add("party_group_informed_of_suggestion", 1, 10);
        s.add("party_group_decided", 3, 20, meetingData(s, sanction, years));
        s.effective = s.date();
        afterDecision(s, f, true, f.subject.orgRelationLocal, true, sanction, years);
    }
    // A few histories carry a correction: the filing number amended with a reason.
    if (s.chance(5))
        s.add("correction", 0, 3,
              {{QStringLiteral("target_seq"), 1},
               {QStringLiteral("reason"), QStringLiteral("立案编号录入有误")},
               {QStringLiteral("replacement"),
                QJsonObject{{QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("number"),
                                          QStringLiteral("立%1-%2-1").arg(filed.year()).arg(index)}}}}}});

    // A third stop part way; nothing is dated after 2026-12-31.
    qsizetype keep = s.events.size();
    if (s.chance(33))
        keep = s.roll(1, int(s.events.size()) - 1);
    const QDate end(2026, 12, 31);
    while (keep > 0 && s.events[keep - 1].date > end)
        --keep;
    out.complete = keep >= s.requiredEnd;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        Event& e = s.events[i];
        e.seq = int(i) + 1;
        e.recordedBy = QStringLiteral("bench");
        e.recordedAt =
            QDateTime(e.date.addDays(s.roll(0, 2)), QTime(s.roll(8, 17), s.roll(0, 59), s.roll(0, 59)));
    }
    if (keep < s.events.size())
        out.nextEvent = s.events[keep];
    s.events.resize(keep);
    out.record.events = std::move(s.events);
    return out;
}

} // namespace casetrack::bench
