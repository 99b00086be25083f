#include "calendar/CalendarPage.h"

#include "calendar/CalendarDaysModel.h"
#include "calendar/DayEditDialog.h"
#include "calendar/YearView.h"
#include "common/ColumnFitter.h"
#include "common/ElidedToolTips.h"
#include "common/ErrorText.h"
#include "common/LongChange.h"
#include "services/Session.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace casetrack {

CalendarPage::CalendarPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("calendarPage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setAccessibleName(tr("年份"));
    m_year->setRange(2000, 2100);
    m_year->setSuffix(tr(" 年"));
    m_year->setValue(QDate::currentDate().year());
    auto* import = new QPushButton(tr("导入放假安排…"));
    import->setObjectName(QStringLiteral("importCalendar"));
    import->setToolTip(tr("导入 holiday-cn 格式的 JSON 文件（每年一个）"));
    auto* edit = new QPushButton(tr("修改所选日期…"));
    edit->setObjectName(QStringLiteral("editDay"));
    const bool mayEdit = session.mayDo(Action::EditCalendar);
    import->setEnabled(mayEdit);
    edit->setEnabled(mayEdit);
    m_known = new QLabel;
    m_known->setObjectName(QStringLiteral("calendarKnown"));
    m_known->setWordWrap(true);

    m_view = new YearView;
    m_model = new CalendarDaysModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("calendarDays"));
    m_table->setAccessibleName(tr("放假和调休日期"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    new ColumnFitter(m_table, {CalendarDaysModel::Name, CalendarDaysModel::Kind},
                     {CalendarDaysModel::Date, CalendarDaysModel::Kind});
    new ElidedToolTips(m_table);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);

    auto* legend =
        new QLabel(tr("红色：法定节假日　灰色：周末休息日　蓝色“班”：调休上班日。双击日期可修改。"));
    legend->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("年份：")));
    bar->addWidget(m_year);
    bar->addWidget(import);
    bar->addWidget(edit);
    bar->addStretch();
    // The twelve months scroll rather than forcing the window taller than a 768-pixel screen.
    auto* months = new QScrollArea;
    months->setObjectName(QStringLiteral("calendarMonths"));
    months->setWidget(m_view);
    months->setWidgetResizable(true);
    months->setFrameShape(QFrame::NoFrame);
    auto* body = new QHBoxLayout;
    body->addWidget(months, 3);
    body->addWidget(m_table, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_known);
    layout->addWidget(legend);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::showYear);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("导入放假安排"), QString(),
                                                          tr("holiday-cn JSON 文件 (*.json)"));
        if (!file.isEmpty())
            importFile(file);
    });
    connect(edit, &QPushButton::clicked, this, [this] { editDay(m_view->selectedDate()); });
    if (mayEdit)
        connect(m_view, &YearView::editRequested, this, &CalendarPage::editDay);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_view->setSelectedDate(index.data(CalendarDaysModel::DateRole).toDate());
    });
    refresh();
}

void CalendarPage::showYear(int year)
{
    if (m_year->value() != year)
        m_year->setValue(year); // comes back here through valueChanged
    else
        refresh();
}

void CalendarPage::refresh()
{
    const HolidayCalendar calendar = m_session.calendar();
    const int year = m_year->value();
    m_view->setCalendar(calendar, year);
    m_model->setDays(calendar.daysOfYear(year));
    QStringList known;
    for (int y : calendar.knownYears())
        known.append(QString::number(y));
    if (calendar.knowsYear(year)) {
        m_known->setStyleSheet(QString());
        m_known->setText(tr("已载入放假安排的年份：%1").arg(QLocale().createSeparatedList(known)));
    } else {
        m_known->setStyleSheet(QStringLiteral("color: #c62828"));
        m_known->setText(
            tr("%1 年尚无放假安排：涉及该年的期限只按周末计算，并会提示。请导入国务院办公厅的放假通知。")
                .arg(year));
    }
}

bool CalendarPage::importFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("无法读取文件 %1。").arg(fileName));
        return false;
    }
    int year = 0;
    const QByteArray content = file.readAll();
    const Error error = LongChange::run(m_session, this, tr("正在按新的放假安排重新计算每个案件的期限…"),
                                        [&] { return m_session.importCalendar(content, &year); });
    if (error.isError()) {
        m_status->setText(errorText(error));
        return false;
    }
    m_status->setText(tr("已导入 %1 年的放假安排。").arg(year));
    emit calendarChanged();
    showYear(year);
    return true;
}

void CalendarPage::editDay(const QDate& date)
{
    if (!date.isValid() || !m_session.mayDo(Action::EditCalendar))
        return;
    const HolidayCalendar calendar = m_session.calendar();
    auto* dialog = new DayEditDialog(date, calendar.dayInfo(date), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool ordinary = dialog->kind() == DayEditDialog::Ordinary;
        const QDate date = dialog->date();
        const CalendarDay day = dialog->day();
        const Error error =
            LongChange::run(m_session, this, tr("正在按新的放假安排重新计算每个案件的期限…"), [&] {
                return ordinary ? m_session.removeCalendarDay(date) : m_session.setCalendarDay(day);
            });
        m_status->setText(error.isError() ? errorText(error) : tr("已修改。"));
        if (!error.isError())
            emit calendarChanged();
        refresh();
    });
    dialog->open();
}

QString CalendarPage::status() const
{
    return m_status->text();
}

} // namespace casetrack
