#include "case/MaterialsPanel.h"

#include "case/AttachMaterialDialog.h"
#include "case/MaterialExportDialog.h"
#include "case/RemoveMaterialDialog.h"
#include "common/DisplayDate.h"
#include "common/ErrorText.h"
#include "services/Session.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace casetrack {

namespace {

enum Column
{
    Type,
    Date,
    Description,
    File,
    Size,
    AddedBy,
    ColumnCount
};

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MaterialsPanel::MaterialsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("materialsPanel"));
    // Copies a crashed run left behind go now, at the latest (docs/security.md).
    MaterialTempFiles::removeStale();
    m_viewer = [](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("materials"));
    m_table->setAccessibleName(tr("案件材料"));
    m_table->setHorizontalHeaderLabels(
        {tr("类型"), tr("日期"), tr("说明"), tr("文件"), tr("大小"), tr("添加人")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("materialsStatus"));
    m_status->setWordWrap(true);
    m_add = new QPushButton(tr("添加…"));
    m_add->setObjectName(QStringLiteral("materialAdd"));
    m_add->setToolTip(
        tr("添加文件，或把文件拖到案件页面上（每份不超过 %1 MiB）").arg(kMaxMaterialBytes / (1024 * 1024)));
    m_open = new QPushButton(tr("打开"));
    m_open->setObjectName(QStringLiteral("materialOpen"));
    m_open->setToolTip(tr("用系统的查看程序打开（临时副本只有本账户可读，锁定或退出时删除）"));
    m_export = new QPushButton(tr("导出…"));
    m_export->setObjectName(QStringLiteral("materialExportButton"));
    m_remove = new QPushButton(tr("移除…"));
    m_remove->setObjectName(QStringLiteral("materialRemoveButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openAttachDialog(); });
    // openSelected() shows its own error in the status line; the result is for tests.
    connect(m_open, &QPushButton::clicked, this, [this] { (void)openSelected(); });
    connect(m_export, &QPushButton::clicked, this, [this] { openExportDialog(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { openRemoveDialog(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MaterialsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { (void)openSelected(); });
    updateButtons();
}

void MaterialsPanel::showCase(const QString& caseId)
{
    if (caseId != m_caseId)
        m_temp.removeAll(); // another case: the copies of this one are not needed any more
    m_caseId = caseId;
    reload();
}

void MaterialsPanel::reload()
{
    m_table->setRowCount(0);
    m_materials.clear();
    m_status->clear();
    Result<QList<CaseMaterial>> list = m_session.caseMaterials(m_caseId);
    if (!list.ok()) {
        m_status->setText(errorText(list.error()));
        updateButtons();
        return;
    }
    m_materials = list.value();
    m_table->setRowCount(m_materials.size());
    for (int row = 0; row < m_materials.size(); ++row) {
        const CaseMaterial& m = m_materials.at(row);
        const QStringList cells{materialTypeName(m.type),
                                displayDate(m.date),
                                m.description,
                                m.fileName,
                                QLocale().formattedDataSize(m.size),
                                m.addedBy};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_materials.isEmpty())
        m_status->setText(tr("尚无材料。可点“添加…”，或把文件拖到本页面上。"));
    updateButtons();
}

void MaterialsPanel::acceptDropsOn(QWidget* target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool MaterialsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (!localFiles(drag->mimeData()).isEmpty() && m_session.mayDo(Action::AttachMaterial) &&
            !m_caseId.isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty() && m_session.mayDo(Action::AttachMaterial) && !m_caseId.isEmpty()) {
            drop->acceptProposedAction();
            openAttachDialog(files);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 MaterialsPanel::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_materials.size() && m_table->selectionModel()->hasSelection()
               ? m_materials.at(row).id
               : 0;
}

void MaterialsPanel::updateButtons()
{
    const bool selected = selectedId() > 0;
    m_add->setEnabled(m_session.mayDo(Action::AttachMaterial) && !m_caseId.isEmpty());
    m_open->setEnabled(selected);
    m_export->setEnabled(selected);
    m_remove->setEnabled(selected && m_session.mayDo(Action::RemoveMaterial));
    if (!m_session.mayDo(Action::RemoveMaterial))
        m_remove->setToolTip(tr("您的角色（%1）不能移除材料；由案件承办人员或管理员移除。")
                                 .arg(roleDisplayName(m_session.account().role)));
}

AttachMaterialDialog* MaterialsPanel::openAttachDialog(const QStringList& files)
{
    auto* dialog = new AttachMaterialDialog(m_session, m_caseId, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachMaterialDialog::attached, this, [this](const QString& id) {
        reload();
        emit materialsChanged(id);
    });
    dialog->open();
    return dialog;
}

MaterialExportDialog* MaterialsPanel::openExportDialog()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    auto* dialog = new MaterialExportDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaterialExportDialog::exported, this,
            [this](const QString& path) { m_status->setText(tr("已导出到 %1。").arg(path)); });
    dialog->open();
    return dialog;
}

RemoveMaterialDialog* MaterialsPanel::openRemoveDialog()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    auto* dialog = new RemoveMaterialDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoveMaterialDialog::removed, this, [this] {
        reload();
        emit materialsChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

Error MaterialsPanel::openSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return Error::ok();
    const CaseMaterial& m = m_materials.at(m_table->currentRow());
    // Recorded as a view (in openMaterial) before the copy is written.
    Result<QByteArray> content = m_session.openMaterial(id);
    Error error = content.error();
    if (content.ok()) {
        Result<QString> path = m_temp.write(id, m.fileName, content.value());
        error = path.error();
        if (path.ok() && !m_viewer(path.value()))
            error = Error::make(
                ErrorCode::Unavailable,
                tr("系统中没有能打开 %1 的查看程序。可用“导出…”保存后用其他程序查看。").arg(m.fileName));
    }
    m_status->setText(error.isError() ? errorText(error) : QString());
    return error;
}

} // namespace casetrack
