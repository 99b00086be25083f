#include "cases/CaseListModel.h"

#include "cases/CaseIndex.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "procedure/CaseState.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QBrush>

namespace casetrack {

CaseListModel::CaseListModel(CaseIndex* index, QObject* parent) : QAbstractTableModel(parent), m_index(index)
{
    m_count = int(index->cases().size());
    // A reload arrives as one new set of rows, or, for the same cases, as one refresh of every row.
    connect(index, &CaseIndex::rowsReset, this, [this] {
        beginResetModel();
        m_count = int(m_index->cases().size());
        endResetModel();
    });
    connect(index, &CaseIndex::rowsReplaced, this, [this] {
        if (m_count > 0)
            emit dataChanged(this->index(0, 0), this->index(m_count - 1, ColumnCount - 1));
    });
    connect(index, &CaseIndex::caseChanged, this, &CaseListModel::onCaseChanged);
}

void CaseListModel::onCaseChanged(int row)
{
    if (row >= m_count) {
        beginInsertRows({}, m_count, row);
        m_count = row + 1;
        endInsertRows();
    } else {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const CaseSummary& CaseListModel::summary(int row) const
{
    return m_index->cases().at(row);
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& c = m_index->cases().at(index.row());
    switch (role) {
    case CaseIdRole:
        return c.id;
    case SearchKeyRole:
        return c.searchKey;
    case StageIdRole:
        return c.stage;
    case TrackIdRole:
        return c.track;
    case YearRole:
        return c.year;
    case DeadlineStatusRole:
        return c.hasDeadline ? int(c.nearestStatus) : -1;
    case Qt::ToolTipRole:
        if (index.column() == Deadline && c.hasDeadline)
            return deadlineStatusName(c.nearestStatus);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Deadline && c.hasDeadline) {
            const QColor color = deadlineStatusColor(c.nearestStatus);
            if (color.isValid())
                return QBrush(color);
        }
        return {};
    case SortRole:
        if (index.column() == Deadline)
            return c.hasDeadline ? c.nearestDue : QDate(9999, 12, 31); // no deadline sorts last
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return c.number;
        case Name:
            return c.name;
        case Unit:
            return c.unit;
        case Track:
            return trackName(c.track);
        case Stage:
            return stageDisplayName(c.stage);
        case NextStep:
            return c.closed ? tr("（已结案）") : stepName(c.nextStep);
        case Deadline:
            return c.hasDeadline ? displayDate(c.nearestDue) : QString();
        case Sanction:
            return c.sanction.isEmpty() ? QString() : sanctionDisplayName(c.sanction);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("案件编号");
    case Name:
        return tr("被审查调查人");
    case Unit:
        return tr("单位");
    case Track:
        return tr("程序");
    case Stage:
        return tr("阶段");
    case NextStep:
        return tr("下一必经步骤");
    case Deadline:
        return tr("最近期限");
    case Sanction:
        return tr("处分");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
