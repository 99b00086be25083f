#pragma once

#include "calendar/HolidayCalendar.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace casetrack {

// Edits one day by hand: an ordinary day (the notice says nothing), a statutory holiday, or an
// adjusted working day, with the holiday's name.
class DayEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind
    {
        Ordinary,
        Holiday,
        AdjustedWorkingDay
    };

    DayEditDialog(const QDate& date, const CalendarDay* current, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    Kind kind() const;
    CalendarDay day() const;

private:
    QDate m_date;
    QComboBox* m_kind;
    QLineEdit* m_name;
};

} // namespace casetrack
