#pragma once

#include "calendar/HolidayCalendar.h"

#include <QDate>
#include <QWidget>

namespace casetrack {

// Twelve month grids of one year: statutory holidays in red, other rest days (weekends) shaded,
// adjusted working days (调休上班) marked "班". Click selects a day; double-click asks to edit.
class YearView : public QWidget
{
    Q_OBJECT
public:
    explicit YearView(QWidget* parent = nullptr);

    void setCalendar(const HolidayCalendar& calendar, int year);
    int year() const { return m_year; }
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate& date);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dateSelected(const QDate& date);
    void editRequested(const QDate& date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QSize cellSize() const;
    QRect monthRect(int month) const;
    QRect dayRect(const QDate& date) const;
    QDate dateAt(const QPoint& pos) const;

    HolidayCalendar m_calendar;
    int m_year = 0;
    QDate m_selected;
};

} // namespace casetrack
