// Procedure revision 2 on a database made by the previous release (tests/data/migration-v2): the
// schema moves to the current version, every case gets its decision_route, and no case changes track or
// stage.
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "util/Message.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

class TestMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_password;

private slots:
    void initTestCase()
    {
        const QString source = QStringLiteral(CASETRACK_TEST_DATA_DIR "/migration-v2");
        m_db = m_dir.filePath(QStringLiteral("release2.db"));
        QVERIFY(QFile::copy(source + QStringLiteral("/release2.db"), m_db));
        QVERIFY(QFile::copy(source + QStringLiteral("/release2.db.keys"), m_db + QStringLiteral(".keys")));
        QFile password(source + QStringLiteral("/password.txt"));
        QVERIFY(password.open(QIODevice::ReadOnly));
        m_password = QString::fromUtf8(password.readAll()).trimmed();
    }

    void casesKeepTheirTracks()
    {
        auto session = Session::open(m_db, QStringLiteral("admin"), m_password);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(schemaVersion(session.value()->database()), kSchemaVersion);
        bool migrationAudited = false;
        for (const AuditRecord& r : session.value()->auditRecords())
            migrationAudited = migrationAudited || r.action == QLatin1String("schema.migrate");
        QVERIFY(migrationAudited);
        // The migration rewrote stored facts; verify replays it from the signed state and still
        // explains every row (an upgrade must not look like tampering).
        const AuditVerification verified = session.value()->verifyAudit();
        QVERIFY2(verified.intact, qPrintable(verified.message));

        // id suffix -> track, stage, decision_route (the previous release's figures, README.md).
        struct Expected
        {
            const char* track;
            const char* stage;
            DecisionRoute route;
        };
        const QList<Expected> expected{
            {"standard", "announced", DecisionRoute::PartyGroup},
            {"transfer", "suggestion", DecisionRoute::PartyGroup},
            {"grassroots", "decided", DecisionRoute::Grassroots},
            {"grassroots", "decision_pending", DecisionRoute::Grassroots},
            {"local", "decision_pending", DecisionRoute::PartyGroup},
            {"grassroots", "decision_pending", DecisionRoute::Grassroots},
        };
        const QList<CaseRecord> cases = session.value()->loadAllCases();
        QCOMPARE(cases.size(), expected.size());
        const HolidayCalendar calendar = session.value()->calendar();
        const EngineSettings settings = session.value()->engineSettings();
        for (int i = 0; i < cases.size(); ++i) {
            const CaseState s = deriveState(cases[i], calendar, settings, QDate(2025, 12, 31));
            QCOMPARE(trackId(s.track), QLatin1String(expected[i].track));
            QCOMPARE(stageId(s.stage), QLatin1String(expected[i].stage));
            QCOMPARE(s.facts.decisionRoute, expected[i].route);
        }
        // The leadership member on the grassroots route keeps its track, with a warning.
        const CaseState pinned = deriveState(cases[3], calendar, settings, QDate(2025, 12, 31));
        QCOMPARE(pinned.facts.legacyTrack, QStringLiteral("grassroots"));
        bool warned = false;
        for (const CaseWarning& w : pinned.warnings)
            warned = warned || w.kind == WarningKind::PinnedTrack;
        QVERIFY(warned);
        // The decided cases keep their decisions.
        QCOMPARE(
            sanctionId(deriveState(cases[0], calendar, settings, QDate(2025, 12, 31)).decision->sanction),
            QStringLiteral("warning"));
        QCOMPARE(decidingBodyId(
                     deriveState(cases[2], calendar, settings, QDate(2025, 12, 31)).decision->decidedBy),
                 QStringLiteral("grassroots_commission"));
    }

    void secondOpenChangesNothing()
    {
        auto session = Session::open(m_db, QStringLiteral("admin"), m_password);
        QVERIFY(session.ok());
        const QList<CaseRecord> before = session.value()->loadAllCases();
        session.value().reset();
        auto again = Session::open(m_db, QStringLiteral("admin"), m_password);
        QVERIFY(again.ok());
        const QList<CaseRecord> after = again.value()->loadAllCases();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].facts.toJson(), before[i].facts.toJson());
    }

    // Schema 6 (issue 13): the migration fills one summary row per case from a full derivation
    // of the migrated facts; the trail still explains every row.
    void summariesAreFilledFromTheEvents()
    {
        auto session = Session::open(m_db, QStringLiteral("admin"), m_password);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        const QList<CaseDigest> summaries = session.value()->caseSummaries();
        QCOMPARE(summaries.size(), 6);
        QCOMPARE(summaries[0].track, QStringLiteral("standard"));
        QCOMPARE(summaries[0].stage, QStringLiteral("announced"));
        QCOMPARE(summaries[0].sanction, QStringLiteral("warning"));
        QStringList mismatched;
        int checked = 0;
        QVERIFY(!session.value()->checkSummaries(false, &mismatched, &checked).isError());
        QCOMPARE(checked, 6);
        QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QLatin1Char(' '))));
        const AuditVerification verified = session.value()->verifyAudit();
        QVERIFY2(verified.intact, qPrintable(verified.message));
    }

    // Schema 9 (issue 8): summaries written by version 8 held deadline names translated into the
    // writer's language; the migration rebuilds them as messages, shown in the reader's language.
    void translatedSummariesBecomeMessages()
    {
        {
            auto session = Session::open(m_db, QStringLiteral("admin"), m_password);
            QVERIFY2(session.ok(), qPrintable(session.error().message));
            Database& db = session.value()->database();
            QVERIFY(
                !db.exec(
                       "UPDATE case_summaries SET deadlines = '宣布党纪处分决定' || char(31) || '第十条' || "
                       "char(31) || '自2025-01-01起算1个月' || char(31) || '2025-02-01' "
                       "WHERE deadlines <> ''")
                     .isError());
            QVERIFY(!db.exec("PRAGMA user_version = 8").isError());
            QStringList mismatched;
            QVERIFY(!session.value()->checkSummaries(false, &mismatched, nullptr).isError());
            QVERIFY(!mismatched.isEmpty()); // prose is not what the engine derives
        }
        auto session = Session::open(m_db, QStringLiteral("admin"), m_password);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(schemaVersion(session.value()->database()), kSchemaVersion);
        int withDeadlines = 0;
        for (const CaseDigest& digest : session.value()->caseSummaries()) {
            for (const OpenDeadline& d : digest.deadlines) {
                ++withDeadlines;
                Message label;
                QVERIFY2(Message::decode(d.labelCode, &label), qPrintable(d.labelCode));
                QVERIFY(!d.labelText().isEmpty());
            }
        }
        QVERIFY(withDeadlines > 0);
        QStringList mismatched;
        QVERIFY(!session.value()->checkSummaries(false, &mismatched, nullptr).isError());
        QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
