#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class PasswordField;
class Session;

// Later runs and after a lock: who is unlocking, their password, and which database file; or,
// when every password is lost, the recovery key.
// "Open another database…" picks a different file; "New database…" asks for the first-run
// wizard (the owner decides, see newDatabaseRequested).
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& path, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_path; }
    // Pre-selects an account (after a lock: the one who was working).
    void setUserName(const QString& name);
    // A line shown above the form, e.g. "已因长时间未操作而锁定".
    void setNotice(const QString& text);

    std::unique_ptr<Session> takeSession();
    QString errorMessage() const;

signals:
    void newDatabaseRequested();

private:
    void tryUnlock();
    void showRecoveryMode(bool on);
    void chooseOtherFile();

    QString m_path;
    std::unique_ptr<Session> m_session;
    QLabel* m_notice;
    QLabel* m_file;
    QComboBox* m_user;
    PasswordField* m_password;
    // 忘记所有密码: the recovery key of the recovery sheet opens the file as the first active
    // administrator (Session::openWithRecoveryKey), to reset passwords.
    QCheckBox* m_useRecovery;
    PasswordField* m_recoveryKey;
    QFormLayout* m_form;
    QLabel* m_error;
    QPushButton* m_unlock;
};

} // namespace casetrack
