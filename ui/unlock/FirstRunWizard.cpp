#include "unlock/FirstRunWizard.h"

#include "common/ErrorText.h"
#include "common/PasswordField.h"
#include "common/PasswordStrength.h"
#include "common/Prompt.h"
#include "crypto/SecureBytes.h"
#include "services/Session.h"
#include "unlock/RecoverySheet.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizardPage>

namespace casetrack {

namespace {

QLabel* explanation(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

class WizardLocationPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardLocationPage(QLineEdit* path, QWidget* parent) : QWizardPage(parent), m_path(path)
    {
        setTitle(tr("数据库位置"));
        setSubTitle(tr("案件保存在一个加密的数据库文件中。通常使用默认位置即可。"));
        auto* browse = new QPushButton(tr("选择位置…"));
        browse->setObjectName(QStringLiteral("browseLocation"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(tr("数据库文件：")));
        layout->addLayout(row);
        layout->addWidget(
            explanation(tr("没有密码无法读取此文件。请把它放在定期备份的位置；不要放在共享文件夹中。")));
        layout->addStretch();
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(this, tr("新数据库的位置"), m_path->text(),
                                                                tr("CaseTrack 数据库 (*.db)"));
            if (!chosen.isEmpty())
                m_path->setText(chosen);
        });
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        const QFileInfo info(m_path->text().trimmed());
        if (info.exists()) {
            prompt::warning(
                this, tr("文件已存在"),
                tr("%1 已经存在。请选择其他位置，或取消后用解锁窗口打开它。").arg(info.filePath()));
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            prompt::warning(this, tr("无法创建文件夹"), tr("无法创建文件夹 %1。").arg(info.absolutePath()));
            return false;
        }
        return true;
    }

private:
    QLineEdit* m_path;
};

} // namespace

// The administrator and password page; creating the database is its validation step.
class WizardAdminPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardAdminPage(FirstRunWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("管理员"));
        setSubTitle(tr("管理员可以添加其他用户。每个人用自己的密码解锁，没有共用密码。"));
        auto* form = new QFormLayout;
        form->addRow(tr("管理员姓名："), wizard->m_admin);
        registerField(QStringLiteral("admin"), wizard->m_admin);
        form->addRow(tr("密码："), wizard->m_password);
        form->addRow(tr("再次输入密码："), wizard->m_repeat);
        m_strength = new QProgressBar;
        m_strength->setObjectName(QStringLiteral("strengthBar"));
        m_strength->setRange(0, 4);
        m_strength->setTextVisible(false);
        m_strength->setAccessibleName(tr("密码强度"));
        m_hint = new QLabel;
        m_hint->setObjectName(QStringLiteral("strengthHint"));
        form->addRow(tr("密码强度："), m_strength);
        form->addRow(QString(), m_hint);
        m_mismatch = new QLabel;
        m_mismatch->setObjectName(QStringLiteral("passwordMismatch"));
        m_mismatch->setStyleSheet(QStringLiteral("color: #b00020"));
        form->addRow(QString(), m_mismatch);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(explanation(tr("忘记密码时，只能由管理员重设，或用下一步的恢复密钥。")));
        layout->addStretch();
        for (QLineEdit* edit :
             std::initializer_list<QLineEdit*>{wizard->m_admin, wizard->m_password, wizard->m_repeat})
            connect(edit, &QLineEdit::textChanged, this, &WizardAdminPage::update);
        update();
    }

    bool isComplete() const override
    {
        return !m_wizard->m_admin->text().trimmed().isEmpty() &&
               ratePassword(m_wizard->m_password->text(), m_wizard->m_admin->text().trimmed()).acceptable &&
               m_wizard->m_password->text() == m_wizard->m_repeat->text();
    }

    bool validatePage() override
    {
        if (m_wizard->m_session)
            return true; // already created (the user went back and forth)
        QString message;
        if (!m_wizard->createDatabase(&message)) {
            prompt::error(this, tr("无法创建数据库"), message);
            return false;
        }
        return true;
    }

private:
    void update()
    {
        const PasswordStrength strength =
            ratePassword(m_wizard->m_password->text(), m_wizard->m_admin->text().trimmed());
        m_strength->setValue(strength.score);
        m_hint->setText(strength.hint);
        const bool mismatch = !m_wizard->m_repeat->text().isEmpty() &&
                              m_wizard->m_repeat->text() != m_wizard->m_password->text();
        m_mismatch->setText(mismatch ? tr("两次输入的密码不一致") : QString());
        emit completeChanged();
    }

    FirstRunWizard* m_wizard;
    QProgressBar* m_strength;
    QLabel* m_hint;
    QLabel* m_mismatch;
};

namespace {

class WizardRecoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardRecoveryPage(FirstRunWizard* wizard, QPlainTextEdit* keyView)
        : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("恢复单"));
        setSubTitle(tr("所有密码都遗失时，恢复密钥是打开数据库的唯一办法。请现在打印或抄写。"));
        auto* print = new QPushButton(tr("打印…"));
        print->setObjectName(QStringLiteral("printRecovery"));
        // No "save as PDF": the key is printed or copied by hand, never saved to a file.
        auto* stored = new QCheckBox(tr("我已打印或抄写恢复单，并会妥善保管"));
        stored->setObjectName(QStringLiteral("recoveryStored"));
        registerField(QStringLiteral("recoveryStored*"), stored);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(print);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(keyView);
        layout->addLayout(buttons);
        layout->addWidget(explanation(
            tr("持有恢复密钥的人可以读取全部案件。请放入保密柜，不要拍照或存放在联网计算机上。")));
        layout->addWidget(stored);
        connect(print, &QPushButton::clicked, this, [this] {
            if (sheet().printWithDialog(this))
                recordUse(QStringLiteral("print"));
        });
    }

private:
    RecoverySheet sheet() const
    {
        return RecoverySheet(m_wizard->databasePath(), m_wizard->field(QStringLiteral("admin")).toString(),
                             m_wizard->recoveryKey());
    }
    // Printing the key is a use of the data; the audit trail records it (not the key itself).
    // The sheet is printed by then (the print dialog may be cancelled, so the record follows the
    // print): a record that cannot be written is said, so the user can note it on paper.
    void recordUse(const QString& format)
    {
        Session* s = m_wizard->session();
        if (!s)
            return;
        if (Error error = s->recordUse(QStringLiteral("print"),
                                       {{QStringLiteral("what"), QStringLiteral("recovery_sheet")},
                                        {QStringLiteral("format"), format}});
            error.isError())
            prompt::warning(this, tr("未能记入审计记录"),
                            tr("恢复单已打印，但打印未能记入审计记录：%1").arg(errorText(error)));
    }

    FirstRunWizard* m_wizard;
};

// One's own organs, so that the first document is issued by them and not refused for a missing
// organ: the Party group and the stationed body, each optional (设置 → 发文和收文机构 later).
class WizardOrgansPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardOrgansPage(FirstRunWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("本单位的机构"));
        setSubTitle(
            tr("文书以这些机构的名义印发。可以现在填写，也可以以后在“设置 → 发文和收文机构”中登记。"));
        auto line = [](const QString& objectName, const QString& placeholder) {
            auto* edit = new QLineEdit;
            edit->setObjectName(objectName);
            edit->setPlaceholderText(placeholder);
            edit->setMaxLength(100);
            return edit;
        };
        m_groupName = line(QStringLiteral("wizardPartyGroup"), tr("如：中共某某市财政局党组"));
        m_groupPrefix = line(QStringLiteral("wizardPartyGroupPrefix"), tr("如：财党"));
        m_stationedName =
            line(QStringLiteral("wizardStationedBody"), tr("如：中共某某市纪委监委驻市财政局纪检监察组"));
        m_stationedPrefix = line(QStringLiteral("wizardStationedBodyPrefix"), tr("如：驻财纪"));
        m_error = new QLabel;
        m_error->setObjectName(QStringLiteral("wizardOrgansError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #c62828"));
        auto* form = new QFormLayout;
        form->addRow(tr("驻在单位党组全称："), m_groupName);
        form->addRow(tr("党组发文字号前缀："), m_groupPrefix);
        form->addRow(tr("派驻机构全称："), m_stationedName);
        form->addRow(tr("派驻机构发文字号前缀："), m_stationedPrefix);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addStretch();
    }

    // Registers what was filled in; a refusal stays on the page with the reason.
    bool validatePage() override
    {
        Session* session = m_wizard->session();
        if (!session)
            return true;
        const struct
        {
            const char* kind;
            QLineEdit* name;
            QLineEdit* prefix;
        } organs[] = {{"party_group", m_groupName, m_groupPrefix},
                      {"stationed_body", m_stationedName, m_stationedPrefix}};
        for (const auto& o : organs) {
            if (o.name->text().trimmed().isEmpty() || o.name->isReadOnly())
                continue;
            Organization organ;
            organ.kind = QLatin1String(o.kind);
            organ.name = o.name->text().trimmed();
            organ.docPrefix = o.prefix->text().trimmed();
            organ.isDefault = true;
            Result<Organization> added = session->addOrganization(organ);
            if (!added.ok()) {
                m_error->setText(errorText(added.error()));
                return false;
            }
            // Registered: not again if a later one is refused and Finish is pressed once more.
            o.name->setReadOnly(true);
            o.prefix->setReadOnly(true);
        }
        return true;
    }

private:
    FirstRunWizard* m_wizard;
    QLineEdit* m_groupName;
    QLineEdit* m_groupPrefix;
    QLineEdit* m_stationedName;
    QLineEdit* m_stationedPrefix;
    QLabel* m_error;
};

} // namespace

FirstRunWizard::FirstRunWizard(const QString& suggestedPath, KdfProfile profile, QWidget* parent)
    : QWizard(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("欢迎使用 CaseTrack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_path = new QLineEdit(suggestedPath);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("数据库文件"));
    m_admin = new QLineEdit;
    m_admin->setObjectName(QStringLiteral("adminName"));
    m_admin->setAccessibleName(tr("管理员姓名"));
    m_password = new PasswordField;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("密码"));
    m_repeat = new PasswordField;
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_repeat->setAccessibleName(tr("再次输入密码"));
    m_keyView = new QPlainTextEdit;
    m_keyView->setObjectName(QStringLiteral("recoveryKey"));
    m_keyView->setReadOnly(true);
    m_keyView->setAccessibleName(tr("恢复密钥"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_keyView->setFont(mono);
    // Groups of eight separated by spaces, four a line: wide enough for a line, and should the
    // page still be narrower, a break only ever falls between two groups.
    m_keyView->setWordWrapMode(QTextOption::WordWrap);
    m_keyView->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("DDDDDDDD ").repeated(4)) +
                               2 * m_keyView->frameWidth() +
                               2 * int(m_keyView->document()->documentMargin()) + 4);
    m_keyView->setMinimumHeight(QFontMetrics(mono).lineSpacing() * 3 + 2 * m_keyView->frameWidth() +
                                2 * int(m_keyView->document()->documentMargin()));

    setPage(LocationPage, new WizardLocationPage(m_path, this));
    auto* adminPage = new WizardAdminPage(this);
    // The database is made here: there is no going back to make it again.
    adminPage->setCommitPage(true);
    setPage(AdminPage, adminPage);
    setPage(RecoveryPage, new WizardRecoveryPage(this, m_keyView));
    setPage(OrgansPage, new WizardOrgansPage(this));
    // Our own texts: Qt's come from qtbase translations, which are not always installed.
    setButtonText(QWizard::NextButton, tr("下一步 >"));
    setButtonText(QWizard::BackButton, tr("< 上一步"));
    setButtonText(QWizard::FinishButton, tr("完成"));
    setButtonText(QWizard::CommitButton, tr("创建数据库 >"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommit"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancel"));
}

FirstRunWizard::~FirstRunWizard()
{
    wipe(m_recoveryKey); // the database key itself, in our copy and every copy sharing it
}

std::unique_ptr<Session> FirstRunWizard::takeSession()
{
    return std::move(m_session);
}

QString FirstRunWizard::databasePath() const
{
    return QDir::cleanPath(m_path->text().trimmed());
}

bool FirstRunWizard::createDatabase(QString* message)
{
    QString key;
    auto created =
        Session::create(databasePath(), m_admin->text().trimmed(), m_password->text(), m_profile, &key);
    if (!created.ok()) {
        *message = errorText(created.error());
        return false;
    }
    m_session = created.take();
    m_recoveryKey = key;
    m_keyView->setPlainText(RecoverySheet::keyLines(key).join(QLatin1Char('\n')));
    // The passwords are no longer needed by the UI; do not keep them in widgets.
    m_password->wipe();
    m_repeat->wipe();
    m_path->setReadOnly(true);
    return true;
}

} // namespace casetrack

#include "FirstRunWizard.moc"
