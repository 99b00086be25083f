// The other pages, driven by objectName offscreen: users (add, reset, deactivate), own password,
// holiday calendar (import, edit a day), settings, audit verification.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "calendar/CalendarPage.h"
#include "calendar/DayEditDialog.h"
#include "services/Session.h"
#include "settings/SettingsPage.h"
#include "shell/DesktopApp.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "users/AccountDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/UsersModel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

class TestDesktopPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.db"));
        QVERIFY(test::createDatabase(m_path));
        m_app = std::make_unique<DesktopApp>();
        m_app->start(m_path);
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
    }

    void users()
    {
        MainWindow* w = m_app->mainWindow();
        w->showPage(MainWindow::Users);
        UsersPage* page = w->usersPage();
        QVERIFY(page);
        page->findChild<QPushButton*>(QStringLiteral("addUser"))->click();
        QPointer<AccountDialog> add = page->findChild<AccountDialog*>(QStringLiteral("addUserDialog"));
        QVERIFY(add);
        test::typeText(add->findChild<QLineEdit*>(QStringLiteral("accountName")), QStringLiteral("孙承办"));
        add->findChild<QLineEdit*>(QStringLiteral("accountPassword"))
            ->setText(QStringLiteral("officer-pass-1"));
        add->findChild<QLineEdit*>(QStringLiteral("accountPasswordRepeat"))
            ->setText(QStringLiteral("officer-pass-1"));
        add->findChild<QPushButton*>(QStringLiteral("accountOk"))->click();
        QTRY_VERIFY(!add);
        QCOMPARE(page->model()->rowCount(), 2);
        QVERIFY(Session::accountNames(m_path).contains(QStringLiteral("孙承办")));

        auto* table = page->findChild<QTableView*>(QStringLiteral("userTable"));
        int row = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->index(r, 0).data(UsersModel::NameRole).toString() == QStringLiteral("孙承办"))
                row = r;
        QVERIFY(row >= 0);
        table->setCurrentIndex(page->model()->index(row, 0));
        page->findChild<QPushButton*>(QStringLiteral("resetPassword"))->click();
        QPointer<AccountDialog> reset =
            page->findChild<AccountDialog*>(QStringLiteral("resetPasswordDialog"));
        QVERIFY(reset);
        reset->findChild<QLineEdit*>(QStringLiteral("accountPassword"))
            ->setText(QStringLiteral("officer-pass-2"));
        reset->findChild<QLineEdit*>(QStringLiteral("accountPasswordRepeat"))
            ->setText(QStringLiteral("officer-pass-2"));
        reset->findChild<QPushButton*>(QStringLiteral("accountOk"))->click();
        QTRY_VERIFY(!reset);
        {
            auto officer = Session::open(m_path, QStringLiteral("孙承办"), QStringLiteral("officer-pass-2"),
                                         Session::Access::ReadOnly);
            QVERIFY2(officer.ok(), qPrintable(officer.error().message));
        }
        table->setCurrentIndex(page->model()->index(row, 0));
        page->findChild<QPushButton*>(QStringLiteral("toggleActive"))->click();
        QVERIFY(!page->model()->index(row, 0).data(UsersModel::ActiveRole).toBool());
    }

    void changeOwnPassword()
    {
        MainWindow* w = m_app->mainWindow();
        w->findChild<QAction*>(QStringLiteral("actionChangePassword"))->trigger();
        QPointer<ChangePasswordDialog> dialog =
            w->findChild<ChangePasswordDialog*>(QStringLiteral("changePasswordDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("oldPassword"))
            ->setText(QStringLiteral("not the password"));
        dialog->findChild<QLineEdit*>(QStringLiteral("newPassword"))
            ->setText(QStringLiteral("a new password 2"));
        dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordRepeat"))
            ->setText(QStringLiteral("a new password 2"));
        dialog->findChild<QPushButton*>(QStringLiteral("changePasswordOk"))->click();
        QVERIFY(dialog);
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->findChild<QLineEdit*>(QStringLiteral("oldPassword"))->setText(test::kPassword);
        dialog->findChild<QPushButton*>(QStringLiteral("changePasswordOk"))->click();
        QTRY_VERIFY(!dialog);
        m_app->lock();
        QVERIFY(!test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, QStringLiteral("a new password 2")));
    }

    void calendar()
    {
        MainWindow* w = m_app->mainWindow();
        w->showPage(MainWindow::Calendar);
        CalendarPage* page = w->calendarPage();
        const QString file = test::dataDir() + QStringLiteral("/holidays-cn/2025.json");
        QVERIFY2(page->importFile(file), qPrintable(page->status()));
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("calendarYear"))->value(), 2025);
        QVERIFY(!page->importFile(m_dir.filePath(QStringLiteral("missing.json"))));

        const QDate day(2025, 3, 12); // an ordinary Wednesday, declared a holiday by hand
        page->editDay(day);
        QPointer<DayEditDialog> dialog = page->findChild<DayEditDialog*>(QStringLiteral("dayEditDialog"));
        QVERIFY(dialog);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("dayKind"));
        kind->setCurrentIndex(kind->findData(DayEditDialog::Holiday));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("dayName")), QStringLiteral("本地假日"));
        dialog->findChild<QPushButton*>(QStringLiteral("dayOk"))->click();
        QTRY_VERIFY(!dialog);
        QVERIFY(m_app->session()->calendar().isStatutoryHoliday(day));
    }

    void settings()
    {
        MainWindow* w = m_app->mainWindow();
        w->showPage(MainWindow::Settings);
        SettingsPage* page = w->settingsPage();
        page->findChild<QSpinBox*>(QStringLiteral("warningDays"))->setValue(10);
        page->findChild<QCheckBox*>(QStringLiteral("strictCounting"))->setChecked(true);
        page->findChild<QSpinBox*>(QStringLiteral("idleLockMinutes"))->setValue(15);
        page->findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();
        QCOMPARE(m_app->session()->engineSettings().warningDays, 10);
        QVERIFY(m_app->session()->engineSettings().strictCounting);
        QCOMPARE(m_app->idleWatcher()->minutes(), 15);
    }

    // The administrator limits the idle lock for everyone; the desktop's own choice follows it.
    void idleLockLimit()
    {
        MainWindow* w = m_app->mainWindow();
        w->showPage(MainWindow::Settings);
        SettingsPage* page = w->settingsPage();
        auto* own = page->findChild<QSpinBox*>(QStringLiteral("idleLockMinutes"));
        auto* limit = page->findChild<QSpinBox*>(QStringLiteral("idleLockMaxMinutes"));
        QVERIFY(own && limit && limit->isEnabled());
        QCOMPARE(own->minimum(), 1); // no "never"
        own->setValue(12);
        limit->setValue(5);
        QCOMPARE(own->maximum(), 5);
        QCOMPARE(own->value(), 5);
        page->findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();
        QCOMPARE(m_app->session()->idleLockPolicy().maxMinutes, 5);
        QCOMPARE(m_app->idleWatcher()->minutes(), 5);
        // Back to the default limit, as the other functions expect.
        limit->setValue(IdleLockPolicy::kDefaultMaxMinutes);
        page->findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();
        QCOMPARE(m_app->session()->idleLockPolicy().maxMinutes, IdleLockPolicy::kDefaultMaxMinutes);
    }

    void audit()
    {
        // Two audited changes of its own, so that the page has more than the creation to show
        // whichever test ran before.
        Session* session = m_app->session();
        const int before = session->auditRecords().size();
        EngineSettings settings = session->engineSettings();
        settings.warningDays += 1;
        QVERIFY(!session->setEngineSettings(settings).isError());
        settings.warningDays -= 1;
        QVERIFY(!session->setEngineSettings(settings).isError());
        MainWindow* w = m_app->mainWindow();
        w->showPage(MainWindow::Audit);
        AuditPage* page = w->auditPage();
        QTRY_VERIFY(page->model()->rowCount() >= before + 2);
        page->findChild<QPushButton*>(QStringLiteral("verifyAudit"))->click();
        QVERIFY2(page->verifyResult().contains(QStringLiteral("完整")), qPrintable(page->verifyResult()));
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DesktopApp> m_app;
};

QTEST_MAIN(TestDesktopPages)
#include "test_desktop_pages.moc"
