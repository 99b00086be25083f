#include "cases/CaseFilterProxy.h"

#include "calendar/DeadlineCounter.h"
#include "cases/CaseListModel.h"
#include "cases/CaseSummary.h"
#include "procedure/CaseState.h"

namespace casetrack {

CaseFilterProxy::CaseFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
}

void CaseFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_cases = qobject_cast<CaseListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    changed();
}

void CaseFilterProxy::setStage(const QString& stageId)
{
    m_stage = stageId;
    changed();
}

void CaseFilterProxy::setTrack(const QString& trackId)
{
    m_track = trackId;
    changed();
}

void CaseFilterProxy::setYear(int year)
{
    m_year = year;
    changed();
}

void CaseFilterProxy::setOverdueOnly(bool on)
{
    m_overdue = on;
    changed();
}

void CaseFilterProxy::setDueSoonOnly(bool on)
{
    m_dueSoon = on;
    changed();
}

// A full invalidate (one layoutChanged) rather than invalidateRowsFilter(): with 100,000 rows
// the latter sends a rowsRemoved/rowsInserted per scattered range, and the view's work per
// signal made a search take seconds.
void CaseFilterProxy::changed()
{
    invalidate();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_cases)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const CaseSummary& c = m_cases->summary(sourceRow);
    if (!m_stage.isEmpty() && c.stage != m_stage)
        return false;
    if (!m_track.isEmpty() && c.track != m_track)
        return false;
    if (m_year != 0 && c.year != m_year)
        return false;
    if (m_overdue || m_dueSoon) {
        const bool overdue = c.hasDeadline && c.nearestStatus == DeadlineStatus::Overdue;
        const bool dueSoon = c.hasDeadline && c.nearestStatus == DeadlineStatus::DueSoon;
        // Both boxes ticked: either kind of urgency.
        if (!((m_overdue && overdue) || (m_dueSoon && dueSoon)))
            return false;
    }
    return m_search.isEmpty() || c.searchKey.contains(m_search);
}

bool CaseFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_cases)
        return QSortFilterProxyModel::lessThan(left, right);
    const CaseSummary& a = m_cases->summary(left.row());
    const CaseSummary& b = m_cases->summary(right.row());
    int order = 0;
    switch (left.column()) {
    case CaseListModel::Name:
        order = a.name.compare(b.name);
        break;
    case CaseListModel::Unit:
        order = a.unit.compare(b.unit);
        break;
    case CaseListModel::Track:
        order = a.track.compare(b.track);
        break;
    case CaseListModel::Stage: {
        // Procedure order, not alphabetical.
        static const QStringList stages = allStageIds();
        order = int(stages.indexOf(a.stage) - stages.indexOf(b.stage));
        break;
    }
    case CaseListModel::NextStep:
        order = a.nextStep.compare(b.nextStep);
        break;
    case CaseListModel::Deadline:
        if (a.hasDeadline != b.hasDeadline)
            return a.hasDeadline; // cases without an open deadline last
        order = a.nearestDue < b.nearestDue ? -1 : (b.nearestDue < a.nearestDue ? 1 : 0);
        break;
    case CaseListModel::Sanction:
        order = a.sanction.compare(b.sanction);
        break;
    default:
        break;
    }
    if (order == 0)
        order = a.numberKey.compare(b.numberKey); // natural order, a stable tie-break
    return order < 0;
}

} // namespace casetrack
