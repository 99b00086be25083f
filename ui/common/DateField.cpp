#include "common/DateField.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace casetrack {

DateField::DateField(Need need, QWidget* parent) : QWidget(parent), m_need(need)
{
    // The display format follows the interface language (Chinese: 1972年5月14日).
    m_format = tr("yyyy年M月d日");
    m_text = new QLineEdit;
    m_text->setPlaceholderText(need == Need::Optional ? tr("未填写（如 1972-05-14）")
                                                      : tr("如 1972-05-14 或 19720514"));
    m_text->setClearButtonEnabled(need == Need::Optional);
    m_button = new QToolButton;
    m_button->setText(tr("日历…"));
    m_button->setToolTip(tr("在日历中选择日期"));
    m_button->setFocusPolicy(Qt::NoFocus); // Tab goes from the date to the next field
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_button);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_problem);
    setFocusProxy(m_text);

    connect(m_text, &QLineEdit::textChanged, this, &DateField::textEdited);
    connect(m_text, &QLineEdit::editingFinished, this, &DateField::normalise);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
}

QDate DateField::parse(const QString& typed, const QString& format)
{
    const QString text = typed.trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    // Year, month, day separated by anything that is not a digit: - / . 年 月 日 spaces.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[^\\d\\s]\\s*(\\d{1,2})\\s*[^\\d\\s]\\s*(\\d{1,2})\\s*[^\\d\\s]?$"));
    for (const QRegularExpression* pattern : {&digitsOnly, &separated}) {
        const QRegularExpressionMatch m = pattern->match(text);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (!format.isEmpty())
        return QLocale().toDate(text, format);
    return {};
}

QDate DateField::date() const
{
    return isAcceptable() ? parse(m_text->text(), m_format) : QDate();
}

void DateField::setDate(const QDate& date)
{
    m_text->setText(date.isValid() ? QLocale().toString(date, m_format) : QString());
}

bool DateField::isEmpty() const
{
    return m_text->text().trimmed().isEmpty();
}

bool DateField::isAcceptable() const
{
    return problem().isEmpty();
}

QString DateField::problem() const
{
    if (isEmpty())
        return m_need == Need::Optional ? QString() : tr("请填写日期，如 2026-05-14。");
    const QDate d = parse(m_text->text(), m_format);
    if (!d.isValid())
        return tr("“%1”不是日期：请按 1972-05-14、19720514 或 1972/5/14 填写。")
            .arg(m_text->text().trimmed());
    if (d > m_latest) {
        if (m_latest == QDate::currentDate())
            return tr("日期不能晚于今天（%1）：请填写已经发生的日期。")
                .arg(QLocale().toString(m_latest, m_format));
        return tr("日期不能晚于 %1。").arg(QLocale().toString(m_latest, m_format));
    }
    if (d < m_earliest)
        return tr("日期不能早于 %1。").arg(QLocale().toString(m_earliest, m_format));
    return {};
}

void DateField::setLatest(const QDate& latest)
{
    m_latest = latest;
    showProblem();
}

void DateField::setEarliest(const QDate& earliest)
{
    m_earliest = earliest;
    showProblem();
}

DateField* DateField::forPastDate(Need need, const QString& objectName, const QString& accessibleName)
{
    auto* field = new DateField(need);
    field->setFieldName(objectName);
    field->setAccessibleName(accessibleName);
    field->setLatest(QDate::currentDate());
    return field;
}

void DateField::setFieldName(const QString& objectName)
{
    setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_button->setObjectName(objectName + QStringLiteral("Calendar"));
    m_problem->setObjectName(objectName + QStringLiteral("Problem"));
}

void DateField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_text->setAccessibleName(name);
    m_button->setAccessibleName(tr("%1：日历").arg(name));
}

void DateField::setToolTip(const QString& tip)
{
    QWidget::setToolTip(tip);
    m_text->setToolTip(tip);
}

void DateField::textEdited()
{
    showProblem();
    emit dateChanged(date());
}

// When the user leaves the field a recognised date is shown in the display format, so that
// "19720514" visibly becomes 1972年5月14日 and a misread is caught at once.
void DateField::normalise()
{
    const QDate d = parse(m_text->text(), m_format);
    if (d.isValid()) {
        const QString shown = QLocale().toString(d, m_format);
        if (shown != m_text->text())
            m_text->setText(shown);
    }
}

void DateField::showProblem()
{
    // An empty required field is said on saving, not while the user has not typed yet.
    const QString text = isEmpty() ? QString() : problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void DateField::openCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_calendar = new QCalendarWidget;
        m_calendar->setObjectName(objectName() + QStringLiteral("Popup"));
        m_calendar->setGridVisible(true);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& d) {
            setDate(d);
            m_popup->hide();
            m_text->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& d) {
            setDate(d);
            m_popup->hide();
            m_text->setFocus();
        });
    }
    m_calendar->setDateRange(m_earliest, m_latest);
    // On the date typed, else on today: never on the first day the calendar knows.
    const QDate typed = parse(m_text->text(), m_format);
    const QDate shown = typed.isValid() ? typed : qBound(m_earliest, QDate::currentDate(), m_latest);
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, m_text->height())));
    m_popup->show();
    m_calendar->setFocus();
}

} // namespace casetrack
