#include "deadlines/DeadlinesPage.h"

#include "deadlines/DeadlinesModel.h"
#include "documents/DocumentActions.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace casetrack {

DeadlinesPage::DeadlinesPage(CaseIndex* index, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlinesPage"));
    m_model = new DeadlinesModel(index, this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("deadlineTree"));
    m_view->setAccessibleName(tr("期限列表"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    auto expand = [this] {
        m_view->expand(m_model->index(DeadlinesModel::OverdueGroup, 0));
        m_view->expand(m_model->index(DeadlinesModel::DueSoonGroup, 0));
        // "Later" can be long; it stays folded until asked for.
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, expand);
    expand();
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(DeadlinesModel::CaseIdRole).toString();
        if (!id.isEmpty())
            emit openCaseRequested(id);
    });

    auto* title = new QLabel(tr("所有未完成的期限。双击打开案件；鼠标停在一行上可看到到期日的计算说明。"));
    title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    addExportButton(layout, index, ExportDialog::List::Deadlines, nullptr, this);
    m_summary->hide();
}

void DeadlinesPage::setSummary(const QString& text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

} // namespace casetrack
