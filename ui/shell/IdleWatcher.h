#pragma once

#include <QObject>
#include <QTimer>

namespace casetrack {

// Locks the database after a period without input. One app-wide event filter (as KeePassXC
// does) rather than one per widget: any key, click or wheel anywhere restarts the countdown.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns idle locking off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // For tests: the countdown in milliseconds, bypassing the minutes.
    void setIntervalForTest(int msec);
    // Starts watching (after unlock) or stops (while locked).
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_minutes = 10;
    bool m_wanted = false;
};

} // namespace casetrack
