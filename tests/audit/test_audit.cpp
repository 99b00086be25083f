// The audit trail: every change appends a chained record; altering, deleting, reordering or
// truncating records through SQLCipher (with the key) is caught by verify.
#include "TestSupport.h"
#include "audit/AuditTrail.h"
#include "crypto/RecoveryKey.h"
#include "procedure/CaseFacts.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QtTest>

using namespace casetrack;
using casetrack::test::TestDatabase;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    // A database with a few audited changes, closed, and a raw connection with the key.
    struct Tampering
    {
        TestDatabase db;
        std::unique_ptr<Database> raw;

        Tampering()
        {
            CaseFacts facts;
            facts.subject.name = QStringLiteral("赵六");
            QVERIFY(db.session->addCase(facts).ok());
            QVERIFY(!db.session
                         ->addAccount(QStringLiteral("officer"), Role::CaseOfficer,
                                      QStringLiteral("pw-officer-violet-kettle"))
                         .isError());
            QVERIFY(!db.session
                         ->setSetting(QStringLiteral("documents"),
                                      QJsonObject{{QStringLiteral("unit"), QStringLiteral("某单位")}})
                         .isError());
            db.session.reset();
            auto opened =
                Database::open(db.path, parseRecoveryKey(db.recoveryKey), Database::Mode::ReadWrite);
            if (opened.ok())
                raw = opened.take();
        }
        AuditVerification verify() { return AuditTrail::verify(*raw); }
    };

private slots:
    void everyChangeIsRecordedAndChained()
    {
        TestDatabase db;
        CaseFacts facts;
        facts.subject.name = QStringLiteral("钱七");
        auto id = db.session->addCase(facts);
        QVERIFY(id.ok());
        QVERIFY(
            !db.session
                 ->addAccount(QStringLiteral("reviewer"), Role::Reviewer, QStringLiteral("pw-violet-kettle"))
                 .isError());
        QVERIFY(!db.session
                     ->recordUse(QStringLiteral("export"),
                                 QJsonObject{{QStringLiteral("purpose"), QStringLiteral("备案")}})
                     .isError());

        const QList<AuditRecord> records = db.session->auditRecords();
        QStringList actions;
        for (const AuditRecord& r : records)
            actions.append(r.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("database.create"), QStringLiteral("account.add"),
                                       QStringLiteral("case.create"), QStringLiteral("account.add"),
                                       QStringLiteral("export")}));
        const AuditRecord& created = records.at(2);
        QCOMPARE(created.user, QStringLiteral("admin"));
        QCOMPARE(created.target, id.value());
        QCOMPARE(created.after.toObject()
                     .value(QStringLiteral("subject"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("钱七"));
        QCOMPARE(records.at(0).prevHash, QByteArray(32, '\0'));
        for (int i = 1; i < records.size(); ++i)
            QCOMPARE(records.at(i).prevHash, records.at(i - 1).hash);
        const AuditVerification verification = db.session->verifyAudit();
        QVERIFY(verification.intact);
        QCOMPARE(verification.records, records.size());
    }

    // Purposes and recipients are offered again from the user's own prints and exports: newest
    // first, each once, never another account's (issue 11).
    void recentUsesAreTheUsersOwn()
    {
        TestDatabase db;
        auto use = [&](const QString& action, const QString& purpose, const QString& recipient) {
            return db.session->recordUse(
                action, {{QStringLiteral("purpose"), purpose}, {QStringLiteral("recipient"), recipient}});
        };
        QVERIFY(
            !use(QStringLiteral("print"), QStringLiteral("报送备案"), QStringLiteral("派出机构")).isError());
        QVERIFY(
            !use(QStringLiteral("export"), QStringLiteral("年度总结"), QStringLiteral("综合室")).isError());
        QVERIFY(!use(QStringLiteral("print"), QStringLiteral("报送备案"), QStringLiteral(" 派出机构 "))
                     .isError());
        QVERIFY(!db.session
                     ->addAccount(QStringLiteral("officer"), Role::CaseOfficer,
                                  QStringLiteral("pw-officer-violet-kettle"))
                     .isError());
        QVERIFY(db.reopen(QStringLiteral("officer"), QStringLiteral("pw-officer-violet-kettle")));
        QVERIFY(!use(QStringLiteral("export"), QStringLiteral("别人的用途"), QStringLiteral("别人的接收方"))
                     .isError());
        QCOMPARE(db.session->recentUses().purposes, QStringList{QStringLiteral("别人的用途")});

        QVERIFY(db.reopen());
        const RecentUses mine = db.session->recentUses();
        QCOMPARE(mine.purposes, (QStringList{QStringLiteral("报送备案"), QStringLiteral("年度总结")}));
        QCOMPARE(mine.recipients, (QStringList{QStringLiteral("派出机构"), QStringLiteral("综合室")}));
        QCOMPARE(db.session->recentUses(1).purposes, QStringList{QStringLiteral("报送备案")});
    }

    // The idle lock's limit is the administrators' (issue 9): audited, within 1–240 minutes, and
    // a user's own choice only shortens it; an unusable stored value means the default, never
    // "no lock".
    void idleLockLimitIsAnAuditedAdminSetting()
    {
        TestDatabase db;
        QCOMPARE(db.session->idleLockPolicy().maxMinutes, IdleLockPolicy::kDefaultMaxMinutes);
        QCOMPARE(db.session->setIdleLockMaxMinutes(0).code, ErrorCode::Invalid);
        QCOMPARE(db.session->setIdleLockMaxMinutes(241).code, ErrorCode::Invalid);
        QVERIFY(!db.session->setIdleLockMaxMinutes(5).isError());
        const IdleLockPolicy policy = db.session->idleLockPolicy();
        QCOMPARE(policy.maxMinutes, 5);
        QCOMPARE(policy.effectiveMinutes(0), 5);  // "never" is not a choice
        QCOMPARE(policy.effectiveMinutes(3), 3);  // shorter: the user's
        QCOMPARE(policy.effectiveMinutes(30), 5); // longer: the limit
        const AuditRecord last = db.session->auditRecords().last();
        QCOMPARE(last.action, QStringLiteral("settings.change"));
        QCOMPARE(last.target, QStringLiteral("security"));

        QVERIFY(!db.session
                     ->addAccount(QStringLiteral("officer"), Role::CaseOfficer,
                                  QStringLiteral("pw-officer-violet-kettle"))
                     .isError());
        QVERIFY(db.reopen(QStringLiteral("officer"), QStringLiteral("pw-officer-violet-kettle")));
        QCOMPARE(db.session->setIdleLockMaxMinutes(240).code, ErrorCode::Refused);
        QCOMPARE(db.session->idleLockPolicy().maxMinutes, 5);

        for (const QJsonValue& bad : {QJsonValue(0), QJsonValue(-3), QJsonValue(2.5),
                                      QJsonValue(QStringLiteral("30")), QJsonValue(10000)})
            QCOMPARE(IdleLockPolicy::fromSetting({{QStringLiteral("idle_lock_max_minutes"), bad}}).maxMinutes,
                     IdleLockPolicy::kDefaultMaxMinutes);
    }

    void appCannotEditOrDeleteRecords()
    {
        TestDatabase db;
        Database& raw = db.session->database();
        QVERIFY(raw.exec("UPDATE audit SET user = 'mallory' WHERE seq = 1").isError());
        QVERIFY(raw.exec("DELETE FROM audit WHERE seq = 1").isError());
        QVERIFY(db.session->verifyAudit().intact);
    }

    void detectsAlteredRecord()
    {
        Tampering t;
        QVERIFY(t.raw);
        QVERIFY(t.verify().intact);
        QVERIFY(!t.raw->exec("DROP TRIGGER audit_no_update").isError());
        QVERIFY(!t.raw->exec("UPDATE audit SET after = '{\"subject\":{\"name\":\"别人\"}}' WHERE seq = 3")
                     .isError());
        const AuditVerification v = t.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY(!v.message.isEmpty());
    }

    void detectsMissingRecord()
    {
        Tampering t;
        QVERIFY(!t.raw->exec("DROP TRIGGER audit_no_delete").isError());
        QVERIFY(!t.raw->exec("DELETE FROM audit WHERE seq = 2").isError());
        const AuditVerification v = t.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }

    void detectsTruncatedTail()
    {
        Tampering t;
        QVERIFY(!t.raw->exec("DROP TRIGGER audit_no_delete").isError());
        QVERIFY(!t.raw->exec("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)").isError());
        QVERIFY(!t.verify().intact);
    }

    void detectsReorderedRecords()
    {
        Tampering t;
        QVERIFY(!t.raw->exec("DROP TRIGGER audit_no_update").isError());
        // Swap the contents of records 2 and 3, keeping their seq numbers.
        QVERIFY(!t.raw->exec("CREATE TEMP TABLE swap AS SELECT * FROM audit WHERE seq IN (2, 3)").isError());
        QVERIFY(!t.raw
                     ->exec("UPDATE audit SET at = (SELECT at FROM swap WHERE seq = 5 - audit.seq), "
                            "user = (SELECT user FROM swap WHERE seq = 5 - audit.seq), "
                            "action = (SELECT action FROM swap WHERE seq = 5 - audit.seq), "
                            "target = (SELECT target FROM swap WHERE seq = 5 - audit.seq), "
                            "before = (SELECT before FROM swap WHERE seq = 5 - audit.seq), "
                            "after = (SELECT after FROM swap WHERE seq = 5 - audit.seq), "
                            "prev_hash = (SELECT prev_hash FROM swap WHERE seq = 5 - audit.seq), "
                            "hash = (SELECT hash FROM swap WHERE seq = 5 - audit.seq) WHERE seq IN (2, 3)")
                     .isError());
        const AuditVerification v = t.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
