#pragma once

#include "crypto/KdfParams.h"
#include "services/Session.h"
#include "shell/KeptDialogs.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace casetrack {

class ClipboardGuard;
class FirstRunWizard;
class IdleWatcher;
class MainWindow;
class Session;
class UnlockDialog;

// Runs the desktop application: first-run wizard or unlock dialog, then the main window.
int runDesktop(int argc, char** argv);

// Owns the session and decides what is on screen: the wizard, the unlock dialog or the main
// window. Locking destroys the main window and the session (which wipes the key), then shows
// the unlock dialog again; what was typed into open step and new-case dialogs is kept encrypted
// in memory and comes back when the same user unlocks (KeptDialogs). Tests build one of these and
// drive the windows it shows.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(QObject* parent = nullptr);
    ~DesktopApp() override;

    // Applies the application name, translations and style; call once after QApplication.
    static void setUpApplication();
    // Tests only: CASETRACK_ALLOW_TEST_KDF=1 creates databases with the cheap `fast` key
    // derivation profile, which the database records. Never set it for real data.
    static KdfProfile kdfProfile();

    // The remembered database (QSettings "database/path"), or Session::defaultPath().
    static QString rememberedPath();

    // The wizard when no database exists at `path` (default: rememberedPath()), else unlock.
    void start(const QString& path = QString());
    // Locks by hand (立即锁定); lockWhenIdle() is what the idle watcher calls. Both put the lock
    // on the audit trail with its reason before the key is wiped.
    void lock(const QString& notice = QString());
    void lockWhenIdle();
    // What the system lock watcher calls: the desktop session locked or the computer is about to
    // sleep. Like the idle lock, open dialogs are kept for the same user.
    void lockWithSystem();

    Session* session() const { return m_session.get(); }
    MainWindow* mainWindow() const;
    FirstRunWizard* wizard() const;
    UnlockDialog* unlockDialog() const;
    IdleWatcher* idleWatcher() const { return m_idle; }
    // What the last lock kept of open dialogs (empty once restored or discarded).
    const KeptDialogs& keptDialogs() const { return m_kept; }

signals:
    void unlocked();
    void locked();
    void quitRequested();

private:
    void showWizard(const QString& path);
    void showUnlock(const QString& path, const QString& notice, const QString& user);
    void lockFor(Session::LockReason reason, const QString& notice);
    void enter(std::unique_ptr<Session> session);
    // The main window goes, whole, before the session may (lock, close, exit).
    void deleteWindow();
    // Closing or exiting: the window, then the automatic backup, then the session.
    void endSession();
    QDialog* reopen(const QJsonObject& how);

    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<UnlockDialog> m_unlock;
    IdleWatcher* m_idle;
    ClipboardGuard* m_clipboard; // what CaseTrack copied goes after 30 s, at lock and at exit
    KeptDialogs m_kept;
};

} // namespace casetrack
