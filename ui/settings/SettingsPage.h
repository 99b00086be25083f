#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace casetrack {

class Session;

// Idle-lock minutes and language are this computer's preferences (QSettings); the warning
// window and strict counting are the database's engine settings (audited, shared by all users).
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
    QSpinBox* m_idle;
    QComboBox* m_language;
    QSpinBox* m_warning;
    QCheckBox* m_strict;
    QLabel* m_status;
};

} // namespace casetrack
