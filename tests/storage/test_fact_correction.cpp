// Session::correctFacts (procedure.md "Fact corrections"): the audited change path. A refused
// correction changes nothing; an accepted one saves the facts and a facts_corrected event together
// with its audit record.
#include "TestSupport.h"

#include "procedure/ProcedureEngine.h"

#include <QTest>

using namespace casetrack;

class TestFactCorrection : public QObject
{
    Q_OBJECT

    static Event step(const char* id, const QDate& date, const QJsonObject& data = {})
    {
        Event e;
        e.step = QLatin1String(id);
        e.date = date;
        e.data = data;
        return e;
    }

private slots:
    void refusedChangesNothingAcceptedIsAudited()
    {
        test::TestDatabase db;
        QVERIFY(db.session);
        Session& s = *db.session;
        CaseFacts facts;
        facts.subject.name = QStringLiteral("张散");
        facts.subject.appointedByPartyGroup = true;
        const Result<QString> id = s.addCase(facts);
        QVERIFY(id.ok());
        const QDate d(2025, 7, 1);
        for (const char* name :
             {"case_filed", "principal_notified", "investigation_concluded", "subject_heard"})
            QVERIFY(s.recordEvent(id.value(), step(name, d)).ok());
        QVERIFY(s.recordEvent(id.value(), step("proposal_made", d,
                                               {{QStringLiteral("sanction"), QStringLiteral("warning")}}))
                    .ok());
        QVERIFY(s.recordEvent(id.value(), step("party_group_informed_of_suggestion", d)).ok());
        const Result<Event> decided =
            s.recordEvent(id.value(), step("party_group_decided", d,
                                           {{QStringLiteral("sanction"), QStringLiteral("warning")},
                                            {QStringLiteral("members_total"), 7},
                                            {QStringLiteral("members_present"), 5},
                                            {QStringLiteral("votes_for"), 4}}));
        QVERIFY(decided.ok());
        const int auditBefore = int(s.auditRecords().size());
        const CaseRecord before = s.loadCase(id.value()).value();

        // Would put the decided case on the transfer track: refused, nothing written.
        const Error refused = s.correctFacts(
            id.value(),
            {{QStringLiteral("subject"), QJsonObject{{QStringLiteral("key_supervision_target"), true}}}},
            QStringLiteral("漏填"));
        QCOMPARE(refused.code, ErrorCode::Refused);
        QVERIFY(refused.message.contains(QStringLiteral("party_group_decided")));
        const CaseRecord unchanged = s.loadCase(id.value()).value();
        QCOMPARE(unchanged.facts.toJson(), before.facts.toJson());
        QCOMPARE(unchanged.events.size(), before.events.size());
        QCOMPARE(int(s.auditRecords().size()), auditBefore);
        // The decision and its deadlines are still there.
        const CaseState state = deriveState(unchanged, s.calendar(), s.engineSettings(), QDate(2025, 9, 1));
        QVERIFY(state.decision.has_value());
        QVERIFY(!state.deadlines.isEmpty());

        QCOMPARE(s.correctFacts(id.value(),
                                {{QStringLiteral("subject"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}}}},
                                QString())
                     .code,
                 ErrorCode::Invalid); // no reason
        QVERIFY(!s.correctFacts(id.value(),
                                {{QStringLiteral("subject"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}}}},
                                QStringLiteral("姓名录错"))
                     .isError());
        const CaseRecord after = s.loadCase(id.value()).value();
        QCOMPARE(after.facts.subject.name, QStringLiteral("张三"));
        QVERIFY(after.facts.subject.appointedByPartyGroup);
        QCOMPARE(after.events.size(), before.events.size() + 1);
        QCOMPARE(after.events.last().step, QStringLiteral("facts_corrected"));
        QCOMPARE(after.events.last().data.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("姓名录错"));
        const QList<AuditRecord> audit = s.auditRecords();
        QCOMPARE(int(audit.size()), auditBefore + 1);
        QCOMPARE(audit.last().action, QStringLiteral("case.correct_facts"));
        QVERIFY(s.verifyAudit().intact);
    }
};

QTEST_GUILESS_MAIN(TestFactCorrection)
#include "test_fact_correction.moc"
