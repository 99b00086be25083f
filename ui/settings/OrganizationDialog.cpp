#include "settings/OrganizationDialog.h"

#include "common/BodyNames.h"
#include "common/ErrorText.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

OrganizationDialog::OrganizationDialog(Session& session, const Organization& existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(existing)
{
    const bool adding = existing.id.isEmpty();
    setObjectName(QStringLiteral("organizationDialog"));
    setWindowTitle(adding ? tr("添加机构") : tr("编辑机构"));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("organizationKind"));
    m_kind->setAccessibleName(tr("机构类别"));
    for (const QString& kind : Organization::kinds())
        m_kind->addItem(bodyDisplayName(kind), kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(existing.kind)));
    m_kind->setEnabled(adding); // an organ keeps its kind: cases name it as that body
    auto line = [](const QString& objectName, const QString& accessible, const QString& text,
                   const QString& placeholder) {
        auto* edit = new QLineEdit(text);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(100);
        return edit;
    };
    m_name = line(QStringLiteral("organizationName"), tr("机构全称"), existing.name,
                  tr("如：中共某某市财政局党组"));
    m_shortName = line(QStringLiteral("organizationShortName"), tr("发文机关标志"), existing.shortName,
                       tr("如：市财政局党组（可不填，用全称）"));
    m_prefix = line(QStringLiteral("organizationPrefix"), tr("发文字号前缀"), existing.docPrefix,
                    tr("如：财党，文号为 财党〔2026〕3号"));
    m_printingOffice = line(QStringLiteral("organizationPrintingOffice"), tr("印发机关"),
                            existing.printingOffice, tr("可不填"));
    m_default = new QCheckBox(tr("作为此类别的默认机构（未指定机构的案件使用它）"));
    m_default->setObjectName(QStringLiteral("organizationDefault"));
    m_default->setChecked(existing.isDefault);
    // A default is replaced by making another one the default, never simply switched off.
    m_default->setEnabled(!existing.isDefault);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("organizationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* form = new QFormLayout;
    form->addRow(tr("类别："), m_kind);
    form->addRow(tr("全称（必填）："), m_name);
    form->addRow(tr("发文机关标志："), m_shortName);
    form->addRow(tr("发文字号前缀："), m_prefix);
    form->addRow(tr("印发机关："), m_printingOffice);
    form->addRow(QString(), m_default);

    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("organizationSave"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &OrganizationDialog::update);
    connect(m_save, &QPushButton::clicked, this, &OrganizationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_name->setFocus();
}

Organization OrganizationDialog::organization() const
{
    Organization o = m_existing;
    o.kind = m_kind->currentData().toString();
    o.name = m_name->text().trimmed();
    o.shortName = m_shortName->text().trimmed();
    o.docPrefix = m_prefix->text().trimmed();
    o.printingOffice = m_printingOffice->text().trimmed();
    o.isDefault = m_default->isChecked();
    return o;
}

void OrganizationDialog::update()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
}

void OrganizationDialog::save()
{
    const Organization o = organization();
    const Error error =
        o.id.isEmpty() ? m_session.addOrganization(o).error() : m_session.updateOrganization(o);
    if (error.isError()) {
        m_error->setText(errorText(error));
        return;
    }
    emit saved();
    accept();
}

} // namespace casetrack
