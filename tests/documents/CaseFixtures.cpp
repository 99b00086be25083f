#include "CaseFixtures.h"

#include "procedure/ProcedureEngine.h"

#include <QJsonObject>

namespace casetrack::test {

namespace {

CaseRecord record(bool decided)
{
    CaseRecord r;
    r.id = QStringLiteral("2025-007");
    r.facts.subject.name = QStringLiteral("张三");
    r.facts.subject.gender = QStringLiteral("男");
    r.facts.subject.ethnicity = QStringLiteral("汉族");
    r.facts.subject.birthDate = QDate(1975, 3, 12);
    r.facts.subject.partyJoinDate = QDate(1998, 6, 1);
    r.facts.subject.unit = QStringLiteral("某某部规划司");
    r.facts.subject.position = QStringLiteral("副司长");
    r.facts.subject.appointedByPartyGroup = true;
    r.facts.filingBody = QStringLiteral("stationed_body");
    auto add = [&](const char* step, QDate date, QJsonObject data = {}) {
        Event e;
        e.seq = int(r.events.size()) + 1;
        e.step = QLatin1String(step);
        e.date = date;
        e.data = data;
        e.recordedBy = QStringLiteral("admin");
        e.recordedAt = QDateTime(date, QTime(9, 30));
        r.events << e;
    };
    add("case_filed", QDate(2025, 1, 2), {{QStringLiteral("number"), QStringLiteral("驻部纪〔2025〕1号")}});
    add("principal_notified", QDate(2025, 1, 3));
    add("investigation_concluded", QDate(2025, 1, 10));
    add("proposal_made", QDate(2025, 1, 15), {{QStringLiteral("sanction"), QStringLiteral("warning")}});
    if (decided) {
        add("party_group_informed_of_suggestion", QDate(2025, 1, 20));
        add("party_group_decided", QDate(2025, 1, 31),
            {{QStringLiteral("sanction"), QStringLiteral("warning")},
             {QStringLiteral("members_total"), 7},
             {QStringLiteral("members_present"), 6},
             {QStringLiteral("votes_for"), 6},
             {QStringLiteral("meeting"), QStringLiteral("党组会议（2025年第3次）")}});
    }
    return r;
}

} // namespace

CaseState decidedCase()
{
    return deriveState(record(true), HolidayCalendar::builtin(), EngineSettings(), QDate(2025, 2, 10));
}

CaseState proposalCase()
{
    return deriveState(record(false), HolidayCalendar::builtin(), EngineSettings(), QDate(2025, 1, 16));
}

} // namespace casetrack::test
