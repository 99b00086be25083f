// The foundation's desktop shell, driven by objectName offscreen: the first-run wizard, the
// unlock dialog, lock now (Ctrl+L) and lock after idle.
#include "GuiTestSupport.h"
#include "cases/CaseIndex.h"
#include "common/ElidedLabel.h"
#include "common/PasswordStrength.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "unlock/FirstRunWizard.h"
#include "unlock/RecoverySheet.h"
#include "unlock/UnlockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

class TestDesktopShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void wizardCreatesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/cases.db"));
        DesktopApp app;
        app.start(path);
        FirstRunWizard* wizard = app.wizard();
        QVERIFY(wizard);
        QVERIFY(!app.unlockDialog());
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("databasePath"))->text(), path);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("wizardNext")), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdminPage));

        // The database is made here (创建数据库): a commit, no way back to make it twice.
        auto* next = wizard->findChild<QPushButton*>(QStringLiteral("wizardCommit"));
        test::typeText(wizard->findChild<QLineEdit*>(QStringLiteral("adminName")), test::kAdmin);
        test::typeText(wizard->findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("short"));
        QVERIFY(!next->isEnabled());
        QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("strengthHint"))->text().isEmpty());
        wizard->findChild<QLineEdit*>(QStringLiteral("password"))->setText(test::kPassword);
        test::typeText(wizard->findChild<QLineEdit*>(QStringLiteral("passwordRepeat")),
                       QStringLiteral("different pw"));
        QVERIFY(!next->isEnabled());
        QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("passwordMismatch"))->text().isEmpty());
        wizard->findChild<QLineEdit*>(QStringLiteral("passwordRepeat"))->setText(test::kPassword);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::RecoveryPage));
        QVERIFY(QFile::exists(path));

        auto* keyView = wizard->findChild<QPlainTextEdit*>(QStringLiteral("recoveryKey"));
        const QString key = keyView->toPlainText();
        QVERIFY(!key.isEmpty());
        // Whole groups a line, and a line breaks (if ever) only between groups.
        QCOMPARE(key.split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(keyView->wordWrapMode(), QTextOption::WordWrap);
        const QString pdf = dir.filePath(QStringLiteral("recovery.pdf"));
        QVERIFY(RecoverySheet(path, test::kAdmin, key).writePdf(pdf));
        for (const QString& line : key.split(QLatin1Char('\n')))
            QVERIFY(RecoverySheet(path, test::kAdmin, key).html().contains(line));

        QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() ||
                !wizard->button(QWizard::BackButton)->isEnabled()); // past the commit
        auto* toOrgans = wizard->findChild<QPushButton*>(QStringLiteral("wizardNext"));
        QVERIFY(!toOrgans->isEnabled()); // the recovery sheet must be acknowledged
        wizard->findChild<QCheckBox*>(QStringLiteral("recoveryStored"))->setChecked(true);
        QVERIFY(toOrgans->isEnabled());
        QTest::mouseClick(toOrgans, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::OrgansPage));
        // One's own Party group, registered as the default of its kind; the stationed body left
        // for later.
        test::typeText(wizard->findChild<QLineEdit*>(QStringLiteral("wizardPartyGroup")),
                       QStringLiteral("中共某某市财政局党组"));
        test::typeText(wizard->findChild<QLineEdit*>(QStringLiteral("wizardPartyGroupPrefix")),
                       QStringLiteral("财党"));
        auto* finish = wizard->findChild<QPushButton*>(QStringLiteral("wizardFinish"));
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(app.mainWindow());
        auto organs = app.session()->organizations();
        QVERIFY(organs.ok());
        QCOMPARE(organs->size(), 1);
        QCOMPARE(organs->first().kind, QStringLiteral("party_group"));
        QCOMPARE(organs->first().name, QStringLiteral("中共某某市财政局党组"));
        QCOMPARE(organs->first().docPrefix, QStringLiteral("财党"));
        QVERIFY(organs->first().isDefault);
        QVERIFY(app.session());
        QVERIFY(app.mainWindow()
                    ->findChild<QLabel*>(QStringLiteral("statusUser"))
                    ->text()
                    .contains(test::kAdmin));
        QVERIFY(app.mainWindow()
                    ->findChild<ElidedLabel*>(QStringLiteral("statusDatabase"))
                    ->text()
                    .contains(QStringLiteral("cases.db")));
        // The recovery key unlocks too.
        app.lock();
        auto recovered = Session::openWithRecoveryKey(path, key);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
    }

    void unlockDialogAndLocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.db"));
        QVERIFY(test::createDatabase(path));
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        DesktopApp app;
        app.start(path);
        QVERIFY(!app.wizard());
        UnlockDialog* dialog = app.unlockDialog();
        QVERIFY(dialog);
        auto* users = dialog->findChild<QComboBox*>(QStringLiteral("userName"));
        QCOMPARE(users->count(), 1);
        QCOMPARE(users->itemText(0), test::kAdmin);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("databaseFile"))
                    ->text()
                    .contains(QStringLiteral("cases.db")));

        // A wrong password: a clear message, no session, the file unchanged.
        QVERIFY(!test::unlockThroughDialog(app, test::kAdmin, QStringLiteral("wrong password")));
        QVERIFY(!app.session());
        QVERIFY(!dialog->errorMessage().isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        QVERIFY(app.session());

        // Lock now (Ctrl+L): the window and the session go; the dialog offers the same user.
        QAction* lock = app.mainWindow()->findChild<QAction*>(QStringLiteral("actionLock"));
        QCOMPARE(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        lock->trigger();
        QTRY_VERIFY(!app.mainWindow());
        QVERIFY(!app.session());
        QVERIFY(app.unlockDialog());
        QCOMPARE(app.unlockDialog()->findChild<QComboBox*>(QStringLiteral("userName"))->currentText(),
                 test::kAdmin);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));

        // Lock after idle.
        app.idleWatcher()->setIntervalForTest(100);
        QTRY_VERIFY_WITH_TIMEOUT(!app.session(), 3000);
        QVERIFY(app.unlockDialog());
        QVERIFY(app.unlockDialog()
                    ->findChild<QLabel*>(QStringLiteral("unlockNotice"))
                    ->isVisibleTo(app.unlockDialog()));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        app.idleWatcher()->setMinutes(10);
        QVERIFY(app.session());

        // Closing the main window ends the program, after closing the session.
        QSignalSpy quit(&app, &DesktopApp::quitRequested);
        app.mainWindow()->close();
        QTRY_COMPARE(quit.count(), 1);
        QVERIFY(!app.session());
    }

    // The case index (like the statistics page and an export) reads the session on a pool thread
    // until its destructor has waited: the session must still be there when it goes, whichever
    // way the window goes. QWidget emits destroyed() before it deletes its children, so ending
    // the session on that signal freed it under a running read (ASan, test_idle_lock_dialogs).
    void sessionOutlivesTheWindowsReads_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("close") << QStringLiteral("close");
        QTest::newRow("lock") << QStringLiteral("lock");
        QTest::newRow("exit") << QStringLiteral("exit");
    }

    void sessionOutlivesTheWindowsReads()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reads.db"));
        QVERIFY(test::createDatabase(path));
        auto app = std::make_unique<DesktopApp>();
        app->start(path);
        QVERIFY(test::unlockThroughDialog(*app, test::kAdmin, test::kPassword));
        // A plain pointer: in the "exit" row the index goes inside DesktopApp's destructor, when
        // the unique_ptr already holds null.
        DesktopApp* raw = app.get();
        bool indexWent = false;
        bool sessionWasThere = false;
        QObject probe;
        connect(app->mainWindow()->caseIndex(), &QObject::destroyed, &probe, [&] {
            indexWent = true;
            sessionWasThere = raw->session() != nullptr;
        });
        if (how == QLatin1String("close")) {
            QSignalSpy quit(app.get(), &DesktopApp::quitRequested);
            app->mainWindow()->close();
            QTRY_COMPARE(quit.count(), 1);
            QVERIFY(!app->session());
        } else if (how == QLatin1String("lock")) {
            app->lock();
            QVERIFY(!app->session());
        } else {
            // The program ends with the window open: DesktopApp's destructor ends the session.
            app.reset();
        }
        QVERIFY(indexWent);
        QVERIFY(sessionWasThere);
    }

    void missingFileIsExplained()
    {
        QTemporaryDir dir;
        UnlockDialog dialog(dir.filePath(QStringLiteral("nowhere.db")));
        QVERIFY(!dialog.errorMessage().isEmpty());
    }

    void strengthHints()
    {
        QCOMPARE(ratePassword(QStringLiteral("abc")).score, 0);
        QVERIFY(ratePassword(QStringLiteral("Tr0ub4dor&3-horse")).score >= 3);
        QVERIFY(!ratePassword(QStringLiteral("aaaaaaaaaaaa")).acceptable); // long but guessable
        QVERIFY(!ratePassword(QStringLiteral("12345678")).acceptable);
    }
};

QTEST_MAIN(TestDesktopShell)
#include "test_desktop_shell.moc"
