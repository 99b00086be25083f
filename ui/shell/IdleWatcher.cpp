#include "shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace casetrack {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    setMinutes(m_minutes);
    if (auto* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (auto* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    m_timer.setInterval(m_minutes * 60 * 1000);
    setActive(m_wanted);
}

void IdleWatcher::setIntervalForTest(int msec)
{
    m_minutes = 1;
    m_timer.setInterval(msec);
    setActive(m_wanted);
}

void IdleWatcher::setActive(bool active)
{
    m_wanted = active;
    if (active && m_minutes > 0)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // restarts the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casetrack
