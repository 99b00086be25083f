#include "case/RemoveMaterialDialog.h"

#include "common/ErrorText.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

RemoveMaterialDialog::RemoveMaterialDialog(Session& session, qint64 materialId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(materialId)
{
    setObjectName(QStringLiteral("removeMaterialDialog"));
    setWindowTitle(tr("移除案件材料"));
    const Result<CaseMaterial> material = session.material(materialId);
    auto* what = new QLabel(
        material.ok() ? tr("移除“%1”（%2）？").arg(material->fileName, materialTypeName(material->type))
                      : errorText(material.error()));
    what->setWordWrap(true);
    auto* note = new QLabel(tr("移除后材料不再列出，也不能打开或导出；移除本身连同理由记入审计记录，"
                               "文件仍保存在数据库中，不会被删除。"));
    note->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("materialRemoveReason"));
    m_reason->setAccessibleName(tr("移除理由"));
    m_reason->setPlaceholderText(tr("必填，如：误传了其他案件的文件"));
    m_reason->setMaxLength(200);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("materialRemoveStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* form = new QFormLayout;
    form->addRow(tr("理由："), m_reason);
    auto* buttons = new QDialogButtonBox;
    m_remove = buttons->addButton(tr("移除"), QDialogButtonBox::AcceptRole);
    m_remove->setObjectName(QStringLiteral("materialRemove"));
    m_remove->setEnabled(false);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_remove->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoveMaterialDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RemoveMaterialDialog::statusText() const
{
    return m_status->text();
}

void RemoveMaterialDialog::remove()
{
    if (!m_remove->isEnabled())
        return;
    if (Error error = m_session.removeMaterial(m_id, m_reason->text()); error.isError()) {
        m_status->setText(errorText(error));
        return;
    }
    emit removed(m_id);
    accept();
}

} // namespace casetrack
