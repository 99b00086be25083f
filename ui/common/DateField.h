#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace casetrack {

// The one date editor of the desktop. A line the user types into ("1972-05-14", "19720514",
// "1972/5/14", "1972年5月14日"), a button that opens a calendar on the current value or today,
// and a line under it that says what is wrong with what was typed. Unlike QDateEdit it has a
// real empty state for optional dates (no "未填写" special value typed over), and Tab leaves it.
// Child objectNames: "<name>Text", "<name>Calendar" (the button), "<name>Problem".
class DateField : public QWidget
{
    Q_OBJECT
public:
    enum class Need
    {
        Required,
        Optional
    };
    explicit DateField(Need need, QWidget* parent = nullptr);

    // The date typed; null when the field is empty or what was typed is not an acceptable date.
    QDate date() const;
    void setDate(const QDate& date); // a null date empties the field
    bool isEmpty() const;
    // Empty (when optional) or a date within the range.
    bool isAcceptable() const;
    // What is wrong with the text, in the user's language; empty when acceptable.
    QString problem() const;

    // A past event: dates after today are refused inline.
    void setLatest(const QDate& latest);
    QDate latest() const { return m_latest; }
    void setEarliest(const QDate& earliest);
    // Sets the object names of the children from the field's own.
    void setFieldName(const QString& objectName);
    void setAccessibleName(const QString& name);
    void setToolTip(const QString& tip);

    QLineEdit* lineEdit() const { return m_text; }
    // The calendar the button opens; created on first use.
    QCalendarWidget* calendar() const { return m_calendar; }
    void openCalendar();

    // "1972-05-14", "19720514", "1972/5/14", "1972.5.14", "1972年5月14日", or `format` in the
    // current locale. A null date when it is none of those or no such day exists.
    static QDate parse(const QString& text, const QString& format = QString());

    // A field for a date that has happened (birth, joining the Party, filing): named, with its
    // accessible name, and refusing dates after today.
    static DateField* forPastDate(Need need, const QString& objectName, const QString& accessibleName);

signals:
    void dateChanged(const QDate& date);

private:
    void textEdited();
    void normalise();
    void showProblem();

    Need m_need;
    QDate m_earliest{1900, 1, 1};
    QDate m_latest{9999, 12, 31};
    QString m_format;
    QLineEdit* m_text;
    QToolButton* m_button;
    QLabel* m_problem;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace casetrack
