#include "case/CaseDeadlinesModel.h"

#include "common/ArticleText.h"
#include "common/DisplayDate.h"
#include "common/DisplayText.h"
#include "util/DateText.h"

#include <QBrush>

namespace casetrack {

CaseDeadlinesModel::CaseDeadlinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseDeadlinesModel::setDeadlines(const QList<CaseDeadline>& deadlines, const QDate& asOf)
{
    beginResetModel();
    m_deadlines = deadlines;
    m_asOf = asOf;
    endResetModel();
}

int CaseDeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int CaseDeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseDeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseDeadline& d = m_deadlines.at(index.row());
    if (role == Qt::ForegroundRole &&
        (index.column() == Status || index.column() == DaysLeft || index.column() == Due)) {
        const QColor c = deadlineStatusColor(d.status);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return d.explain.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Label:
        return localizeArticles(d.article.isEmpty() ? d.label.toString()
                                                    : tr("%1（%2）").arg(d.label.toString(), d.article));
    case Due:
        return displayDate(d.due);
    case DaysLeft:
        if (d.metOn.isValid())
            return tr("%1 完成").arg(displayDate(d.metOn));
        return daysLeftText(d.due, m_asOf, d.status);
    case Status:
        return deadlineStatusName(d.status);
    case Explain: {
        QString text = d.explain.toString();
        if (!d.unknownYears.isEmpty()) {
            QStringList years;
            for (int y : d.unknownYears)
                years.append(QString::number(y));
            text += tr("（%1 年尚无放假安排，仅按周末计算）").arg(years.join(tr("、")));
        }
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseDeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return tr("期限");
    case Due:
        return tr("到期日");
    case DaysLeft:
        return tr("剩余");
    case Status:
        return tr("状态");
    case Explain:
        return tr("计算说明");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casetrack
