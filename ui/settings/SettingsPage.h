#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace casetrack {

class Session;

// Idle-lock minutes and language are this computer's preferences (QSettings); the idle-lock
// limit, the warning window and strict counting are the database's settings (audited, shared by
// all users, changed by administrators only).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);

    void load();
    void save();

signals:
    void idleMinutesChanged(int minutes);
    void engineSettingsChanged();

private:
    Session& m_session;
    QSpinBox* m_idle;    // this desktop's own choice, at most m_idleMax
    QSpinBox* m_idleMax; // the administrator's limit for everyone (database setting)
    QComboBox* m_language;
    QSpinBox* m_warning;
    QCheckBox* m_strict;
    QLabel* m_status;
};

} // namespace casetrack
