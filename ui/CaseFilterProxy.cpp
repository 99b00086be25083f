#include "CaseFilterProxy.h"

#include "CaseListModel.h"
#include "calendar/DeadlineCounter.h"

namespace casetrack {

CaseFilterProxy::CaseFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setSortLocaleAware(true); // Chinese names sort by the locale's collation
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

void CaseFilterProxy::changed()
{
    invalidateRowsFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_stage.isEmpty() && index.data(CaseListModel::StageIdRole).toString() != m_stage)
        return false;
    if (!m_track.isEmpty() && index.data(CaseListModel::TrackIdRole).toString() != m_track)
        return false;
    if (m_year != 0 && index.data(CaseListModel::YearRole).toInt() != m_year)
        return false;
    if (m_overdue || m_dueSoon) {
        const int status = index.data(CaseListModel::DeadlineStatusRole).toInt();
        const bool overdue = status == int(DeadlineStatus::Overdue);
        const bool dueSoon = status == int(DeadlineStatus::DueSoon);
        // Both boxes ticked: either kind of urgency.
        if (!((m_overdue && overdue) || (m_dueSoon && dueSoon)))
            return false;
    }
    if (!m_search.isEmpty() && !index.data(CaseListModel::SearchKeyRole).toString().contains(m_search))
        return false;
    return true;
}

} // namespace casetrack
