#include "calendar/CalendarDaysModel.h"

#include "common/DisplayDate.h"
#include "util/DateText.h"

#include <QBrush>

namespace casetrack {

namespace {

// The State Council's holiday names, as holiday-cn files carry them; any other name is shown as
// the file gives it.
QString holidayName(const QString& name)
{
    static const char* const known[] = {
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "元旦"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "春节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "清明节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "劳动节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "端午节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "中秋节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "国庆节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "中秋节、国庆节"),
        QT_TRANSLATE_NOOP("casetrack::CalendarDaysModel", "国庆节、中秋节"),
    };
    for (const char* k : known)
        if (name == QString::fromUtf8(k))
            return CalendarDaysModel::tr(k);
    return name;
}

} // namespace

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
        return displayDate(d.date);
    case Name:
        return holidayName(d.name);
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
