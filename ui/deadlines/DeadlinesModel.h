#pragma once

#include "cases/CaseSummary.h"

#include <QAbstractItemModel>
#include <QDate>

namespace casetrack {

class CaseIndex;

// Every open deadline across cases, as a tree of three groups: overdue, due within the warning
// window, later. Each group lists its deadlines by due date.
class DeadlinesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        OverdueGroup,
        DueSoonGroup,
        LaterGroup,
        GroupCount
    };
    enum Column
    {
        Due,
        DaysLeft,
        Name,
        Number,
        Label,
        Explain,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit DeadlinesModel(CaseIndex* index, QObject* parent = nullptr);

    void refresh();
    int groupSize(Group group) const { return int(m_groups[group].size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(int group, int column, int role) const;

    CaseIndex* m_index;
    QList<int> m_groups[GroupCount]; // positions in m_index->deadlines(), in its order
    QDate m_today;
};

} // namespace casetrack
