#include "shell/DesktopApp.h"

#include "case/AttachMaterialDialog.h"
#include "case/CaseView.h"
#include "case/CorrectionDialog.h"
#include "case/FactCorrectionDialog.h"
#include "case/MaterialsPanel.h"
#include "case/StepDialog.h"
#include "cases/NewCaseDialog.h"
#include "common/LongChange.h"
#include "common/UiSettings.h"
#include "documents/DocumentActions.h"
#include "documents/DocumentInputsDialog.h"
#include "documents/DocumentSettingsDialog.h"
#include "documents/PrintDocumentDialog.h"
#include "services/Session.h"
#include "settings/SettingsPage.h"
#include "shell/ApplicationIcon.h"
#include "shell/ClipboardGuard.h"
#include "shell/DesktopCommandLine.h"
#include "shell/IdleWatcher.h"
#include "shell/InterfaceFont.h"
#include "shell/MainWindow.h"
#if defined(CASETRACK_SYSTEM_LOCK_DBUS)
#include "shell/SystemLockWatcher.h"
#elif defined(CASETRACK_SYSTEM_LOCK_WTS)
#include "shell/WindowsSessionWatcher.h"
#endif
#include "unlock/FirstRunWizard.h"
#include "unlock/UnlockDialog.h"
#include "users/AccountDialog.h"
#include "users/UsersPage.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTabWidget>

namespace casetrack {

namespace {

// The automatic backup when the window closes (docs/security.md, "Backups"): settings
// backup/keep (how many to keep, default 7; 0 turns it off) and backup/folder (default: the
// "backups" folder beside the database). The outcome is kept in backup/lastResult.
void backUpOnClose(Session& session)
{
    QSettings settings;
    const int keep = settings.value(QStringLiteral("backup/keep"), 7).toInt();
    const QString folder =
        settings
            .value(QStringLiteral("backup/folder"),
                   QString(QFileInfo(session.path()).absolutePath() + QStringLiteral("/backups")))
            .toString();
    const Error error = session.automaticBackup(folder, keep);
    settings.setValue(QStringLiteral("backup/lastResult"),
                      error.isError() ? error.message : QDateTime::currentDateTime().toString(Qt::ISODate));
}

} // namespace

int runDesktop(int argc, char** argv)
{
    if (const int answered = answerDesktopOptions(argc, argv); answered >= 0)
        return answered;
    QApplication app(argc, argv);
    DesktopApp::setUpApplication();
    DesktopApp desktop;
    QObject::connect(&desktop, &DesktopApp::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    desktop.start();
    return app.exec();
}

DesktopApp::DesktopApp(QObject* parent)
    : QObject(parent), m_idle(new IdleWatcher(this)),
      m_clipboard(new ClipboardGuard(std::chrono::seconds(30), this))
{
    m_idle->setMinutes(UiSettings::idleLockMinutes());
    connect(m_idle, &IdleWatcher::idle, this, &DesktopApp::lockWhenIdle);
    connect(qApp, &QCoreApplication::aboutToQuit, m_clipboard, &ClipboardGuard::clearNow);
#if defined(CASETRACK_SYSTEM_LOCK_DBUS)
    connect(new SystemLockWatcher(this), &SystemLockWatcher::lockRequested, this,
            &DesktopApp::lockWithSystem);
#elif defined(CASETRACK_SYSTEM_LOCK_WTS)
    connect(new WindowsSessionWatcher(this), &WindowsSessionWatcher::lockRequested, this,
            &DesktopApp::lockWithSystem);
#endif
}

DesktopApp::~DesktopApp()
{
    endSession();
    delete m_wizard;
    delete m_unlock;
}

MainWindow* DesktopApp::mainWindow() const
{
    return m_window;
}

FirstRunWizard* DesktopApp::wizard() const
{
    return m_wizard;
}

UnlockDialog* DesktopApp::unlockDialog() const
{
    return m_unlock;
}

void DesktopApp::setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CaseTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASETRACK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CaseTrack"));
    QGuiApplication::setDesktopFileName(QLatin1String(kApplicationId));
    QApplication::setWindowIcon(applicationIcon());
    // Closing the main window while locked must not quit before the unlock dialog appears.
    QApplication::setQuitOnLastWindowClosed(false);
    installTranslations(UiSettings::language());
    chooseInterfaceFont();
}

KdfProfile DesktopApp::kdfProfile()
{
    return qEnvironmentVariableIntValue("CASETRACK_ALLOW_TEST_KDF") == 1 ? KdfProfile::Fast
                                                                         : KdfProfile::Standard;
}

QString DesktopApp::rememberedPath()
{
    const QString path = QSettings().value(QStringLiteral("database/path")).toString();
    return path.isEmpty() ? Session::defaultPath() : path;
}

void DesktopApp::start(const QString& path)
{
    const QString file = path.isEmpty() ? rememberedPath() : path;
    if (QFileInfo::exists(file))
        showUnlock(file, QString(), QString());
    else
        showWizard(file);
}

void DesktopApp::lock(const QString& notice)
{
    lockFor(Session::LockReason::Manual, notice);
}

void DesktopApp::lockWhenIdle()
{
    lockFor(Session::LockReason::Idle, tr("因长时间未操作，数据库已锁定。"));
}

void DesktopApp::lockWithSystem()
{
    lockFor(Session::LockReason::System, tr("电脑已锁屏或将要休眠，数据库已随之锁定。"));
}

void DesktopApp::lockFor(Session::LockReason reason, const QString& notice)
{
    if (!m_session)
        return;
    if (LongChange::running()) {
        // The change holds the session's transaction: the lock follows its end, once the page
        // that made the change has finished with it (queued).
        connect(
            LongChange::notifier(), &LongChange::finished, this,
            [this, reason, notice] { lockFor(reason, notice); },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    // On the record first, while the key is still there. A lock that cannot be recorded still
    // locks: keeping the data open would be the worse failure.
    if (Error error = m_session->recordLock(reason, m_idle->minutes()); error.isError())
        qWarning("CaseTrack: the lock could not be recorded in the audit trail");
    const QString path = m_session->path();
    const QString user = m_session->account().name;
    m_idle->setActive(false);
    m_clipboard->clearNow(); // nothing copied from the open database outlives its lock
    // The window's models hold case data: they go first, then the session wipes the key. What
    // was typed into its open dialogs is kept, encrypted, for the same user's next unlock.
    if (m_window) {
        m_kept.keep(m_window, user);
        m_window->saveLayout();
        deleteWindow();
    }
    m_session.reset();
    emit locked();
    showUnlock(path, notice, user);
}

void DesktopApp::deleteWindow()
{
    // Deleted here, never on its destroyed() signal: QWidget announces destroyed() before it
    // deletes its children, and the case index, the statistics page and an export read the
    // session on pool threads until their destructors have waited for them. Once this returns,
    // nothing of the window uses the session any more.
    m_window->disconnect(this);
    delete m_window;
}

void DesktopApp::endSession()
{
    if (m_window)
        deleteWindow();
    if (m_session)
        backUpOnClose(*m_session);
    m_session.reset();
}

void DesktopApp::showWizard(const QString& path)
{
    delete m_wizard;
    m_wizard = new FirstRunWizard(path, kdfProfile());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this] {
        // Once the database exists the wizard's session is used even if the last page was
        // closed without "finish": the file is there and the recovery key was shown.
        if (std::unique_ptr<Session> session = m_wizard->takeSession())
            enter(std::move(session));
        else if (QFileInfo::exists(rememberedPath()))
            showUnlock(rememberedPath(), QString(), QString()); // came from "new database…"
        else
            emit quitRequested();
    });
    m_wizard->show();
}

void DesktopApp::showUnlock(const QString& path, const QString& notice, const QString& user)
{
    delete m_unlock;
    m_unlock = new UnlockDialog(path);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock->setNotice(notice);
    if (!user.isEmpty())
        m_unlock->setUserName(user);
    connect(m_unlock, &UnlockDialog::newDatabaseRequested, this, [this] {
        // The default location when it is free, else a new name beside the current file.
        const QString suggested =
            QFileInfo::exists(Session::defaultPath())
                ? QFileInfo(m_unlock->databasePath()).absolutePath() + QStringLiteral("/casetrack-new.db")
                : Session::defaultPath();
        m_unlock->hide();
        m_unlock->deleteLater();
        showWizard(suggested);
    });
    connect(m_unlock, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            enter(m_unlock->takeSession());
        else
            emit quitRequested();
    });
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void DesktopApp::enter(std::unique_ptr<Session> session)
{
    if (!session)
        return;
    m_session = std::move(session);
    // The sign-in on the record (a failure to write it is said, not fatal: the unlock itself
    // succeeded and every change is recorded on its own).
    if (Error error = m_session->recordSignIn(); error.isError())
        qWarning("CaseTrack: the sign-in could not be recorded in the audit trail");
    QSettings().setValue(QStringLiteral("database/path"), m_session->path());
    // The administrator's limit holds on every desktop: this user's own choice within it.
    m_idle->setMinutes(m_session->idleLockPolicy().effectiveMinutes(UiSettings::idleLockMinutes()));
    m_window = new MainWindow(*m_session);
    connect(m_window, &MainWindow::lockRequested, this, [this] { lock(); });
    connect(m_window, &MainWindow::idleMinutesChanged, m_idle, &IdleWatcher::setMinutes);
    // Closing the main window ends the program, after the session. Not from inside the window's
    // close event (the window is deleted): once that has returned.
    connect(m_window, &MainWindow::closing, this, [this] {
        m_idle->setActive(false);
        QMetaObject::invokeMethod(
            this,
            [this] {
                endSession();
                emit quitRequested();
            },
            Qt::QueuedConnection);
    });
    m_window->restoreLayout();
    m_window->show();
    m_idle->setActive(true);
    emit unlocked();
    m_window->showUnlockSummary();
    // The dialogs the lock kept come back only to the user who typed into them.
    if (!m_kept.isEmpty()) {
        if (m_session->account().name == m_kept.user())
            m_kept.restore([this](const QJsonObject& how) { return reopen(how); });
        else
            m_kept.discard();
    }
}

QDialog* DesktopApp::reopen(const QJsonObject& how)
{
    const QString kind = how.value(QStringLiteral("kind")).toString();
    const QString caseId = how.value(QStringLiteral("case")).toString();
    if (!caseId.isEmpty()) {
        if (!m_session->caseSummary(caseId).ok())
            return nullptr; // the case cannot be read any more: nothing to reopen
        m_window->openCase(caseId);
        CaseView* view = m_window->caseView();
        if (kind == QLatin1String("step"))
            return view->openStepDialog(how.value(QStringLiteral("step")).toString());
        if (kind == QLatin1String("correction"))
            return view->openCorrectionDialog(how.value(QStringLiteral("seq")).toInt());
        if (kind == QLatin1String("fact_correction"))
            return view->openFactCorrectionDialog();
        if (kind == QLatin1String("document_inputs"))
            return openDocumentInputsDialog(*m_session, view);
        if (kind == QLatin1String("print"))
            return openPrintDialog(*m_session, view);
        if (kind == QLatin1String("attach_material")) {
            QStringList files;
            for (const QJsonValue& file : how.value(QStringLiteral("files")).toArray())
                files.append(file.toString());
            view->detailTabs()->setCurrentWidget(view->materials());
            return view->materials()->openAttachDialog(files);
        }
        return nullptr;
    }
    if (kind == QLatin1String("new_case")) {
        m_window->newCase();
        for (NewCaseDialog* dialog : m_window->findChildren<NewCaseDialog*>())
            if (dialog->isVisible())
                return dialog;
    }
    if (kind == QLatin1String("document_settings")) {
        m_window->showPage(MainWindow::Settings);
        return openDocumentSettingsDialog(*m_session, m_window->settingsPage());
    }
    // The users page exists only for those who may manage accounts; the role may have changed.
    if (kind == QLatin1String("add_account") && m_window->usersPage()) {
        m_window->showPage(MainWindow::Users);
        return m_window->usersPage()->addUser();
    }
    return nullptr;
}

} // namespace casetrack
