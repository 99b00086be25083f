#include "shell/WindowsSessionWatcher.h"

#include "shell/WindowsLockMessage.h"

#include <QCoreApplication>
#include <QWindow>

#include <windows.h>
#include <wtsapi32.h>

namespace casetrack {

// WindowsLockMessage.h spells the numbers out so that it builds everywhere; here they meet the
// Windows headers.
static_assert(windows_message::kSessionChange == WM_WTSSESSION_CHANGE);
static_assert(windows_message::kPowerBroadcast == WM_POWERBROADCAST);
static_assert(windows_message::kConsoleDisconnect == WTS_CONSOLE_DISCONNECT);
static_assert(windows_message::kRemoteDisconnect == WTS_REMOTE_DISCONNECT);
static_assert(windows_message::kSessionLogoff == WTS_SESSION_LOGOFF);
static_assert(windows_message::kSessionLock == WTS_SESSION_LOCK);
static_assert(windows_message::kSuspend == PBT_APMSUSPEND);

WindowsSessionWatcher::WindowsSessionWatcher(QObject* parent) : QObject(parent), m_window(new QWindow)
{
    // winId() makes the native window without showing it.
    const auto hwnd = reinterpret_cast<HWND>(m_window->winId());
    m_listening = WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) != FALSE;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsSessionWatcher::~WindowsSessionWatcher()
{
    QCoreApplication::instance()->removeNativeEventFilter(this);
    if (m_listening)
        WTSUnRegisterSessionNotification(reinterpret_cast<HWND>(m_window->winId()));
}

bool WindowsSessionWatcher::nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result)
{
    Q_UNUSED(result);
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG* msg = static_cast<const MSG*>(message);
    // Power broadcasts go to every top-level window: one lock per broadcast, from ours.
    if (msg->hwnd != reinterpret_cast<HWND>(m_window->winId()))
        return false;
    if (locksWithWindowsMessage(msg->message, quintptr(msg->wParam)))
        // Queued: the lock destroys windows, which is not for the middle of the window procedure.
        QMetaObject::invokeMethod(
            this, [this] { emit lockRequested(); }, Qt::QueuedConnection);
    return false; // others may want the message too
}

} // namespace casetrack
