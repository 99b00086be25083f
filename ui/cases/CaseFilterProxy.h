#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>

#include <functional>

namespace casetrack {

class CaseListModel;
struct CaseSummary;

// Filters the case list by the search box (number, name or unit; Chinese substrings) and by
// stage, track, year, overdue and due soon, and sorts it; built for 100,000 rows.
//
// Sorting is a permutation of the source rows over integer keys each row already has
// (CaseSummary: its rank by name and by unit in pinyin order, by number; small tables for the id
// columns), with the case number as the tie-break. The rows shown are that permutation filtered: first by the
// choice boxes, then by the search text on the rows' case-folded keys. So an empty search is
// the first list again, with no row tested, and a longer search text tests only the rows the
// shorter one kept. Rows added or changed in the source are sorted alone and merged in.
// Every change of the rows shown is one layoutChanged, as QSortFilterProxyModel does when it
// filters again (a rowsRemoved/rowsInserted per scattered range would cost the view seconds).
class CaseFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setSearchText(const QString& text);
    void setStage(const QString& stageId); // empty: any
    void setTrack(const QString& trackId); // empty: any
    void setYear(int year);                // 0: any
    void setOverdueOnly(bool on);
    void setDueSoonOnly(bool on);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The steps from the source rows to the rows shown; each later one starts from the earlier.
    enum class Stage
    {
        Order,   // sort every row
        Choices, // filter by stage, track, year, overdue, due soon
        Search,  // filter by the search text
    };
    void relayout(const std::function<void()>& change);
    void update(Stage from, bool narrowSearch = false);
    void recompute(Stage from, bool narrowSearch);
    void sortAll();
    void mergeRows(int first, int last, bool replace);
    bool less(int a, int b) const;
    qint64 columnKey(const CaseSummary& c) const;
    bool hasChoices() const;
    bool acceptsChoices(const CaseSummary& c) const;
    void rebuildProxyRows();

    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onSourceAboutToReset();
    void onSourceReset();

    CaseListModel* m_cases = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_search;
    QString m_stage;
    QString m_track;
    int m_year = 0;
    bool m_overdue = false;
    bool m_dueSoon = false;
    int m_sortColumn = -1; // -1: source order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QList<int> m_order;      // every source row, sorted
    QList<int> m_chosen;     // m_order filtered by the choice boxes (shares m_order when none)
    QList<int> m_rows;       // m_chosen filtered by the search text: proxy row -> source row
    QList<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    // Ranks of the id columns (track, next step, sanction) by their shown names in pinyin order.
    QHash<QString, int> m_trackRank;
    QHash<QString, int> m_stepRank;
    QHash<QString, int> m_sanctionRank;
};

} // namespace casetrack
