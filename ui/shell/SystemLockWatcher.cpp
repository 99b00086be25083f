#include "shell/SystemLockWatcher.h"

#include <QDir>
#include <QFileInfo>

namespace casetrack {

namespace {

const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const char* const kScreenSavers[] = {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                                     "org.cinnamon.ScreenSaver", "org.mate.ScreenSaver"};

// A bus only where one is announced: asking libdbus for an unannounced session bus may try to
// start one (X11 autolaunch), which a lock watcher has no business doing.
QDBusConnection sessionBusIfAny()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") ||
        (!runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")))))
        return QDBusConnection::sessionBus();
    return QDBusConnection(QStringLiteral("casetrack-no-session-bus")); // not connected
}

QDBusConnection systemBusIfAny()
{
    if (qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS") ||
        QFileInfo::exists(QStringLiteral("/run/dbus/system_bus_socket")) ||
        QFileInfo::exists(QStringLiteral("/var/run/dbus/system_bus_socket")))
        return QDBusConnection::systemBus();
    return QDBusConnection(QStringLiteral("casetrack-no-system-bus"));
}

} // namespace

SystemLockWatcher::SystemLockWatcher(QObject* parent) : QObject(parent)
{
    listen(sessionBusIfAny(), systemBusIfAny());
}

SystemLockWatcher::SystemLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                                     QObject* parent)
    : QObject(parent)
{
    listen(sessionBus, systemBus);
}

// Empty service and path: the signal from whoever sends it, on any object (the screen savers
// differ in both; logind's session objects are one per session).
void SystemLockWatcher::listen(QDBusConnection sessionBus, QDBusConnection systemBus)
{
    if (sessionBus.isConnected()) {
        for (const char* screenSaver : kScreenSavers)
            m_listening |= sessionBus.connect(QString(), QString(), QLatin1String(screenSaver),
                                              QStringLiteral("ActiveChanged"), this,
                                              SLOT(screenSaverActiveChanged(bool)));
    }
    if (systemBus.isConnected()) {
        m_listening |= systemBus.connect(QString(), QString(), kLogin1 + QStringLiteral(".Session"),
                                         QStringLiteral("Lock"), this, SLOT(sessionLocked()));
        m_listening |=
            systemBus.connect(QString(), QString(), kProperties, QStringLiteral("PropertiesChanged"), this,
                              SLOT(sessionPropertiesChanged(QString, QVariantMap, QStringList)));
        m_listening |=
            systemBus.connect(QString(), QString(), kLogin1 + QStringLiteral(".Manager"),
                              QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
    }
}

void SystemLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        emit lockRequested();
}

void SystemLockWatcher::sessionLocked()
{
    emit lockRequested();
}

void SystemLockWatcher::sessionPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                                 const QStringList& invalidated)
{
    Q_UNUSED(invalidated)
    if (interface == kLogin1 + QStringLiteral(".Session") &&
        changed.value(QStringLiteral("LockedHint")).toBool())
        emit lockRequested();
}

void SystemLockWatcher::prepareForSleep(bool start)
{
    if (start)
        emit lockRequested();
}

} // namespace casetrack
