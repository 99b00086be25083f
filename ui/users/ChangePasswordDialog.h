#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class PasswordField;
class Session;

// Changes the signed-in user's own password (old one, new one twice). The data is not
// re-encrypted: the core re-wraps this account's copy of the data key.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Session& session, QWidget* parent = nullptr);

    QString errorText() const;

private:
    void validate();
    void save();

    Session& m_session;
    PasswordField* m_old;
    PasswordField* m_new;
    PasswordField* m_repeat;
    QLabel* m_hint;
    QPushButton* m_ok;
};

} // namespace casetrack
