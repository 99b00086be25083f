#pragma once

#include "accounts/Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casetrack {

class PasswordField;

// Adding a user (name, role, password twice) or resetting a user's password (password twice).
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode
    {
        AddUser,
        ResetPassword
    };

    AccountDialog(Mode mode, const QString& userName, QWidget* parent = nullptr);

    QString userName() const;
    Role role() const;
    QString password() const;

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_name;
    QComboBox* m_role;
    PasswordField* m_password;
    PasswordField* m_repeat;
    QLabel* m_hint;
    QPushButton* m_ok;
};

} // namespace casetrack
