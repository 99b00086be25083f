#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace casetrack {

// Tells when the desktop session locks or the computer is about to sleep, so that CaseTrack
// locks with it (issue 9: "also on session lock/suspend"): whoever unlocks the screen or wakes
// the machine still needs the CaseTrack password. Listens on D-Bus, where the Linux desktops
// announce both:
//   - systemd-logind on the system bus: the session's Lock signal (loginctl lock-session, the
//     desktops' lock screens), its LockedHint property turning true, and the manager's
//     PrepareForSleep(true) before suspend or hibernation;
//   - the screen savers on the session bus: ActiveChanged(true) of org.freedesktop.ScreenSaver
//     (KDE, UKUI, Xfce and others), org.gnome.ScreenSaver and org.cinnamon.ScreenSaver.
// Any session's lock counts (a lock too many is harmless; one missed is not). Without D-Bus
// (no bus, or another system) it listens to nothing and isListening() says so; the idle lock
// still applies.
class SystemLockWatcher : public QObject
{
    Q_OBJECT
public:
    // The buses of this login session.
    explicit SystemLockWatcher(QObject* parent = nullptr);
    // Given buses (tests: a private bus standing in for both).
    SystemLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                      QObject* parent = nullptr);

    bool isListening() const { return m_listening; }

signals:
    void lockRequested();

private slots:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void sessionPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                  const QStringList& invalidated);
    void prepareForSleep(bool start);

private:
    void listen(QDBusConnection sessionBus, QDBusConnection systemBus);

    bool m_listening = false;
};

} // namespace casetrack
