#include "calendar/CalendarDaysModel.h"

#include "util/DateText.h"

#include <QBrush>

namespace casetrack {

CalendarDaysModel::CalendarDaysModel(QObject* parent) : QAbstractTableModel(parent) {}

void CalendarDaysModel::setDays(QList<CalendarDay> days)
{
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int CalendarDaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CalendarDaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDaysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarDay& d = m_days.at(index.row());
    if (role == DateRole)
        return d.date;
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return QBrush(d.offDay ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x0d, 0x47, 0xa1));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return chineseDate(d.date);
    case Name:
        return d.name;
    case Kind:
        return d.offDay ? tr("放假") : tr("调休上班");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CalendarDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("日期");
    case Name:
        return tr("名称");
    case Kind:
        return tr("安排");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
