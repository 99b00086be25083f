#include "users/ChangePasswordDialog.h"

#include "common/ErrorText.h"
#include "common/PasswordField.h"
#include "common/PasswordStrength.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casetrack {

ChangePasswordDialog::ChangePasswordDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("修改我的密码"));
    auto password = [](const QString& objectName, const QString& accessible) {
        auto* e = new PasswordField;
        e->setObjectName(objectName);
        e->setAccessibleName(accessible);
        return e;
    };
    m_old = password(QStringLiteral("oldPassword"), tr("当前密码"));
    m_new = password(QStringLiteral("newPassword"), tr("新密码"));
    m_repeat = password(QStringLiteral("newPasswordRepeat"), tr("再次输入新密码"));
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("changePasswordHint"));
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("当前密码："), m_old);
    form->addRow(tr("新密码："), m_new);
    form->addRow(tr("再次输入："), m_repeat);
    form->addRow(QString(), m_hint);
    auto* buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("修改"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePasswordOk"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    validate();
}

QString ChangePasswordDialog::errorText() const
{
    return m_hint->text();
}

void ChangePasswordDialog::validate()
{
    const PasswordStrength strength = ratePassword(m_new->text(), m_session.account().name);
    m_hint->setText(!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text()
                        ? tr("两次输入的新密码不一致")
                        : strength.hint);
    m_ok->setEnabled(!m_old->text().isEmpty() && strength.acceptable && m_new->text() == m_repeat->text());
}

void ChangePasswordDialog::save()
{
    const Error error = m_session.changeOwnPassword(m_old->text(), m_new->text());
    if (error.isError()) {
        m_hint->setText(casetrack::errorText(error));
        m_old->wipe();
        return;
    }
    for (PasswordField* field : {m_old, m_new, m_repeat})
        field->wipe();
    accept();
}

} // namespace casetrack
