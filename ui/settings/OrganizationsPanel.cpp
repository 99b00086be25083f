#include "settings/OrganizationsPanel.h"

#include "common/BodyNames.h"
#include "common/ErrorText.h"
#include "services/Session.h"
#include "settings/OrganizationDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casetrack {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

OrganizationsPanel::OrganizationsPanel(Session& session, QWidget* parent)
    : QGroupBox(tr("发文和收文机构（修改记入审计）"), parent), m_session(session)
{
    setObjectName(QStringLiteral("organizationsPanel"));
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("organizations"));
    m_table->setHorizontalHeaderLabels(
        {tr("类别"), tr("全称"), tr("发文机关标志"), tr("发文字号前缀"), tr("印发机关"), tr("默认")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    auto* add = new QPushButton(tr("添加机构…"));
    add->setObjectName(QStringLiteral("addOrganization"));
    m_edit = new QPushButton(tr("编辑…"));
    m_edit->setObjectName(QStringLiteral("editOrganization"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("organizationsStatus"));
    m_status->setWordWrap(true);
    auto* explain = new QLabel(tr("案件可以为各类机构指定其中之一；未指定的，文书使用该类别的默认机构。"
                                  "文书需要的机构尚未登记时，不能打印。"));
    explain->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    const bool mayChange = session.mayDo(Action::ChangeSettings);
    add->setEnabled(mayChange);
    if (!mayChange) {
        const QString why = tr("只有可以修改数据库设置的角色（管理员）能登记和编辑机构。");
        add->setToolTip(why);
        m_edit->setToolTip(why);
    }
    connect(add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, mayChange] { m_edit->setEnabled(mayChange && !m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, mayChange] {
        if (mayChange)
            openEditDialog();
    });
    m_edit->setEnabled(false);
    reload();
}

void OrganizationsPanel::reload()
{
    const Result<QList<Organization>> organs = m_session.organizations();
    m_table->setRowCount(0);
    if (!organs.ok()) {
        m_status->setText(errorText(organs.error()));
        return;
    }
    m_status->setText(organs->isEmpty() ? tr("尚未登记机构：文书需要的机构须先在此登记。") : QString());
    for (const Organization& o : organs.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{bodyDisplayName(o.kind),
                                o.name,
                                o.shortName,
                                o.docPrefix,
                                o.printingOffice,
                                o.isDefault ? tr("默认") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(kIdRole, o.id);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

OrganizationDialog* OrganizationsPanel::openAddDialog()
{
    Organization fresh;
    fresh.kind = QStringLiteral("party_group");
    auto* dialog = new OrganizationDialog(m_session, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationDialog::saved, this, [this] {
        reload();
        m_status->setText(tr("已登记机构。"));
    });
    dialog->open();
    return dialog;
}

OrganizationDialog* OrganizationsPanel::openEditDialog()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const QString id = selected.first()->data(kIdRole).toString();
    const Result<QList<Organization>> organs = m_session.organizations();
    if (!organs.ok())
        return nullptr;
    for (const Organization& o : organs.value()) {
        if (o.id != id)
            continue;
        auto* dialog = new OrganizationDialog(m_session, o, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OrganizationDialog::saved, this, [this] {
            reload();
            m_status->setText(tr("已保存机构。"));
        });
        dialog->open();
        return dialog;
    }
    return nullptr;
}

} // namespace casetrack
