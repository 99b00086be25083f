#include "deadlines/DeadlinesModel.h"

#include "cases/CaseIndex.h"
#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "util/DateText.h"

#include <QBrush>
#include <QFont>

namespace casetrack {

// Internal ids: 0 for a group row, group + 1 for the deadlines under it.
DeadlinesModel::DeadlinesModel(CaseIndex* index, QObject* parent) : QAbstractItemModel(parent), m_index(index)
{
    connect(index, &CaseIndex::reset, this, &DeadlinesModel::refresh);
    connect(index, &CaseIndex::caseChanged, this, &DeadlinesModel::refresh);
    refresh();
}

void DeadlinesModel::refresh()
{
    beginResetModel();
    m_today = m_index->asOf().isValid() ? m_index->asOf() : QDate::currentDate();
    for (auto& group : m_groups)
        group.clear();
    // Positions in the index's list, not copies: 50,000 entries are grouped in a few ms.
    const QList<DeadlineEntry>& all = m_index->deadlines();
    for (int i = 0; i < int(all.size()); ++i) {
        const DeadlineStatus status = all[i].status;
        if (status == DeadlineStatus::Overdue)
            m_groups[OverdueGroup].append(i);
        else if (status == DeadlineStatus::DueSoon)
            m_groups[DueSoonGroup].append(i);
        else
            m_groups[LaterGroup].append(i);
    }
    // Each group keeps the index's order: by due date, then case number (sorted once, off the UI
    // thread).
    endResetModel();
}

QModelIndex DeadlinesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DeadlinesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups[parent.row()].size());
    return 0;
}

int DeadlinesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DeadlinesModel::groupData(int group, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole) {
        const QColor c = deadlineStatusColor(group == OverdueGroup   ? DeadlineStatus::Overdue
                                             : group == DueSoonGroup ? DeadlineStatus::DueSoon
                                                                     : DeadlineStatus::Open);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role != Qt::DisplayRole || column != 0)
        return {};
    const int count = int(m_groups[group].size());
    switch (Group(group)) {
    case OverdueGroup:
        return tr("已超期（%1）").arg(count);
    case DueSoonGroup:
        return tr("即将到期（%1）").arg(count);
    case LaterGroup:
        return tr("以后到期（%1）").arg(count);
    case GroupCount:
        break;
    }
    return {};
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    const DeadlineEntry& d = m_index->deadlines().at(m_groups[index.internalId() - 1].at(index.row()));
    switch (role) {
    case CaseIdRole:
        return d.caseId;
    case StatusRole:
        return int(d.status);
    case Qt::ForegroundRole:
        if (index.column() == Due || index.column() == DaysLeft) {
            const QColor c = deadlineStatusColor(d.status);
            if (c.isValid())
                return QBrush(c);
        }
        return {};
    case Qt::ToolTipRole:
        return d.explainText();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Due:
            return displayDate(d.due);
        case DaysLeft:
            return daysLeftText(d.due, m_today, d.status);
        case Name:
            return d.name;
        case Number:
            return d.caseNumber;
        case Label:
            return localizeArticles(d.article.isEmpty() ? d.labelText()
                                                        : tr("%1（%2）").arg(d.labelText(), d.article));
        case Explain:
            return d.explainText();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Due:
        return tr("到期日");
    case DaysLeft:
        return tr("剩余");
    case Name:
        return tr("被审查调查人");
    case Number:
        return tr("案件编号");
    case Label:
        return tr("期限");
    case Explain:
        return tr("计算说明");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
