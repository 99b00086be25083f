#pragma once

#include "calendar/HolidayCalendar.h"

#include <QAbstractTableModel>

namespace casetrack {

// The days a year's notice names (statutory holidays and adjusted working days), by date.
class CalendarDaysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Name,
        Kind,
        ColumnCount
    };
    enum Role
    {
        DateRole = Qt::UserRole + 1
    };

    explicit CalendarDaysModel(QObject* parent = nullptr);
    void setDays(QList<CalendarDay> days);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CalendarDay> m_days;
};

} // namespace casetrack
