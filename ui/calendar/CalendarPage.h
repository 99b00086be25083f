#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace casetrack {

class CalendarDaysModel;
class Session;
class YearView;

// The holiday calendar: a year view, the notice's days as a list, import of a holiday-cn JSON
// file and editing a day by hand. Every change is the core's (audited) and re-derives deadlines.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(Session& session, QWidget* parent = nullptr);

    void showYear(int year);
    bool importFile(const QString& fileName); // false with the reason in the status line
    void editDay(const QDate& date);
    YearView* yearView() const { return m_view; }
    CalendarDaysModel* model() const { return m_model; }
    QString status() const;

signals:
    void calendarChanged();

private:
    void refresh();

    Session& m_session;
    QSpinBox* m_year;
    YearView* m_view;
    CalendarDaysModel* m_model;
    QTableView* m_table;
    QLabel* m_known;
    QLabel* m_status;
};

} // namespace casetrack
