// Random valid and invalid event sequences: the engine never crashes, accepted events keep the
// history replayable, and deriving twice gives the same JSON. Plus an informal timing.
#include "ProcedureTestCase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

using namespace casetrack;
using namespace casetrack::test;

namespace {

// Random facts that revision 2 accepts (its invalid combinations are tested elsewhere).
QJsonObject randomFacts(QRandomGenerator& rng)
{
    QJsonObject subject{{QStringLiteral("name"), QStringLiteral("随机")}};
    for (const char* key : {"appointed_by_party_group", "leadership_member", "key_supervision_target",
                            "principal_leader", "org_relation_local", "local_committee_member"})
        subject.insert(QLatin1String(key), rng.bounded(2) == 1);
    const char* filed[] = {"none", "central", "local"};
    subject.insert(QStringLiteral("filed_with"), QLatin1String(filed[rng.bounded(3)]));
    if (subject.value(QStringLiteral("local_committee_member")).toBool())
        subject.insert(QStringLiteral("org_relation_local"), true);
    QJsonObject top{{QStringLiteral("subject"), subject},
                    {QStringLiteral("major_complex"), rng.bounded(2) == 1}};
    const bool local = subject.value(QStringLiteral("org_relation_local")).toBool();
    const char* bodies[] = {"stationed_body", "organ_commission", "local_commission"};
    top.insert(QStringLiteral("filing_body"), QLatin1String(bodies[rng.bounded(local ? 3 : 2)]));
    if (!subject.value(QStringLiteral("appointed_by_party_group")).toBool() && rng.bounded(2))
        top.insert(QStringLiteral("decision_route"), QStringLiteral("grassroots"));
    return top;
}

QJsonValue randomValue(QRandomGenerator& rng, const StepField& f, int maxSeq)
{
    // Mostly valid, sometimes not.
    if (rng.bounded(20) == 0)
        return QJsonValue(QStringLiteral("??"));
    switch (f.type) {
    case FieldType::Text:
        return QStringLiteral("文本");
    case FieldType::TextList:
        return QJsonArray{QStringLiteral("材料")};
    case FieldType::Integer:
        return int(rng.bounded(10));
    case FieldType::Sanction:
        return sanctionTable()[int(rng.bounded(sanctionTable().size()))].id;
    case FieldType::ProbationYears:
        return int(rng.bounded(1, 3));
    case FieldType::Choice:
        return f.choices[int(rng.bounded(f.choices.size()))];
    case FieldType::Bool:
        return true;
    case FieldType::EventSeq:
        return int(rng.bounded(0, maxSeq + 2));
    case FieldType::Object:
        return QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-01")}};
    case FieldType::Date:
        return QStringLiteral("2025-%1-15").arg(int(rng.bounded(1, 13)), 2, 10, QLatin1Char('0'));
    case FieldType::RecusalList:
        return QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("回避")}}};
    }
    return {};
}

QJsonObject randomData(QRandomGenerator& rng, const StepDefinition& def, int maxSeq)
{
    QJsonObject data;
    for (const StepField& f : def.fields) {
        if (f.required || rng.bounded(3) == 0)
            data.insert(f.name, randomValue(rng, f, maxSeq));
    }
    if (data.value(QStringLiteral("sanction")).toString() == QLatin1String("probation") &&
        !data.contains(QStringLiteral("probation_years")))
        data.insert(QStringLiteral("probation_years"), 1);
    if (def.kind == StepKind::Correction && data.contains(QStringLiteral("replacement")) && rng.bounded(2))
        data.remove(QStringLiteral("replacement"));
    if (def.kind == StepKind::Correction && !data.contains(QStringLiteral("replacement")))
        data.insert(QStringLiteral("retract"), true);
    if (rng.bounded(30) == 0)
        data.insert(QStringLiteral("junk"), 1);
    return data;
}

// A plausible 10-event closed case on the standard track.
CaseRecord benchmarkCase()
{
    ProcedureCase c(facts({{QStringLiteral("appointed_by_party_group"), true}}));
    c.accept(QStringLiteral("case_filed"), QStringLiteral("2025-01-02"));
    c.accept(QStringLiteral("principal_notified"), QStringLiteral("2025-01-03"));
    c.accept(QStringLiteral("investigation_concluded"), QStringLiteral("2025-02-10"));
    c.accept(QStringLiteral("subject_heard"), QStringLiteral("2025-02-10"));
    c.accept(QStringLiteral("proposal_made"), QStringLiteral("2025-02-20"), sanction("warning"));
    c.accept(QStringLiteral("party_group_informed_of_suggestion"), QStringLiteral("2025-02-25"));
    c.accept(QStringLiteral("party_group_decided"), QStringLiteral("2025-03-03"),
             meeting("warning", 7, 5, 4));
    c.accept(QStringLiteral("stationed_body_notified"), QStringLiteral("2025-03-05"));
    c.accept(QStringLiteral("decision_announced"), QStringLiteral("2025-03-10"));
    c.accept(QStringLiteral("record_filed"), QStringLiteral("2025-04-01"));
    Q_ASSERT(c.record.events.size() == 9);
    return c.record;
}

} // namespace

class TestProcedureFuzz : public QObject
{
    Q_OBJECT

private slots:
    void randomSequences()
    {
        QRandomGenerator rng(20250526);
        const HolidayCalendar calendar = HolidayCalendar::builtin();
        const QList<StepDefinition>& table = stepTable();
        int accepted = 0, refused = 0, invalid = 0, corrections = 0;
        for (int round = 0; round < 3000; ++round) {
            ProcedureCase c(randomFacts(rng));
            QList<Event> accepted_; // the events recorded through checkEvent, in order
            if (rng.bounded(4) == 0)
                c.settings.quorum = Threshold{2, 3, false};
            QDate date(2025, 1, 2);
            const int attempts = int(rng.bounded(5, 30));
            for (int i = 0; i < attempts; ++i) {
                // Mostly a step the state offers now (walks cases forward), sometimes any step.
                const StepDefinition* pick = &table[int(rng.bounded(table.size()))];
                if (rng.bounded(10) < 7) {
                    const CaseState now = c.state(isoDate(date));
                    QList<const NextStep*> allowed;
                    for (const NextStep& n : now.next) {
                        if (n.allowed)
                            allowed.append(&n);
                    }
                    if (!allowed.isEmpty())
                        pick = &stepDefinition(allowed[int(rng.bounded(allowed.size()))]->step);
                    else if (now.stage == Stage::New)
                        pick = findStep(QStringLiteral("case_filed"));
                }
                const StepDefinition& def = *pick;
                date = date.addDays(int(rng.bounded(-3, 10)));
                const Role role = allRoles()[int(rng.bounded(allRoles().size()))];
                const Event e =
                    c.makeEvent(def.id, isoDate(date), randomData(rng, def, int(c.record.events.size())));
                const Error error = checkEvent(c.record, e, role, calendar, c.settings);
                QVERIFY(error.code == ErrorCode::Ok || error.code == ErrorCode::Refused ||
                        error.code == ErrorCode::Invalid);
                if (error.code == ErrorCode::Refused) {
                    QVERIFY2(!error.article.isEmpty(), qPrintable(def.id + QLatin1Char(' ') + error.message));
                    QVERIFY(!error.message.isEmpty());
                    ++refused;
                } else if (error.code == ErrorCode::Invalid) {
                    QVERIFY(!error.message.isEmpty());
                    ++invalid;
                } else {
                    c.record.events.append(e);
                    accepted_.append(e);
                    ++accepted;
                }
                // Now and then store an event unchecked (imported data): derive must cope.
                if (rng.bounded(25) == 0) {
                    Event raw = e;
                    raw.seq = int(c.record.events.size()) + 1;
                    c.record.events.append(raw);
                }
            }
            const QDate asOf = date.addDays(int(rng.bounded(0, 200)));
            const CaseState s1 = deriveState(c.record, calendar, c.settings, asOf);
            const CaseState s2 = deriveState(c.record, calendar, c.settings, asOf);
            QCOMPARE(caseStateToJson(s1), caseStateToJson(s2));
            if (s1.closed) {
                for (const NextStep& n : s1.next) {
                    QVERIFY(stepDefinition(n.step).allowedWhenClosed);
                }
            }
            for (const NextStep& n : s1.next)
                QVERIFY(n.allowed || !n.reason.isEmpty());

            // Every recorded step was allowed when recorded: replayed on the history before it.
            CaseRecord prefix = c.record;
            prefix.events.clear();
            for (const Event& e : c.record.events) {
                const bool wasChecked = std::any_of(accepted_.begin(), accepted_.end(), [&](const Event& a) {
                    return a.seq == e.seq && a.step == e.step;
                });
                if (wasChecked) {
                    const Error again = checkEvent(prefix, e, Role::Administrator, calendar, c.settings);
                    QVERIFY2(!again.isError(), qPrintable(e.step + QLatin1Char(' ') + again.message));
                }
                prefix.events.append(e);
            }

            // A fact correction that the replay accepts gives the state of a fresh case with those
            // facts and the same history.
            if (rng.bounded(3) == 0) {
                const QJsonObject fresh = randomFacts(rng);
                Result<CaseFacts> corrected = correctedFacts(prefix.facts, fresh);
                if (corrected.ok() &&
                    !checkFactsCorrection(prefix, corrected.value(), c.settings).isError()) {
                    CaseRecord afterCorrection = prefix;
                    afterCorrection.facts = corrected.value();
                    Event marker = c.makeEvent(QStringLiteral("facts_corrected"), isoDate(asOf), {});
                    marker.seq = int(prefix.events.size()) + 1;
                    marker.data = {{QStringLiteral("facts"), fresh},
                                   {QStringLiteral("reason"), QStringLiteral("更正")}};
                    afterCorrection.events.append(marker);
                    CaseRecord freshCase = prefix;
                    freshCase.facts = corrected.value();
                    QJsonObject a = caseStateToJson(deriveState(afterCorrection, calendar, c.settings, asOf));
                    QJsonObject b = caseStateToJson(deriveState(freshCase, calendar, c.settings, asOf));
                    a.remove(QStringLiteral("events"));
                    b.remove(QStringLiteral("events"));
                    QCOMPARE(a, b);
                    ++corrections;
                }
            }
        }
        qInfo("accepted %d, refused %d, invalid %d, fact corrections replayed %d", accepted, refused, invalid,
              corrections);
        QVERIFY(corrections > 100);
        QVERIFY(accepted > 3000);
        QVERIFY(refused > 1000);
        QVERIFY(invalid > 100);
    }

    // Informal: the benchmark program measures the budget (<10 µs per case on 2 cores). The best
    // of several runs, since other builds may share the machine.
    void timing()
    {
        const CaseRecord record = benchmarkCase();
        const HolidayCalendar calendar = HolidayCalendar::builtin();
        EngineSettings settings;
        const QDate asOf(2025, 4, 15);
        const int n = 20000;
        auto best = [&](const EngineSettings& s) {
            double bestUs = 1e9;
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                int closed = 0;
                for (int i = 0; i < n; ++i)
                    closed += deriveState(record, calendar, s, asOf).closed ? 1 : 0;
                bestUs = qMin(bestUs, double(timer.nsecsElapsed()) / 1000.0 / n);
                if (closed != 0)
                    return -1.0;
            }
            return bestUs;
        };
        const double us = best(settings);
        QVERIFY(us > 0);
        qInfo("deriveState: %.2f us per case (%d events, one thread)", us, int(record.events.size()));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            countDeadline(QDate(2025, 3, 3), Period{90, PeriodUnit::Days}, calendar, false);
        qInfo("of which countDeadline (calendar): %.2f us per call, 2 calls per case",
              double(timer.nsecsElapsed()) / 1000.0 / n);
    }
};

QTEST_GUILESS_MAIN(TestProcedureFuzz)
#include "test_procedure_fuzz.moc"
