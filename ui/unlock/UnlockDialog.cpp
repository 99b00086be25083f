#include "unlock/UnlockDialog.h"

#include "common/ErrorText.h"
#include "common/GrowToFit.h"
#include "common/PasswordField.h"
#include "services/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

UnlockDialog::UnlockDialog(const QString& path, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("解锁 CaseTrack"));

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("unlockNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_file = new QLabel;
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* other = new QPushButton(tr("打开其他数据库…"));
    other->setObjectName(QStringLiteral("openOtherDatabase"));
    auto* create = new QPushButton(tr("新建数据库…"));
    create->setObjectName(QStringLiteral("newDatabase"));
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setEditable(true); // a name that the file does not list gives a clear Auth error
    m_user->setAccessibleName(tr("用户"));
    m_password = new PasswordField;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("密码"));
    m_recoveryKey = new PasswordField; // made before the check box below it: the Tab order
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyInput"));
    m_recoveryKey->setAccessibleName(tr("恢复密钥"));
    // Typed from paper: readable while typing, hidden once the field is left.
    m_recoveryKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_recoveryKey->setPlaceholderText(tr("64 位，如 1A2B3C4D 5E6F…，空格和连字符可有可无"));
    m_useRecovery = new QCheckBox(tr("忘记了所有密码：用恢复单上的恢复密钥解锁"));
    m_useRecovery->setObjectName(QStringLiteral("useRecoveryKey"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* buttons = new QDialogButtonBox;
    m_unlock = buttons->addButton(tr("解锁"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* quit = buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    // The path has a row of its own, wrapping where it must (a long path has no spaces); the two
    // buttons go under it, so neither squeezes the other.
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(other);
    fileButtons->addWidget(create);
    fileButtons->addStretch();
    m_form = new QFormLayout;
    m_form->addRow(tr("数据库："), m_file);
    m_form->addRow(QString(), fileButtons);
    m_form->addRow(tr("用户："), m_user);
    m_form->addRow(tr("密码："), m_password);
    m_form->addRow(tr("恢复密钥："), m_recoveryKey);
    m_form->addRow(QString(), m_useRecovery);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Tab follows the reading order, which is the order the widgets were made in (test_tab_order).
    // No setTabOrder here: moving the buttons next to the password made Tab circle between 解锁 and
    // the recovery check box once the button box had laid itself out.

    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::chooseOtherFile);
    connect(create, &QPushButton::clicked, this, &UnlockDialog::newDatabaseRequested);
    connect(m_useRecovery, &QCheckBox::toggled, this, &UnlockDialog::showRecoveryMode);
    showRecoveryMode(false);
    setDatabasePath(path);
}

void UnlockDialog::showRecoveryMode(bool on)
{
    m_form->setRowVisible(m_user, !on);
    m_form->setRowVisible(m_password, !on);
    m_form->setRowVisible(m_recoveryKey, on);
    m_password->wipe();
    m_recoveryKey->wipe(); // neither secret stays in a hidden field
    m_error->setText(on ? tr("恢复密钥以第一位在用的管理员身份解锁，只能用来重设密码（在“用户”页）。")
                        : QString());
    (on ? m_recoveryKey : m_password)->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setDatabasePath(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    growToFit(this); // a longer path may wrap onto more lines
    m_user->clear();
    const QStringList names = Session::accountNames(path);
    m_user->addItems(names);
    if (!QFileInfo::exists(path))
        m_error->setText(tr("找不到数据库文件 %1。请打开其他数据库，或新建一个。").arg(path));
    else
        m_error->clear();
    if (names.size() == 1 || m_user->currentText().isEmpty() == false)
        m_password->setFocus();
    else
        m_user->setFocus();
}

void UnlockDialog::setUserName(const QString& name)
{
    const int index = m_user->findText(name);
    if (index >= 0)
        m_user->setCurrentIndex(index);
    else
        m_user->setEditText(name);
    m_password->setFocus();
}

void UnlockDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return std::move(m_session);
}

QString UnlockDialog::errorMessage() const
{
    return m_error->text();
}

void UnlockDialog::tryUnlock()
{
    if (m_useRecovery->isChecked()) {
        m_error->setText(tr("正在解锁…"));
        m_unlock->setEnabled(false);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = Session::openWithRecoveryKey(m_path, m_recoveryKey->text());
        QApplication::restoreOverrideCursor();
        m_unlock->setEnabled(true);
        m_recoveryKey->wipe();
        if (!opened.ok()) {
            m_error->setText(errorText(opened.error()));
            m_recoveryKey->setFocus();
            return;
        }
        m_error->clear();
        m_session = opened.take();
        accept();
        return;
    }
    const QString user = m_user->currentText().trimmed();
    if (user.isEmpty()) {
        m_error->setText(tr("请选择或输入用户名。"));
        return;
    }
    m_error->setText(tr("正在解锁…"));
    m_unlock->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Session::open(m_path, user, m_password->text());
    QApplication::restoreOverrideCursor();
    m_unlock->setEnabled(true);
    m_password->wipe(); // never keep a password in a widget longer than needed
    if (!opened.ok()) {
        m_error->setText(errorText(opened.error()));
        m_password->setFocus();
        return;
    }
    m_error->clear();
    m_session = opened.take();
    accept();
}

void UnlockDialog::chooseOtherFile()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("打开数据库"), QFileInfo(m_path).absolutePath(),
                                     tr("CaseTrack 数据库 (*.db);;所有文件 (*)"));
    if (!chosen.isEmpty())
        setDatabasePath(chosen);
}

} // namespace casetrack
