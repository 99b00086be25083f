#include "cases/CaseFilterProxy.h"

#include "calendar/DeadlineCounter.h"
#include "cases/CaseListModel.h"
#include "cases/CaseSummary.h"
#include "common/DisplayText.h"
#include "procedure/CaseState.h"
#include "procedure/StepTable.h"

#include <QCollator>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace casetrack {

namespace {

constexpr qint64 kLast = std::numeric_limits<qint64>::max();

// Ids ranked by their shown names in pinyin order; computed once, for every id there is.
QHash<QString, int> rankByName(const QStringList& ids, QString (*name)(const QString&))
{
    const QCollator collator = pinyinCollator();
    QStringList sorted = ids;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString& a, const QString& b) {
        return collator.compare(name(a), name(b)) < 0;
    });
    QHash<QString, int> rank;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        rank.insert(sorted[i], int(i));
    return rank;
}

} // namespace

CaseFilterProxy::CaseFilterProxy(QObject* parent) : QAbstractProxyModel(parent)
{
    QStringList tracks, steps, sanctions;
    for (Track track : allTracks())
        tracks.append(trackId(track));
    for (const StepDefinition& step : stepTable())
        steps.append(step.id);
    for (const SanctionDefinition& sanction : sanctionTable())
        sanctions.append(sanction.id);
    m_trackRank = rankByName(tracks, &trackName);
    m_stepRank = rankByName(steps, &stepName);
    m_sanctionRank = rankByName(sanctions, &sanctionDisplayName);
}

void CaseFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cases = qobject_cast<CaseListModel*>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_cases) {
        // The case list model adds rows at the end, changes rows in place or resets; anything
        // else a source could do is taken as a reset.
        m_connections = {
            connect(m_cases, &QAbstractItemModel::rowsInserted, this, &CaseFilterProxy::onSourceRowsInserted),
            connect(m_cases, &QAbstractItemModel::dataChanged, this, &CaseFilterProxy::onSourceDataChanged),
            connect(m_cases, &QAbstractItemModel::modelAboutToBeReset, this,
                    &CaseFilterProxy::onSourceAboutToReset),
            connect(m_cases, &QAbstractItemModel::modelReset, this, &CaseFilterProxy::onSourceReset),
            connect(m_cases, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &CaseFilterProxy::onSourceAboutToReset),
            connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &CaseFilterProxy::onSourceReset),
            connect(m_cases, &QAbstractItemModel::rowsAboutToBeMoved, this,
                    &CaseFilterProxy::onSourceAboutToReset),
            connect(m_cases, &QAbstractItemModel::rowsMoved, this, &CaseFilterProxy::onSourceReset),
            connect(m_cases, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &CaseFilterProxy::onSourceAboutToReset),
            connect(m_cases, &QAbstractItemModel::layoutChanged, this, &CaseFilterProxy::onSourceReset),
            connect(m_cases, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    recompute(Stage::Order, false);
    endResetModel();
}

void CaseFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    // Every row that contains the longer text contains the shorter: only the rows shown now
    // need testing.
    const bool narrower = !m_search.isEmpty() && folded.contains(m_search);
    m_search = folded;
    update(Stage::Search, narrower);
}

void CaseFilterProxy::setStage(const QString& stageId)
{
    m_stage = stageId;
    update(Stage::Choices);
}

void CaseFilterProxy::setTrack(const QString& trackId)
{
    m_track = trackId;
    update(Stage::Choices);
}

void CaseFilterProxy::setYear(int year)
{
    m_year = year;
    update(Stage::Choices);
}

void CaseFilterProxy::setOverdueOnly(bool on)
{
    m_overdue = on;
    update(Stage::Choices);
}

void CaseFilterProxy::setDueSoonOnly(bool on)
{
    m_dueSoon = on;
    update(Stage::Choices);
}

void CaseFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    update(Stage::Order);
}

// One layoutChanged for any change of the rows shown; persistent indexes (the view's current
// row and selection) follow their source rows, or become invalid when filtered out.
void CaseFilterProxy::relayout(const std::function<void()>& change)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceRows.append(index.row() >= 0 && index.row() < m_rows.size() ? m_rows[index.row()] : -1);
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows[i] >= 0 ? m_proxyRowOf.value(sourceRows[i], -1) : -1;
        after.append(row >= 0 ? createIndex(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void CaseFilterProxy::update(Stage from, bool narrowSearch)
{
    relayout([&] { recompute(from, narrowSearch); });
}

void CaseFilterProxy::recompute(Stage from, bool narrowSearch)
{
    if (from == Stage::Order)
        sortAll();
    if (from != Stage::Search) {
        if (!hasChoices()) {
            m_chosen = m_order; // implicitly shared: no copy, no row tested
        } else {
            QList<int> chosen;
            chosen.reserve(m_order.size());
            for (int row : std::as_const(m_order)) {
                if (acceptsChoices(m_cases->summary(row)))
                    chosen.append(row);
            }
            m_chosen = std::move(chosen);
        }
    }
    if (m_search.isEmpty()) {
        m_rows = m_chosen; // the empty search: the chosen rows as they are
    } else {
        const QList<int> base = from == Stage::Search && narrowSearch ? m_rows : m_chosen;
        QList<int> rows;
        rows.reserve(base.size());
        for (int row : base) {
            if (m_cases->summary(row).searchKey.contains(m_search))
                rows.append(row);
        }
        m_rows = std::move(rows);
    }
    rebuildProxyRows();
}

void CaseFilterProxy::rebuildProxyRows()
{
    const int count = m_cases ? m_cases->rowCount() : 0;
    m_proxyRowOf.fill(-1, count);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_proxyRowOf[m_rows[i]] = int(i);
}

qint64 CaseFilterProxy::columnKey(const CaseSummary& c) const
{
    switch (m_sortColumn) {
    case CaseListModel::Number:
        return c.numberRank;
    case CaseListModel::Name:
        return c.nameRank; // pinyin order
    case CaseListModel::Unit:
        return c.unitRank;
    case CaseListModel::Track:
        return m_trackRank.value(c.track, m_trackRank.size());
    case CaseListModel::Stage: {
        // Procedure order, not alphabetical.
        static const QStringList stages = allStageIds();
        return stages.indexOf(c.stage);
    }
    case CaseListModel::NextStep:
        // Closed cases (no next step) after every step.
        return c.closed ? kLast : m_stepRank.value(c.nextStep, m_stepRank.size());
    case CaseListModel::Deadline:
        // Cases without an open deadline last.
        return c.hasDeadline ? c.nearestDue.toJulianDay() : kLast;
    case CaseListModel::Sanction:
        return c.sanction.isEmpty() ? -1 : m_sanctionRank.value(c.sanction, m_sanctionRank.size());
    default:
        return 0;
    }
}

// Ascending order of two source rows by the sort column, the case number breaking ties.
bool CaseFilterProxy::less(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b; // the source's order
    const CaseSummary& x = m_cases->summary(a);
    const CaseSummary& y = m_cases->summary(b);
    const qint64 kx = columnKey(x), ky = columnKey(y);
    int order = kx < ky ? -1 : (ky < kx ? 1 : 0);
    if (order == 0)
        order = x.numberRank - y.numberRank;
    return order < 0;
}

void CaseFilterProxy::sortAll()
{
    const int count = m_cases ? m_cases->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || count == 0)
        return;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // One integer key per row, computed once; the rows are sorted with their keys beside them
    // (no lookup per comparison), then read off.
    struct Keyed
    {
        qint64 key;
        int rank; // the number's: the tie-break
        int row;
    };
    std::vector<Keyed> keyed(count);
    // The id columns repeat a few shared strings (the summaries intern them): their key is looked
    // up once per string, not hashed per row.
    QHash<const QChar*, qint64> byString;
    const QString CaseSummary::*id = m_sortColumn == CaseListModel::Track      ? &CaseSummary::track
                                     : m_sortColumn == CaseListModel::Sanction ? &CaseSummary::sanction
                                                                               : nullptr;
    for (int row = 0; row < count; ++row) {
        const CaseSummary& c = m_cases->summary(row);
        qint64 key = 0;
        if (id) {
            const QChar* text = (c.*id).constData();
            const auto it = byString.constFind(text);
            key = it != byString.cend() ? *it : *byString.insert(text, columnKey(c));
        } else {
            key = columnKey(c);
        }
        keyed[row] = {key, c.numberRank, row};
    }
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        const bool less = a.key != b.key ? a.key < b.key : a.rank < b.rank;
        const bool greater = a.key != b.key ? a.key > b.key : a.rank > b.rank;
        return descending ? greater : less;
    });
    for (int i = 0; i < count; ++i)
        m_order[i] = keyed[i].row;
}

// Source rows [first, last] are new (appended) or changed: sorted alone and merged into the
// order, instead of sorting every row again.
void CaseFilterProxy::mergeRows(int first, int last, bool replace)
{
    if (replace)
        m_order.removeIf([&](int row) { return row >= first && row <= last; });
    QList<int> added(last - first + 1);
    std::iota(added.begin(), added.end(), first);
    const bool descending = m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0;
    auto comes = [&](int a, int b) { return descending ? less(b, a) : less(a, b); };
    std::sort(added.begin(), added.end(), comes);
    QList<int> merged(m_order.size() + added.size());
    std::merge(m_order.cbegin(), m_order.cend(), added.cbegin(), added.cend(), merged.begin(), comes);
    m_order = std::move(merged);
}

bool CaseFilterProxy::hasChoices() const
{
    return !m_stage.isEmpty() || !m_track.isEmpty() || m_year != 0 || m_overdue || m_dueSoon;
}

bool CaseFilterProxy::acceptsChoices(const CaseSummary& c) const
{
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
    return true;
}

void CaseFilterProxy::onSourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    relayout([&] {
        mergeRows(first, last, false);
        recompute(Stage::Choices, false);
    });
}

void CaseFilterProxy::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row(), last = bottomRight.row();
    if (first == 0 && last == m_cases->rowCount() - 1) {
        update(Stage::Order); // every row (a reload of the same cases): sorted again as a whole
    } else {
        relayout([&] {
            mergeRows(first, last, true);
            recompute(Stage::Choices, false);
        });
    }
    // The changed rows that are shown, wherever they are now.
    int top = -1, bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int shown = m_proxyRowOf.value(row, -1);
        if (shown < 0)
            continue;
        top = top < 0 ? shown : qMin(top, shown);
        bottom = qMax(bottom, shown);
    }
    if (top >= 0)
        emit dataChanged(index(top, 0), index(bottom, columnCount() - 1));
}

void CaseFilterProxy::onSourceAboutToReset()
{
    beginResetModel();
}

void CaseFilterProxy::onSourceReset()
{
    recompute(Stage::Order, false);
    endResetModel();
}

QModelIndex CaseFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CaseFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int CaseFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cases ? 0 : m_cases->columnCount();
}

bool CaseFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex CaseFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_cases || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_cases->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex CaseFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_cases)
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant CaseFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_cases ? m_cases->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace casetrack
