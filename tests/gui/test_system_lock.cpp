// CaseTrack locks with the desktop session and before sleep (issue 9), as announced on D-Bus:
// a private dbus-daemon stands in for the session and the system bus, and a second connection
// sends what the screen savers and systemd-logind send.
#include "GuiTestSupport.h"
#include "audit/AuditModel.h"
#include "case/CaseView.h"
#include "case/StepDialog.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "shell/SystemLockWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

class TestSystemLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!daemon.isEmpty(),
                 "dbus-daemon is missing: scripts/setup installs it (package dbus-daemon)");
        m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        // The desktop's own watcher finds this bus as its session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lock.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        CaseFacts facts;
        facts.subject.name = QStringLiteral("钱七");
        facts.subject.unit = QStringLiteral("办公厅");
        auto id = session->addCase(facts);
        QVERIFY(id.ok());
        m_caseId = id.value();
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    // Each announcement that the screen is locked or sleep is coming asks for the lock; the
    // announcements that it is over do not.
    void announcementsAskForTheLock()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("watcher"));
        QVERIFY(bus.isConnected());
        SystemLockWatcher watcher(bus, bus);
        QVERIFY(watcher.isListening());
        QSignalSpy requested(&watcher, &SystemLockWatcher::lockRequested);

        struct Case
        {
            const char* path;
            const char* interface;
            const char* member;
            QVariantList arguments;
            bool locks;
        };
        const QVariantMap lockedHint{{QStringLiteral("LockedHint"), true}};
        const QVariantMap unlockedHint{{QStringLiteral("LockedHint"), false}};
        const QList<Case> cases = {
            {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {false}, false},
            {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {true}, true},
            {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", {true}, true},
            {"/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", {}, true},
            {"/org/freedesktop/login1/session/_32",
             "org.freedesktop.DBus.Properties",
             "PropertiesChanged",
             {QStringLiteral("org.freedesktop.login1.Session"), unlockedHint, QStringList()},
             false},
            {"/org/freedesktop/login1/session/_32",
             "org.freedesktop.DBus.Properties",
             "PropertiesChanged",
             {QStringLiteral("org.freedesktop.login1.Session"), lockedHint, QStringList()},
             true},
            {"/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {false}, false},
            {"/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {true}, true},
        };
        for (const Case& c : cases) {
            requested.clear();
            QVERIFY(send(c.path, c.interface, c.member, c.arguments));
            if (c.locks) {
                QVERIFY2(requested.wait(5000), c.member);
            } else {
                QTest::qWait(200);
                QVERIFY2(requested.isEmpty(), c.member);
            }
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("watcher"));
    }

    // The desktop locks like the idle lock: the window and the key go, the typed text is kept for
    // the same user, and the lock is on the record with its reason.
    void desktopLocksWithTheScreen()
    {
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        app.mainWindow()->openCase(m_caseId);
        StepDialog* dialog = app.mainWindow()->caseView()->openStepDialog(QStringLiteral("case_filed"));
        QVERIFY(dialog);
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("field_number")),
                       QStringLiteral("纪立〔2026〕9号"));

        QSignalSpy locked(&app, &DesktopApp::locked);
        QVERIFY(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {true}));
        QVERIFY(locked.wait(5000));
        QVERIFY(!app.mainWindow());
        QVERIFY(!app.session());
        QVERIFY(!app.keptDialogs().isEmpty());

        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        QString reason;
        for (const AuditRecord& r : app.session()->auditRecords())
            if (r.action == QLatin1String("session.lock"))
                reason = r.after.toObject().value(QStringLiteral("reason")).toString();
        QCOMPARE(reason, QStringLiteral("system"));
        AuditRecord record;
        record.action = QStringLiteral("session.lock");
        record.after = QJsonObject{{QStringLiteral("reason"), QStringLiteral("system")}};
        QCOMPARE(AuditModel::changeText(record), QStringLiteral("随系统锁屏或休眠锁定"));
        // Nothing open: another announcement while locked changes nothing.
        app.lock();
        QVERIFY(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {true}));
        QTest::qWait(200);
        QVERIFY(app.unlockDialog());
    }

private:
    bool send(const char* path, const char* interface, const char* member, const QVariantList& arguments)
    {
        QDBusConnection sender = QDBusConnection::connectToBus(m_address, QStringLiteral("sender"));
        QDBusMessage signal =
            QDBusMessage::createSignal(QLatin1String(path), QLatin1String(interface), QLatin1String(member));
        signal.setArguments(arguments);
        return sender.send(signal);
    }

    QProcess m_daemon;
    QString m_address;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_caseId;
};

QTEST_MAIN(TestSystemLock)
#include "test_system_lock.moc"
