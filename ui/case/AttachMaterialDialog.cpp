#include "case/AttachMaterialDialog.h"

#include "common/DateField.h"
#include "common/ErrorText.h"
#include "common/Reopenable.h"
#include "services/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

AttachMaterialDialog::AttachMaterialDialog(Session& session, const QString& caseId, const QStringList& files,
                                           QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("attachMaterialDialog"));
    setWindowTitle(tr("添加案件材料"));
    m_fileList = new QLabel;
    m_fileList->setObjectName(QStringLiteral("materialFiles"));
    m_fileList->setWordWrap(true);
    m_fileList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("选择文件…"));
    choose->setObjectName(QStringLiteral("materialChooseFiles"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("materialType"));
    m_type->setAccessibleName(tr("材料类型"));
    for (const QString& id : materialTypeIds())
        m_type->addItem(materialTypeName(id), id);
    m_date =
        DateField::forPastDate(DateField::Need::Required, QStringLiteral("materialDate"), tr("材料日期"));
    m_date->setDate(QDate::currentDate());
    m_date->setToolTip(tr("材料形成、签发或收到的日期"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("materialDescription"));
    m_description->setAccessibleName(tr("说明"));
    m_description->setPlaceholderText(tr("如：张某处分决定书（盖章）"));
    m_description->setMaxLength(200);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("materialStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addWidget(choose, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->addRow(tr("文件："), filesRow);
    form->addRow(tr("类型："), m_type);
    form->addRow(tr("日期："), m_date);
    form->addRow(tr("说明："), m_description);
    auto* limit =
        new QLabel(tr("文件加密保存在数据库内；每份不超过 %1 MiB。").arg(kMaxMaterialBytes / (1024 * 1024)));
    limit->setObjectName(QStringLiteral("materialLimit"));
    limit->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    m_attach = buttons->addButton(tr("添加"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(QStringLiteral("materialAttach"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(limit);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &AttachMaterialDialog::chooseFiles);
    connect(m_date->lineEdit(), &QLineEdit::textChanged, this, &AttachMaterialDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttachMaterialDialog::attach);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setFiles(files);
}

void AttachMaterialDialog::setFiles(const QStringList& files)
{
    m_files = files;
    // The idle lock keeps this dialog with the files it was given (shell/KeptDialogs.h).
    markReopenable(this, {{QStringLiteral("kind"), QStringLiteral("attach_material")},
                          {QStringLiteral("case"), m_caseId},
                          {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
    QStringList lines;
    QStringList problems;
    for (const QString& path : files) {
        const QFileInfo info(path);
        lines.append(tr("%1（%2）").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        if (info.size() > kMaxMaterialBytes)
            problems.append(tr("%1 有 %2，超过每份 %3 MiB 的上限：请压缩、降低扫描分辨率或拆分后再添加。")
                                .arg(info.fileName(), QLocale().formattedDataSize(info.size()))
                                .arg(kMaxMaterialBytes / (1024 * 1024)));
    }
    m_fileList->setText(lines.isEmpty() ? tr("（尚未选择文件）") : lines.join(QLatin1Char('\n')));
    m_status->setText(problems.join(QLatin1Char('\n')));
    update();
}

void AttachMaterialDialog::chooseFiles()
{
    auto* dialog = new QFileDialog(this, tr("选择要添加的材料"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &AttachMaterialDialog::setFiles);
    dialog->open();
}

void AttachMaterialDialog::update()
{
    m_attach->setEnabled(!m_files.isEmpty() && m_date->isAcceptable() && !m_date->isEmpty() &&
                         m_status->text().isEmpty());
}

QString AttachMaterialDialog::statusText() const
{
    return m_status->text();
}

void AttachMaterialDialog::attach()
{
    if (!m_attach->isEnabled())
        return;
    QStringList failed;
    QStringList problems;
    for (const QString& path : std::as_const(m_files)) {
        QFile file(path);
        Error error;
        if (!file.open(QIODevice::ReadOnly)) {
            error = Error::make(ErrorCode::Invalid,
                                tr("无法读取文件 %1。请检查文件是否存在、是否有权读取。").arg(path));
        } else if (file.size() > kMaxMaterialBytes) {
            error = Error::make(ErrorCode::Invalid, tr("%1 超过每份 %2 MiB 的上限。")
                                                        .arg(QFileInfo(path).fileName())
                                                        .arg(kMaxMaterialBytes / (1024 * 1024)));
        } else {
            const Session::MaterialInput input{m_type->currentData().toString(), m_date->date(),
                                               m_description->text(), QFileInfo(path).fileName(),
                                               file.readAll()};
            error = m_session.attachMaterial(m_caseId, input).error();
        }
        if (error.isError()) {
            failed.append(path);
            problems.append(errorText(error));
        }
    }
    if (failed.size() < m_files.size())
        emit attached(m_caseId);
    if (failed.isEmpty()) {
        accept();
        return;
    }
    // Only what failed stays, with why: attaching again does not duplicate the others.
    m_files = failed;
    setFiles(failed);
    m_status->setText(problems.join(QLatin1Char('\n')));
    update();
}

} // namespace casetrack
