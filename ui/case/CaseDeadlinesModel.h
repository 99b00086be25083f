#pragma once

#include "procedure/CaseState.h"

#include <QAbstractTableModel>

namespace casetrack {

// The deadlines of one case: due date, what it is, how the date was reached, days left, status.
class CaseDeadlinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Due,
        DaysLeft,
        Status,
        Explain,
        ColumnCount
    };

    explicit CaseDeadlinesModel(QObject* parent = nullptr);
    void setDeadlines(const QList<CaseDeadline>& deadlines, const QDate& asOf);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseDeadline> m_deadlines;
    QDate m_asOf;
};

} // namespace casetrack
