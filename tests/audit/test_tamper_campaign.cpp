// The tamper campaign (issue 9): an insider with the database key edits every table that holds
// state through the real `sqlcipher` shell — alters, deletes, inserts, reorders, truncates,
// recomputes the unkeyed chain, forges records signed with their own key — and after each edit
// `casetrack-cli audit verify` exits 7 and names what was changed.
#include "TamperTools.h"
#include "TestSupport.h"
#include "crypto/KeyFile.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/RecoveryKey.h"
#include "procedure/CaseFacts.h"
#include "procedure/Organization.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace casetrack;
using namespace casetrack::test;

namespace {

const QString kAdminPw = QStringLiteral("admin-pw-violet-kettle");
const QString kOfficerPw = QStringLiteral("officer-pw-violet-kettle");
const QStringList kSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral(".keys")};

bool copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : kSuffixes) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

struct Verify
{
    int code = -1;
    QByteArray output;
};

Verify verify(const QString& db)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASETRACK_PASSWORD"), kAdminPw);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASETRACK_CLI_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError()};
}

} // namespace

class TestTamperCampaign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;   // the untouched database
    QString m_older;  // a copy taken one change earlier
    QString m_keyHex; // the raw key, as the recovery sheet gives it
    QString m_caseId;
    int m_count = 0;
    QElapsedTimer m_clock;

    SecureBytes key() const { return parseRecoveryKey(m_keyHex); }

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count));
        return copyDatabase(m_base, path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.db"));
        m_older = m_dir.filePath(QStringLiteral("older.db"));
        QString recovery;
        {
            auto created =
                Session::create(m_base, QStringLiteral("admin"), kAdminPw, KdfProfile::Fast, &recovery);
            QVERIFY(created.ok());
            Session& s = *created.value();
            QVERIFY(!s.addAccount(QStringLiteral("officer"), Role::CaseOfficer, kOfficerPw).isError());
            QVERIFY(!s.addAccount(QStringLiteral("auditor"), Role::Auditor,
                                  QStringLiteral("auditor-pw-violet-kettle"))
                         .isError());
            const QJsonObject facts =
                QJsonDocument::fromJson(
                    R"({"subject":{"name":"张三","unit":"某局","appointed_by_party_group":true},)"
                    R"("filing_body":"stationed_body"})")
                    .object();
            auto id = s.addCase(CaseFacts::fromJson(facts).value());
            QVERIFY(id.ok());
            m_caseId = id.value();
            Event filed;
            filed.step = QStringLiteral("case_filed");
            filed.date = QDate(2025, 1, 2);
            QVERIFY(s.recordEvent(m_caseId, filed).ok());
            QVERIFY(!s.setCaseDocumentInputs(m_caseId, {{QStringLiteral("violation_facts"),
                                                         QJsonArray{QStringLiteral("违纪事实")}}})
                         .isError());
            QVERIFY(!s.setCalendarDay({QDate(2027, 10, 9), QStringLiteral("调休上班"), false}).isError());
            // Organs: the first of a kind is its default, a later one added as default takes over.
            for (const auto& [name, isDefault] : {std::pair{QStringLiteral("中共某市财政局党组"), false},
                                                  std::pair{QStringLiteral("中共某市发改委党组"), false},
                                                  std::pair{QStringLiteral("中共某市审计局党组"), true}}) {
                Organization organ;
                organ.kind = QStringLiteral("party_group");
                organ.name = name;
                organ.docPrefix = QStringLiteral("某党");
                organ.isDefault = isDefault;
                QVERIFY(s.addOrganization(organ).ok());
            }
            // Corrected afterwards: renamed and made the default (organization.update).
            auto organs = s.organizations();
            QVERIFY(organs.ok() && organs->size() == 3);
            Organization second = organs->at(1);
            second.name = QStringLiteral("中共某市发展和改革委员会党组");
            second.isDefault = true;
            QVERIFY(!s.updateOrganization(second).isError());
            second.kind = QStringLiteral("stationed_body");
            QCOMPARE(s.updateOrganization(second).code, ErrorCode::Invalid); // the kind stays
            QVERIFY(!s.setSetting(QStringLiteral("documents"),
                                  {{QStringLiteral("unit"), QStringLiteral("某单位")}})
                         .isError());
            // A notice printed: its organ gives it 驻财纪〔2025〕1号 (document_numbers).
            Organization stationed;
            stationed.kind = QStringLiteral("stationed_body");
            stationed.name = QStringLiteral("市纪委监委驻市财政局纪检监察组");
            stationed.docPrefix = QStringLiteral("驻财纪");
            QVERIFY(s.addOrganization(stationed).ok());
            DocumentRequest notice;
            notice.kind = DocumentKind::NoticePrincipal;
            notice.caseId = m_caseId;
            Result<RenderedDocument> printed =
                s.saveDocument(notice, OutputFormat::Pdf, m_dir.filePath(QStringLiteral("notice.pdf")));
            QVERIFY2(printed.ok(), qPrintable(printed.error().message));
            QCOMPARE(printed->number, QStringLiteral("驻财纪〔2025〕1号"));
        }
        QVERIFY(copyDatabase(m_base, m_older));
        {
            auto again = Session::open(m_base, QStringLiteral("admin"), kAdminPw);
            QVERIFY(again.ok());
            QVERIFY(!again.value()
                         ->setSetting(QStringLiteral("documents"),
                                      {{QStringLiteral("unit"), QStringLiteral("新单位")}})
                         .isError());
        }
        m_keyHex = recovery.remove(QLatin1Char('-'));
        const Verify clean = verify(freshCopy());
        QVERIFY2(clean.code == 0, clean.output.constData());
    }

    void shellEdit_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        const QString id = m_caseId;
        auto row = [](const char* name, const QString& sql, const QString& named) {
            QTest::newRow(name) << sql << named;
        };
        row("event altered",
            QStringLiteral("DROP TRIGGER events_no_update; UPDATE events SET date = '2025-01-03';"),
            QStringLiteral("events"));
        row("event deleted", QStringLiteral("DROP TRIGGER events_no_delete; DELETE FROM events;"),
            QStringLiteral("events"));
        row("event added",
            QStringLiteral(
                "INSERT INTO events VALUES('%1', 2, 'principal_notified', '2025-01-03', NULL, 'officer', "
                "'2025-01-03T09:00:00+08:00');")
                .arg(id),
            QStringLiteral("events"));
        row("case facts altered", QStringLiteral("UPDATE cases SET facts = replace(facts, '张三', '李四');"),
            QStringLiteral("cases"));
        row("case deleted",
            QStringLiteral("DROP TRIGGER events_no_delete; DELETE FROM events; DELETE FROM cases;"),
            QStringLiteral("cases"));
        row("case added",
            QStringLiteral("INSERT INTO cases VALUES('2099-00001', '{}', '2099-01-01T00:00:00', 'admin');"),
            QStringLiteral("cases"));
        row("role raised",
            QStringLiteral("UPDATE accounts SET role = 'administrator' WHERE name = 'officer';"),
            QStringLiteral("accounts"));
        row("admin demoted", QStringLiteral("UPDATE accounts SET role = 'auditor' WHERE name = 'admin';"),
            QStringLiteral("accounts"));
        row("account reactivated", QStringLiteral("UPDATE accounts SET active = 0 WHERE name = 'auditor';"),
            QStringLiteral("accounts"));
        row("account added",
            QStringLiteral(
                "INSERT INTO accounts(name, role, active, created_at) VALUES('mallory', 'administrator', 1, "
                "'2026-01-01T00:00:00');"),
            QStringLiteral("accounts"));
        row("account removed", QStringLiteral("DELETE FROM accounts WHERE name = 'auditor';"),
            QStringLiteral("accounts"));
        row("signing key replaced",
            QStringLiteral(
                "UPDATE accounts SET sign_public = (SELECT sign_public FROM accounts WHERE name = 'auditor') "
                "WHERE name = 'officer';"),
            QStringLiteral("accounts"));
        row("setting altered",
            QStringLiteral("UPDATE settings SET value = '{\"unit\":\"别的单位\"}' WHERE key = 'documents';"),
            QStringLiteral("settings"));
        row("setting deleted", QStringLiteral("DELETE FROM settings WHERE key = 'documents';"),
            QStringLiteral("settings"));
        row("setting added", QStringLiteral("INSERT INTO settings VALUES('engine', '{}');"),
            QStringLiteral("settings"));
        row("document inputs altered",
            QStringLiteral(
                "UPDATE settings SET value = '{\"facts\":\"改写\"}' WHERE key LIKE 'document_inputs/%';"),
            QStringLiteral("document_inputs/"));
        row("organization renamed",
            QStringLiteral("UPDATE organizations SET data = replace(data, '财政局', '税务局') WHERE id = 1;"),
            QStringLiteral("org-1"));
        row("organization default switched",
            QStringLiteral("UPDATE organizations SET is_default = (id = 1) WHERE kind = 'party_group';"),
            QStringLiteral("organizations"));
        row("organization added",
            QStringLiteral(
                "INSERT INTO organizations(kind, data, is_default, created_at) VALUES('party_group', "
                "'{\"kind\":\"party_group\",\"name\":\"伪造的党组\"}', 0, '2026-01-01T00:00:00Z');"),
            QStringLiteral("org-5"));
        row("organization deleted", QStringLiteral("DELETE FROM organizations WHERE id = 3;"),
            QStringLiteral("org-3"));
        row("document number added",
            QStringLiteral("INSERT INTO document_numbers SELECT pattern, year, 2, case_id, kind FROM "
                           "document_numbers;"),
            QStringLiteral("document_numbers"));
        row("document number moved",
            QStringLiteral("DROP TRIGGER document_numbers_no_update; UPDATE document_numbers SET seq = 5;"),
            QStringLiteral("document_numbers"));
        row("document number deleted",
            QStringLiteral("DROP TRIGGER document_numbers_no_delete; DELETE FROM document_numbers;"),
            QStringLiteral("document_numbers"));
        row("calendar day altered",
            QStringLiteral("UPDATE calendar_days SET off_day = 1 WHERE date = '2027-10-09';"),
            QStringLiteral("calendar_days"));
        row("calendar day added",
            QStringLiteral("INSERT INTO calendar_days VALUES('2027-12-24', '平安夜', 1);"),
            QStringLiteral("calendar_days"));
        row("calendar day deleted", QStringLiteral("DELETE FROM calendar_days WHERE date = '2027-10-09';"),
            QStringLiteral("calendar_days"));
        row("calendar table dropped", QStringLiteral("DROP TABLE calendar_days;"),
            QStringLiteral("calendar_days"));
        row("calendar year added", QStringLiteral("INSERT INTO calendar_years VALUES(2031, 'manual');"),
            QStringLiteral("calendar_years"));
        row("audit record altered",
            QStringLiteral("DROP TRIGGER audit_no_update; UPDATE audit SET user = 'auditor' WHERE seq = 4;"),
            QStringLiteral("审计记录 4"));
        row("audit record deleted",
            QStringLiteral("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 3;"),
            QStringLiteral("审计记录 3"));
        row("audit records reordered",
            QStringLiteral(
                "DROP TRIGGER audit_no_update; UPDATE audit SET seq = -1 WHERE seq = 2; "
                "UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -1;"),
            QStringLiteral("审计记录 2"));
        row("audit tail truncated, head rewritten",
            QStringLiteral(
                "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit); "
                "UPDATE meta SET value = (SELECT max(seq) FROM audit) WHERE key = 'audit_head_seq'; "
                "UPDATE meta SET value = (SELECT lower(hex(hash)) FROM audit WHERE seq = "
                "(SELECT max(seq) FROM audit)) WHERE key = 'audit_head_hash';"),
            QStringLiteral("密钥文件"));
        // A test-only key derivation hidden: the database would no longer be flagged as such.
        row("kdf profile rewritten",
            QStringLiteral("UPDATE meta SET value = 'standard' WHERE key = 'kdf_profile';"),
            QStringLiteral("meta"));
        row("meta key added", QStringLiteral("INSERT INTO meta VALUES('escrow', 'on');"),
            QStringLiteral("escrow"));
        row("meta key deleted", QStringLiteral("DELETE FROM meta WHERE key = 'kdf_profile';"),
            QStringLiteral("kdf_profile"));
        row("signature removed",
            QStringLiteral("DROP TRIGGER audit_no_update; UPDATE audit SET signature = NULL WHERE seq = 5;"),
            QStringLiteral("审计记录 5"));
    }

    void shellEdit()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        const QString db = freshCopy();
        const ShellResult shell = sqlcipherShell(db, m_keyHex, sql);
        QVERIFY2(shell.code == 0, shell.err.constData());
        const Verify result = verify(db);
        QVERIFY2(result.code == 7, result.output.constData());
        QVERIFY2(result.output.contains(named.toUtf8()), result.output.constData());
    }

    void recomputedChainIsCaughtBySignatures()
    {
        // Alter the event's record and its row, recompute every later hash and the key file's
        // anchor: the chain and the anchor hold, the author's signature does not.
        const QString db = freshCopy();
        QList<RawRecord> records = readRecords(db, key());
        int index = -1;
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).action == QLatin1String("event.record"))
                index = i;
        }
        QVERIFY(index > 0);
        records[index].after.replace(QStringLiteral("2025-01-02"), QStringLiteral("2025-01-09"));
        const QString sql =
            QStringLiteral("DROP TRIGGER events_no_update; UPDATE events SET date = '2025-01-09';\n") +
            rechainSql(records, index);
        QVERIFY(sqlcipherShell(db, m_keyHex, sql).code == 0);
        QVERIFY(reanchor(db, key()));
        const Verify result = verify(db);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("签名无效").toUtf8()), result.output.constData());
    }

    void insiderRecordsBeyondTheirRole()
    {
        // The officer signs, with their own key, a record that makes them administrator.
        const QString db = freshCopy();
        Result<KeyFile> keys = KeyFile::load(db);
        QVERIFY(keys.ok());
        SlotSecrets officer;
        QCOMPARE(unwrapSlot(keys->databaseId, *keys->slot(QStringLiteral("officer")), kOfficerPw, &officer),
                 SlotOpen::Opened);
        const QList<RawRecord> records = readRecords(db, key());
        RawRecord forged;
        forged.user = QStringLiteral("officer");
        forged.action = QStringLiteral("account.add");
        forged.target = QStringLiteral("mallory");
        forged.after = QStringLiteral("{\"active\":true,\"role\":\"administrator\"}");
        const QString sql =
            appendSql(records, forged, &officer.signSecret) +
            QStringLiteral("INSERT INTO accounts(name, role, active, created_at) VALUES('mallory', "
                           "'administrator', 1, '2026-01-01T00:00:00');");
        QVERIFY(sqlcipherShell(db, m_keyHex, sql).code == 0);
        QVERIFY(reanchor(db, key()));
        Verify result = verify(db);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("无此权限").toUtf8()), result.output.constData());

        // The same record under the administrator's name: the signature is not the administrator's.
        const QString db2 = freshCopy();
        forged.user = QStringLiteral("admin");
        QVERIFY(sqlcipherShell(db2, m_keyHex, appendSql(readRecords(db2, key()), forged, &officer.signSecret))
                    .code == 0);
        QVERIFY(reanchor(db2, key()));
        result = verify(db2);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("签名无效").toUtf8()), result.output.constData());

        // A step of the dispatched body's reviewers, recorded and signed by the case officer
        // with its row (the row is then unexplained too: a refused record explains nothing).
        const QString db4 = freshCopy();
        RawRecord step;
        step.user = QStringLiteral("officer");
        step.action = QStringLiteral("event.record");
        step.target = m_caseId;
        step.after = QStringLiteral(R"({"data":{},"date":"2025-01-20","seq":2,"step":"review_feedback"})");
        const QString stepSql =
            appendSql(readRecords(db4, key()), step, &officer.signSecret) +
            QStringLiteral(
                "INSERT INTO events VALUES('%1', 2, 'review_feedback', '2025-01-20', NULL, 'officer', "
                "'2025-01-20T09:00:00+08:00');")
                .arg(m_caseId);
        QVERIFY(sqlcipherShell(db4, m_keyHex, stepSql).code == 0);
        QVERIFY(reanchor(db4, key()));
        result = verify(db4);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("无此权限").toUtf8()), result.output.constData());

        // Unsigned, as if the recovery key had done it.
        const QString db3 = freshCopy();
        forged.user = QStringLiteral("recovery");
        QVERIFY(sqlcipherShell(db3, m_keyHex, appendSql(readRecords(db3, key()), forged, nullptr)).code == 0);
        QVERIFY(reanchor(db3, key()));
        result = verify(db3);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("恢复密钥").toUtf8()), result.output.constData());
    }

    void olderCopyPresentedAsCurrent()
    {
        const QString db = freshCopy();
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(db + suffix);
            if (QFile::exists(m_older + suffix))
                QVERIFY(QFile::copy(m_older + suffix, db + suffix));
        }
        const Verify result = verify(db);
        QCOMPARE(result.code, 7);
        QVERIFY2(result.output.contains(QStringLiteral("旧").toUtf8()), result.output.constData());
    }

    void cleanupTestCase() { QVERIFY2(m_clock.elapsed() < 60000, "the campaign must stay under a minute"); }
};

QTEST_MAIN(TestTamperCampaign)
#include "test_tamper_campaign.moc"
