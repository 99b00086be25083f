#include "users/UsersPage.h"

#include "common/ErrorText.h"
#include "common/Reopenable.h"
#include "services/Session.h"
#include "users/AccountDialog.h"
#include "users/RekeyAction.h"
#include "users/UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casetrack {

UsersPage::UsersPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new UsersModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setAccessibleName(tr("用户列表"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* add = new QPushButton(tr("添加用户…"));
    add->setObjectName(QStringLiteral("addUser"));
    auto* reset = new QPushButton(tr("重设密码…"));
    reset->setObjectName(QStringLiteral("resetPassword"));
    m_toggle = new QPushButton(tr("停用"));
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    auto* rekey = new QPushButton(tr("重新加密…"));
    rekey->setObjectName(QStringLiteral("rekeyDatabase"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, [this] { addUser(); });
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(rekey, &QPushButton::clicked, this, [this] {
        const QString status = runRekey(m_session, this);
        if (!status.isEmpty())
            m_status->setText(status);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                m_toggle->setText(i.data(UsersModel::ActiveRole).toBool() ? tr("停用") : tr("重新启用"));
            });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(reset);
    buttons->addWidget(m_toggle);
    buttons->addWidget(rekey);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    reload();
}

void UsersPage::reload()
{
    m_model->setAccounts(m_session.accounts());
    m_view->resizeColumnsToContents();
}

QString UsersPage::selectedName() const
{
    return m_view->currentIndex().data(UsersModel::NameRole).toString();
}

void UsersPage::report(const Error& error, const QString& done)
{
    m_status->setText(error.isError() ? errorText(error) : done);
    reload();
}

AccountDialog* UsersPage::addUser()
{
    auto* dialog = new AccountDialog(AccountDialog::AddUser, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The name and role survive the idle lock; the password fields never leave the dialog.
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("add_account")}});
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(m_session.addAccount(dialog->userName(), dialog->role(), dialog->password()),
               tr("已添加用户 %1。").arg(dialog->userName()));
    });
    dialog->open();
    return dialog;
}

void UsersPage::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_status->setText(tr("请先选择一个用户。"));
        return;
    }
    auto* dialog = new AccountDialog(AccountDialog::ResetPassword, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(m_session.resetPassword(dialog->userName(), dialog->password()),
               tr("已重设 %1 的密码。").arg(dialog->userName()));
    });
    dialog->open();
}

void UsersPage::toggleActive()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_status->setText(tr("请先选择一个用户。"));
        return;
    }
    const bool active = m_view->currentIndex().data(UsersModel::ActiveRole).toBool();
    report(m_session.setAccountActive(name, !active),
           active ? tr("已停用 %1。该账户曾经得到的数据库密钥仍能解密文件：请点“重新加密…”。").arg(name)
                  : tr("已重新启用 %1。").arg(name));
}

} // namespace casetrack
