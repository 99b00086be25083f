#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

#include <memory>

class QWindow;

namespace casetrack {

// The Windows counterpart of SystemLockWatcher: CaseTrack locks when the Windows session locks
// (Win+L, the screen saver's lock), another user takes the console, a remote desktop session is
// disconnected, or the computer is about to sleep (shell/WindowsLockMessage.h decides which
// messages count). Session changes are asked for with WTSRegisterSessionNotification for a
// hidden window of our own, which as a top-level window also receives the power broadcasts.
class WindowsSessionWatcher : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    explicit WindowsSessionWatcher(QObject* parent = nullptr);
    ~WindowsSessionWatcher() override;

    // False when Windows refused the registration: then only the idle lock applies.
    bool isListening() const { return m_listening; }

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

signals:
    void lockRequested();

private:
    std::unique_ptr<QWindow> m_window;
    bool m_listening = false;
};

} // namespace casetrack
