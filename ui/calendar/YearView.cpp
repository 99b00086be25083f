#include "calendar/YearView.h"

#include "common/DisplayDate.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace casetrack {

namespace {
constexpr int kColumns = 4; // months per row
constexpr int kRows = 3;
constexpr int kWeekRows = 6;
} // namespace

YearView::YearView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("yearView"));
    setAccessibleName(tr("全年日历"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearView::setCalendar(const HolidayCalendar& calendar, int year)
{
    m_calendar = calendar;
    m_year = year;
    if (!m_selected.isValid() || m_selected.year() != year)
        m_selected = QDate(year, 1, 1);
    update();
}

void YearView::setSelectedDate(const QDate& date)
{
    m_selected = date;
    update();
    emit dateSelected(date);
}

// Everything scales with the font, so the view is as sharp and roomy at 200 % as at 100 %.
QSize YearView::cellSize() const
{
    const QFontMetrics fm(font());
    const int side = qMax(fm.horizontalAdvance(QStringLiteral("30")), fm.height()) + fm.height() / 2;
    return {side + 4, side};
}

QSize YearView::sizeHint() const
{
    const QSize cell = cellSize();
    const int titleHeight = QFontMetrics(font()).height() * 2;
    return {kColumns * (7 * cell.width() + cell.width()),
            kRows * (titleHeight + (kWeekRows + 1) * cell.height() + cell.height())};
}

QSize YearView::minimumSizeHint() const
{
    return sizeHint() * 0.8;
}

QRect YearView::monthRect(int month) const
{
    const int w = width() / kColumns;
    const int h = height() / kRows;
    const int index = month - 1;
    return {(index % kColumns) * w, (index / kColumns) * h, w, h};
}

QRect YearView::dayRect(const QDate& date) const
{
    const QRect month = monthRect(date.month());
    const int titleHeight = QFontMetrics(font()).height() * 2;
    const int cw = (month.width() - 8) / 7;
    const int ch = (month.height() - titleHeight) / (kWeekRows + 1);
    const int offset = QDate(date.year(), date.month(), 1).dayOfWeek() - 1; // Monday first
    const int slot = offset + date.day() - 1;
    return {month.left() + 4 + (slot % 7) * cw, month.top() + titleHeight + (1 + slot / 7) * ch, cw, ch};
}

QDate YearView::dateAt(const QPoint& pos) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year, month, 1);
        for (int day = 0; day < first.daysInMonth(); ++day) {
            const QDate date = first.addDays(day);
            if (dayRect(date).contains(pos))
                return date;
        }
    }
    return {};
}

void YearView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QColor holiday(0xff, 0xcd, 0xd2);
    const QColor weekend(0xee, 0xee, 0xee);
    const QColor working(0xbb, 0xde, 0xfb);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.75);
    for (int month = 1; month <= 12; ++month) {
        const QRect mr = monthRect(month);
        const int titleHeight = QFontMetrics(font()).height() * 2;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(mr.left(), mr.top(), mr.width(), titleHeight), Qt::AlignCenter, monthTitle(month));
        p.setFont(font());
        // Weekday header, Monday first as Chinese calendars print it.
        const QDate first(m_year, month, 1);
        const QRect firstCell = dayRect(first);
        const int cw = firstCell.width();
        const int ch = (mr.height() - titleHeight) / (kWeekRows + 1);
        for (int d = 0; d < 7; ++d) {
            const QRect r(mr.left() + 4 + d * cw, mr.top() + titleHeight, cw, ch);
            p.setPen(d >= 5 ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::PlaceholderText));
            static const char* const names[] = {QT_TR_NOOP("一"), QT_TR_NOOP("二"), QT_TR_NOOP("三"),
                                                QT_TR_NOOP("四"), QT_TR_NOOP("五"), QT_TR_NOOP("六"),
                                                QT_TR_NOOP("日")};
            p.drawText(r, Qt::AlignCenter, tr(names[d]));
        }
        for (int day = 0; day < first.daysInMonth(); ++day) {
            const QDate date = first.addDays(day);
            const QRect r = dayRect(date).adjusted(1, 1, -1, -1);
            const bool adjusted = m_calendar.isAdjustedWorkingDay(date);
            const bool statutory = m_calendar.isStatutoryHoliday(date);
            const bool rest = m_calendar.isRestDay(date);
            if (statutory)
                p.fillRect(r, holiday);
            else if (adjusted)
                p.fillRect(r, working);
            else if (rest)
                p.fillRect(r, weekend);
            if (date == m_selected) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2));
                p.drawRect(r);
            }
            p.setPen(statutory ? QColor(0xb7, 0x1c, 0x1c) : pal.color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, QString::number(date.day()));
            if (adjusted || statutory) {
                p.setFont(small);
                p.setPen(adjusted ? QColor(0x0d, 0x47, 0xa1) : QColor(0xb7, 0x1c, 0x1c));
                p.drawText(r.adjusted(0, 0, -1, 0), Qt::AlignTop | Qt::AlignRight,
                           adjusted ? tr("班") : tr("休"));
                p.setFont(font());
            }
        }
    }
}

void YearView::mousePressEvent(QMouseEvent* event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        setSelectedDate(date);
}

void YearView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        emit editRequested(date);
}

void YearView::keyPressEvent(QKeyEvent* event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit editRequested(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const QDate next = m_selected.addDays(step);
    if (next.year() == m_year)
        setSelectedDate(next);
}

} // namespace casetrack
