#pragma once

#include "cases/CaseSummary.h"

#include <QAbstractTableModel>

namespace casetrack {

class CaseIndex;

// The case list: one row per CaseSummary of the shared CaseIndex.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Name,
        Unit,
        Track,
        Stage,
        NextStep,
        Deadline,
        Sanction,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        SearchKeyRole, // case-folded number, name and unit
        StageIdRole,
        TrackIdRole,
        YearRole,
        DeadlineStatusRole, // int(DeadlineStatus), or -1 without an open deadline
        SortRole,
    };

    explicit CaseListModel(CaseIndex* index, QObject* parent = nullptr);

    // The row's summary, for the proxy's filtering and sorting without a QVariant per call.
    const CaseSummary& summary(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onCaseChanged(int row);

    CaseIndex* m_index;
    int m_count = 0;
};

} // namespace casetrack
