#include "documents/DocumentSettingsDialog.h"

#include "common/ErrorText.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casetrack {

namespace {

// The bodies that sign documents (DocumentSettings::bodyName's ids) and their JSON keys.
struct Body
{
    const char* key;
    const char* bodyId; // nullptr: a name that never signs
    const char* label;
};

const Body kBodies[] = {
    {"party_group", "party_group", QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "党组")},
    {"unit", nullptr, QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "驻在单位")},
    {"stationed_body", "stationed_body", QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "派驻机构")},
    {"dispatched_body", "dispatched_body",
     QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "派出机构")},
    {"dispatching_organ", "dispatching_organ",
     QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "派出机关")},
    {"grassroots_commission", "grassroots_commission",
     QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "基层纪委")},
    {"grassroots_committee", "grassroots_committee",
     QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "基层党委")},
    {"local_commission", "local_commission",
     QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "地方纪委")},
    {"local_party_org", nullptr, QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "地方党组织")},
    {"org_department", "org_department", QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "组织部门")},
    {"printing_office", nullptr, QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "印发机关")},
    {"masthead", nullptr, QT_TRANSLATE_NOOP("casetrack::DocumentSettingsDialog", "发文机关标志")},
};

} // namespace

DocumentSettingsDialog::DocumentSettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("documentSettingsDialog"));
    setWindowTitle(tr("文书设置"));
    const bool mayChange = session.mayDo(Action::ChangeSettings);

    auto* bodies = new QWidget;
    auto* grid = new QGridLayout(bodies);
    grid->addWidget(new QLabel(tr("名称")), 0, 1);
    grid->addWidget(new QLabel(tr("署名（留空则以名称署名）")), 0, 2);
    int row = 1;
    for (const Body& b : kBodies) {
        const QString label = tr(b.label);
        auto* name = new QLineEdit;
        name->setObjectName(QStringLiteral("docSetting_") + QLatin1String(b.key));
        name->setAccessibleName(label);
        m_names.insert(QLatin1String(b.key), name);
        grid->addWidget(new QLabel(label + tr("：")), row, 0);
        grid->addWidget(name, row, 1);
        if (b.bodyId) {
            auto* sig = new QLineEdit;
            sig->setObjectName(QStringLiteral("docSignature_") + QLatin1String(b.bodyId));
            sig->setAccessibleName(tr("%1署名").arg(label));
            m_signatures.insert(QLatin1String(b.bodyId), sig);
            grid->addWidget(sig, row, 2);
        }
        ++row;
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    m_names.value(QStringLiteral("masthead"))->setPlaceholderText(tr("留空则不印版头"));

    auto* number = new QLineEdit;
    number->setObjectName(QStringLiteral("docSetting_number_pattern"));
    number->setAccessibleName(tr("发文字号格式"));
    m_names.insert(QStringLiteral("number_pattern"), number);
    m_templates = new QLineEdit;
    m_templates->setObjectName(QStringLiteral("docSetting_template_directory"));
    m_templates->setAccessibleName(tr("模板文件夹"));
    m_templates->setPlaceholderText(tr("留空则用内置模板"));
    m_names.insert(QStringLiteral("template_directory"), m_templates);
    auto* browse = new QPushButton(tr("选择…"));
    browse->setObjectName(QStringLiteral("docTemplateBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("模板文件夹"), m_templates->text());
        if (!dir.isEmpty())
            m_templates->setText(dir);
    });
    grid->addWidget(new QLabel(tr("发文字号：")), row, 0);
    grid->addWidget(number, row, 1);
    auto* numberHelp = new QLabel(tr("{year} 为年份，{seq} 为序号，如 某党组〔{year}〕{seq}号"));
    numberHelp->setWordWrap(true);
    grid->addWidget(numberHelp, row++, 2);
    auto* templatesRow = new QHBoxLayout;
    templatesRow->addWidget(m_templates, 1);
    templatesRow->addWidget(browse);
    grid->addWidget(new QLabel(tr("模板文件夹：")), row, 0);
    grid->addLayout(templatesRow, row++, 1, 1, 2);
    auto* templatesHelp = new QLabel(tr("文件夹中的“文书代号.tpl”（如 decision.tpl）替换内置模板。"));
    templatesHelp->setWordWrap(true);
    grid->addWidget(templatesHelp, row++, 1, 1, 2);
    bodies->setEnabled(mayChange);

    auto* scroll = new QScrollArea;
    scroll->setWidget(bodies);
    scroll->setWidgetResizable(true);
    m_status =
        new QLabel(mayChange ? tr("所有用户共用，修改记入审计。") : tr("只有管理员可以修改文书设置。"));
    m_status->setObjectName(QStringLiteral("docSettingsStatus"));
    m_status->setWordWrap(true);
    // Own texts: the standard buttons stay English where Qt's own translations are missing.
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("docSettingsSave"));
    m_save->setEnabled(mayChange);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 640);

    Result<DocumentSettings> stored =
        DocumentSettings::fromJson(session.setting(QStringLiteral("documents")));
    if (!stored.ok())
        m_status->setText(errorText(stored.error()));
    load(stored.ok() ? stored.value() : DocumentSettings::defaults());
}

void DocumentSettingsDialog::load(const DocumentSettings& settings)
{
    const QJsonObject json = settings.toJson();
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        it.value()->setText(json.value(it.key()).toString());
    for (auto it = m_signatures.cbegin(); it != m_signatures.cend(); ++it) {
        it.value()->setText(settings.signatures.value(it.key()));
        it.value()->setPlaceholderText(settings.bodyName(it.key()));
    }
}

DocumentSettings DocumentSettingsDialog::edited() const
{
    // Through JSON, so the one list of keys lives in DocumentSettings.
    QJsonObject json;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        json.insert(it.key(), it.value()->text().trimmed());
    QJsonObject signatures;
    for (auto it = m_signatures.cbegin(); it != m_signatures.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            signatures.insert(it.key(), it.value()->text().trimmed());
    json.insert(QStringLiteral("signatures"), signatures);
    Result<DocumentSettings> parsed = DocumentSettings::fromJson(json);
    return parsed.ok() ? parsed.take() : DocumentSettings::defaults();
}

bool DocumentSettingsDialog::save()
{
    if (const Error error = m_session.setSetting(QStringLiteral("documents"), edited().toJson());
        error.isError()) {
        m_status->setText(errorText(error));
        return false;
    }
    m_status->setText(tr("文书设置已保存。"));
    return true;
}

} // namespace casetrack
