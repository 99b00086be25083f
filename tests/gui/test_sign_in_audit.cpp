// Sign-ins, failed attempts and locks (by hand and when idle) are on the audit trail, written
// through the service layer, without the password, and shown in the audit page in words.
#include "GuiTestSupport.h"
#include "audit/AuditModel.h"
#include "cases/CaseIndex.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casetrack;

class TestSignInAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("a.db"));
        QVERIFY(test::createDatabase(m_path));
        m_app = std::make_unique<DesktopApp>();
        m_app->start(m_path);
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    // The rows of the lists, the start page and the deadlines dashboard are one reading of every
    // case: on the record, with how many, before they are shown (issue 9, access records).
    void listReadingIsRecorded()
    {
        {
            auto session = Session::open(m_path, test::kAdmin, test::kPassword);
            QVERIFY(session.ok());
            CaseFacts facts;
            facts.subject.name = QStringLiteral("钱七");
            QVERIFY(session.value()->addCase(facts).ok());
        }
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        CaseIndex* index = m_app->mainWindow()->caseIndex();
        QTRY_VERIFY_WITH_TIMEOUT(!index->isLoading() && index->cases().size() == 1, 10000);
        QList<AuditRecord> views;
        for (const AuditRecord& r : m_app->session()->auditRecords())
            if (r.action == QLatin1String("view.list"))
                views.append(r);
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().user, test::kAdmin);
        QCOMPARE(views.first().target, QStringLiteral("cases"));
        QCOMPARE(views.first().after.toObject().value(QStringLiteral("count")).toInt(), 1);
    }

    void signInsFailuresAndLocksAreRecorded()
    {
        const QString wrong = QStringLiteral("not the password 1");
        QVERIFY(!test::unlockThroughDialog(*m_app, test::kAdmin, wrong));
        QVERIFY(!test::unlockThroughDialog(*m_app, test::kAdmin, wrong));
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        m_app->lock();
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        m_app->lockWhenIdle();
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));

        const QList<AuditRecord> records = m_app->session()->auditRecords();
        QList<AuditRecord> signIns, locks, failures;
        for (const AuditRecord& r : records) {
            if (r.action == QLatin1String("session.sign_in"))
                signIns.append(r);
            else if (r.action == QLatin1String("session.lock"))
                locks.append(r);
            else if (r.action == QLatin1String("account.failed_unlocks"))
                failures.append(r);
            // Never the password, right or wrong.
            const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("b"), r.before},
                                                              {QStringLiteral("a"), r.after},
                                                              {QStringLiteral("t"), r.target}})
                                        .toJson();
            QVERIFY(!json.contains(wrong.toUtf8()));
            QVERIFY(!json.contains(test::kPassword.toUtf8()));
        }
        QCOMPARE(signIns.size(), 3);
        for (const AuditRecord& r : signIns)
            QCOMPARE(r.user, test::kAdmin);
        QCOMPARE(locks.size(), 2);
        QCOMPARE(failures.size(), 1);

        // In words in the audit page, not JSON.
        QCOMPARE(AuditModel::actionName(QStringLiteral("session.sign_in")), QStringLiteral("登录"));
        QCOMPARE(AuditModel::actionName(QStringLiteral("session.lock")), QStringLiteral("锁定"));
        QCOMPARE(AuditModel::actionName(QStringLiteral("account.failed_unlocks")),
                 QStringLiteral("登录失败"));
        QCOMPARE(AuditModel::changeText(signIns.first()), QStringLiteral("以密码登录"));
        QStringList lockTexts{AuditModel::changeText(locks.at(0)), AuditModel::changeText(locks.at(1))};
        lockTexts.sort();
        const int minutes = m_app->idleWatcher()->minutes();
        QVERIFY2(lockTexts.contains(QStringLiteral("手动锁定")), qPrintable(lockTexts.join(u'|')));
        QVERIFY2(lockTexts.contains(QStringLiteral("%1 分钟未操作，自动锁定").arg(minutes)),
                 qPrintable(lockTexts.join(u'|')));
        QCOMPARE(AuditModel::changeText(failures.first()),
                 QStringLiteral("自上次登录以来密码错误 2 次（累计 2 次）"));
        // The trail is intact and every new record signed.
        QVERIFY(m_app->session()->verifyAudit().intact);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DesktopApp> m_app;
};

QTEST_MAIN(TestSignInAudit)
#include "test_sign_in_audit.moc"
