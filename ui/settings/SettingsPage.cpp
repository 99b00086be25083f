#include "settings/SettingsPage.h"

#include "common/ErrorText.h"
#include "common/LongChange.h"
#include "common/UiSettings.h"
#include "documents/DocumentActions.h"
#include "services/IdleLockPolicy.h"
#include "services/Session.h"
#include "settings/OrganizationsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casetrack {

SettingsPage::SettingsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    // At most the administrator's limit for everyone, and never "never" (issue 9).
    m_idle->setRange(IdleLockPolicy::kMinMinutes, IdleLockPolicy::kMaxMinutes);
    m_idle->setSuffix(tr(" 分钟"));
    m_idle->setAccessibleName(tr("无操作自动锁定时间"));
    m_idleMax = new QSpinBox;
    m_idleMax->setObjectName(QStringLiteral("idleLockMaxMinutes"));
    m_idleMax->setRange(IdleLockPolicy::kMinMinutes, IdleLockPolicy::kMaxMinutes);
    m_idleMax->setSuffix(tr(" 分钟"));
    m_idleMax->setAccessibleName(tr("全体用户的自动锁定时间上限"));
    connect(m_idleMax, &QSpinBox::valueChanged, m_idle, &QSpinBox::setMaximum);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("界面语言"));
    m_language->addItem(tr("跟随系统"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_warning = new QSpinBox;
    m_warning->setObjectName(QStringLiteral("warningDays"));
    m_warning->setRange(1, 90);
    m_warning->setSuffix(tr(" 天"));
    m_warning->setAccessibleName(tr("期限提醒提前天数"));
    m_strict = new QCheckBox(tr("严格计算：期限最后一天为节假日时不顺延"));
    m_strict->setObjectName(QStringLiteral("strictCounting"));

    auto* local = new QGroupBox(tr("本机设置"));
    auto* localForm = new QFormLayout(local);
    localForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    localForm->addRow(tr("无操作自动锁定："), m_idle);
    localForm->addRow(tr("界面语言（重新启动后生效）："), m_language);
    auto* shared = new QGroupBox(tr("数据库设置（所有用户共用，修改记入审计）"));
    auto* sharedForm = new QFormLayout(shared);
    sharedForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    sharedForm->addRow(tr("自动锁定上限（每位用户可设得更短）："), m_idleMax);
    sharedForm->addRow(tr("到期前提醒："), m_warning);
    sharedForm->addRow(QString(), m_strict);
    auto* explain = new QLabel(tr("默认按《民法典》第二百零一条至第二百零三条的方法计算期限：开始当日不计入，"
                                  "最后一日为法定节假日或休息日的，顺延至其后第一个工作日。"));
    explain->setWordWrap(true);
    sharedForm->addRow(explain);
    sharedForm->addRow(tr("文书："), makeDocumentSettingsButton(session, this));
    const bool mayChange = session.mayDo(Action::ChangeSettings);
    shared->setEnabled(mayChange);

    auto* saveButton = new QPushButton(tr("保存设置"));
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(local);
    layout->addWidget(shared);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(new OrganizationsPanel(session), 1);
    load();
}

void SettingsPage::load()
{
    const IdleLockPolicy policy = m_session.idleLockPolicy();
    m_idleMax->setValue(policy.maxMinutes);
    m_idle->setMaximum(policy.maxMinutes);
    m_idle->setValue(policy.effectiveMinutes(UiSettings::idleLockMinutes()));
    m_language->setCurrentIndex(qMax(0, m_language->findData(UiSettings::language())));
    const EngineSettings engine = m_session.engineSettings();
    m_warning->setValue(engine.warningDays);
    m_strict->setChecked(engine.strictCounting);
}

void SettingsPage::save()
{
    IdleLockPolicy policy = m_session.idleLockPolicy();
    if (m_session.mayDo(Action::ChangeSettings) && policy.maxMinutes != m_idleMax->value()) {
        if (const Error error = m_session.setIdleLockMaxMinutes(m_idleMax->value()); error.isError()) {
            m_status->setText(errorText(error));
            return;
        }
        policy = m_session.idleLockPolicy();
    }
    UiSettings::setIdleLockMinutes(m_idle->value());
    emit idleMinutesChanged(policy.effectiveMinutes(m_idle->value()));
    UiSettings::setLanguage(m_language->currentData().toString());
    EngineSettings engine = m_session.engineSettings();
    if (m_session.mayDo(Action::ChangeSettings) &&
        (engine.warningDays != m_warning->value() || engine.strictCounting != m_strict->isChecked())) {
        engine.warningDays = m_warning->value();
        engine.strictCounting = m_strict->isChecked();
        const Error error = LongChange::run(m_session, this, tr("正在按新的设置重新计算每个案件的期限…"),
                                            [&] { return m_session.setEngineSettings(engine); });
        if (error.isError()) {
            m_status->setText(errorText(error));
            return;
        }
        emit engineSettingsChanged();
    }
    m_status->setText(tr("设置已保存。"));
}

} // namespace casetrack
