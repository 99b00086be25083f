#include "users/AccountDialog.h"

#include "common/PasswordField.h"
#include "common/PasswordStrength.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casetrack {

AccountDialog::AccountDialog(Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(mode == AddUser ? QStringLiteral("addUserDialog") : QStringLiteral("resetPasswordDialog"));
    setWindowTitle(mode == AddUser ? tr("添加用户") : tr("重设密码"));
    m_name = new QLineEdit(userName);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setAccessibleName(tr("用户名"));
    m_name->setReadOnly(mode == ResetPassword);
    // Parented at once: in password-reset mode it is never put into a layout.
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_role->setAccessibleName(tr("角色"));
    for (Role role : allRoles())
        m_role->addItem(roleDisplayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(Role::CaseOfficer)));
    m_password = new PasswordField;
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setAccessibleName(tr("新密码"));
    m_repeat = new PasswordField;
    m_repeat->setObjectName(QStringLiteral("accountPasswordRepeat"));
    m_repeat->setAccessibleName(tr("再次输入新密码"));
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("accountHint"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("用户名："), m_name);
    if (mode == AddUser)
        form->addRow(tr("角色："), m_role);
    else
        m_role->hide();
    form->addRow(tr("新密码："), m_password);
    form->addRow(tr("再次输入："), m_repeat);
    form->addRow(QString(), m_hint);
    auto* buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("确定"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    m_ok->setObjectName(QStringLiteral("accountOk"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : std::initializer_list<QLineEdit*>{m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    validate();
}

void AccountDialog::validate()
{
    const PasswordStrength strength = ratePassword(m_password->text(), m_name->text().trimmed());
    QString hint = strength.hint;
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        hint = tr("两次输入的密码不一致");
    m_hint->setText(hint);
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && strength.acceptable &&
                     m_password->text() == m_repeat->text());
}

QString AccountDialog::userName() const
{
    return m_name->text().trimmed();
}

Role AccountDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

QString AccountDialog::password() const
{
    return m_password->text();
}

} // namespace casetrack
