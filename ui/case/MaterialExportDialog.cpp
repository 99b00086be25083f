#include "case/MaterialExportDialog.h"

#include "common/ErrorText.h"
#include "common/ExportFolder.h"
#include "common/RecentValues.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

MaterialExportDialog::MaterialExportDialog(Session& session, qint64 materialId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(materialId)
{
    setObjectName(QStringLiteral("materialExportDialog"));
    setWindowTitle(tr("导出案件材料"));
    const Result<CaseMaterial> material = session.material(materialId);
    const QString fileName = material.ok() ? material->fileName : QString();
    m_path = new QLineEdit(QDir(defaultExportFolder()).filePath(fileName));
    m_path->setObjectName(QStringLiteral("materialExportPath"));
    m_path->setAccessibleName(tr("导出到"));
    auto* browse = new QPushButton(tr("浏览…"));
    browse->setObjectName(QStringLiteral("materialExportBrowse"));
    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("materialExportPurpose"));
    m_purpose->setAccessibleName(tr("用途"));
    m_purpose->setPlaceholderText(tr("必填，如：报送备案"));
    m_purpose->setMaxLength(200);
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("materialExportRecipient"));
    m_recipient->setAccessibleName(tr("接收方"));
    m_recipient->setPlaceholderText(tr("必填，如：派出机构案件审理室"));
    m_recipient->setMaxLength(200);
    // What this user gave before is offered again (issue 11); both fields stay required.
    const RecentUses recent = m_session.recentUses();
    offerRecentValues(m_purpose, recent.purposes);
    offerRecentValues(m_recipient, recent.recipients);
    m_status = new QLabel(material.ok() ? QString() : errorText(material.error()));
    m_status->setObjectName(QStringLiteral("materialExportStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("材料："),
                 new QLabel(material.ok() ? tr("%1（%2）").arg(fileName, materialTypeName(material->type))
                                          : QString()));
    form->addRow(tr("导出到："), pathRow);
    form->addRow(tr("用途："), m_purpose);
    form->addRow(tr("接收方："), m_recipient);
    auto* note = new QLabel(tr("导出前记入审计记录（用途和接收方）；导出的文件只有本账户可读。"));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("导出"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("materialExport"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_path, m_purpose, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &MaterialExportDialog::update);
    connect(browse, &QPushButton::clicked, this, &MaterialExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaterialExportDialog::exportMaterial);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

bool MaterialExportDialog::canExport() const
{
    return !m_path->text().trimmed().isEmpty() && !m_purpose->text().trimmed().isEmpty() &&
           !m_recipient->text().trimmed().isEmpty();
}

void MaterialExportDialog::update()
{
    m_export->setEnabled(canExport());
}

QString MaterialExportDialog::statusText() const
{
    return m_status->text();
}

void MaterialExportDialog::browse()
{
    auto* dialog = new QFileDialog(this, windowTitle(), m_path->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(m_path->text());
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

void MaterialExportDialog::exportMaterial()
{
    if (!canExport())
        return;
    const QString path = m_path->text().trimmed();
    Error error = makeFolderFor(path);
    if (!error.isError())
        error = m_session.exportMaterial(m_id, path, m_purpose->text(), m_recipient->text());
    if (error.isError()) {
        m_status->setText(errorText(error));
        return;
    }
    emit exported(path);
    accept();
}

} // namespace casetrack
