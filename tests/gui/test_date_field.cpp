// The one date editor (ui/common/DateField) and the dialogs that use it: digits typed with or
// without separators, an explicit empty state for optional dates, Tab leaving the field, the
// calendar opening on the value or today, dates after today refused inline. Offscreen.
#include "GuiTestSupport.h"
#include "cases/NewCaseDialog.h"
#include "common/DateField.h"
#include "services/Session.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace casetrack;

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void parsesTypedForms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        const QDate may14(1972, 5, 14);
        QTest::newRow("iso") << QStringLiteral("1972-05-14") << may14;
        QTest::newRow("digits") << QStringLiteral("19720514") << may14;
        QTest::newRow("slashes") << QStringLiteral("1972/5/14") << may14;
        QTest::newRow("dots") << QStringLiteral("1972.5.14") << may14;
        QTest::newRow("chinese") << QStringLiteral("1972年5月14日") << may14;
        QTest::newRow("spaces") << QStringLiteral(" 1972-5-14 ") << may14;
        QTest::newRow("no such day") << QStringLiteral("1972-02-30") << QDate();
        QTest::newRow("too few digits") << QStringLiteral("9720514") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
    }

    void parsesTypedForms()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QCOMPARE(DateField::parse(typed), expected);
    }

    // The defect: typing into an empty optional QDateEdit gave "未填写9720514".
    void typingIntoEmptyOptionalDate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("iso") << QStringLiteral("1972-05-14");
        QTest::newRow("digits") << QStringLiteral("19720514");
        QTest::newRow("slashes") << QStringLiteral("1972/5/14");
    }

    void typingIntoEmptyOptionalDate()
    {
        QFETCH(QString, typed);
        DateField field(DateField::Need::Optional);
        field.setFieldName(QStringLiteral("birth"));
        field.setLatest(QDate::currentDate());
        QVERIFY(field.isEmpty());
        QVERIFY(field.isAcceptable());
        QVERIFY(!field.date().isValid());
        auto* text = field.findChild<QLineEdit*>(QStringLiteral("birthText"));
        QVERIFY(text);
        QVERIFY(text->text().isEmpty());
        test::typeText(text, typed);
        QCOMPARE(text->text(), typed);
        QCOMPARE(field.date(), QDate(1972, 5, 14));
        QVERIFY(field.problem().isEmpty());
        // Leaving the field shows the date in the display format.
        emit text->editingFinished();
        QCOMPARE(DateField::parse(text->text()), QDate(1972, 5, 14));
        // Emptied again, it is empty, not a date.
        text->clear();
        QVERIFY(field.isEmpty());
        QVERIFY(field.isAcceptable());
        QVERIFY(!field.date().isValid());
    }

    void requiredDateMustBeFilled()
    {
        DateField field(DateField::Need::Required);
        QVERIFY(!field.isAcceptable());
        QVERIFY(field.problem().contains(QStringLiteral("请填写日期")));
        field.setDate(QDate(2020, 3, 1));
        QVERIFY(field.isAcceptable());
        QCOMPARE(field.date(), QDate(2020, 3, 1));
    }

    void futureDateRefusedInline()
    {
        QWidget window;
        auto* field = new DateField(DateField::Need::Required, &window);
        field->setFieldName(QStringLiteral("happened"));
        field->setLatest(QDate::currentDate());
        window.show();
        auto* text = field->findChild<QLineEdit*>(QStringLiteral("happenedText"));
        auto* problem = field->findChild<QLabel*>(QStringLiteral("happenedProblem"));
        QVERIFY(text && problem);
        test::typeText(text, QDate::currentDate().addDays(1).toString(Qt::ISODate));
        QVERIFY(!field->isAcceptable());
        QVERIFY(!field->date().isValid());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("今天")), qPrintable(problem->text()));
        test::replaceText(text, QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(field->isAcceptable());
        QVERIFY(!problem->isVisible());
    }

    void unreadableTextSaysHowToType()
    {
        QWidget window;
        auto* field = new DateField(DateField::Need::Optional, &window);
        field->setFieldName(QStringLiteral("joined"));
        window.show();
        test::typeText(field->findChild<QLineEdit*>(QStringLiteral("joinedText")),
                       QStringLiteral("1972-13-40"));
        auto* problem = field->findChild<QLabel*>(QStringLiteral("joinedProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("19720514")), qPrintable(problem->text()));
        QVERIFY(!field->date().isValid());
    }

    // The defect: Tab moved between the sections of a QDateEdit, so the next date typed
    // overwrote the previous field.
    void tabLeavesTheField()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* first = new DateField(DateField::Need::Optional);
        first->setFieldName(QStringLiteral("first"));
        auto* second = new DateField(DateField::Need::Optional);
        second->setFieldName(QStringLiteral("second"));
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* firstText = first->findChild<QLineEdit*>(QStringLiteral("firstText"));
        auto* secondText = second->findChild<QLineEdit*>(QStringLiteral("secondText"));
        firstText->setFocus();
        QTRY_VERIFY(firstText->hasFocus());
        QTest::keyClicks(firstText, QStringLiteral("19720514"));
        QTest::keyClick(firstText, Qt::Key_Tab);
        QTRY_VERIFY(secondText->hasFocus());
        QTest::keyClicks(secondText, QStringLiteral("1990-07-01"));
        QCOMPARE(first->date(), QDate(1972, 5, 14));
        QCOMPARE(second->date(), QDate(1990, 7, 1));
    }

    // The defect: the calendar popup opened on January 1900.
    void calendarOpensOnTodayWhenEmpty()
    {
        DateField field(DateField::Need::Optional);
        field.setFieldName(QStringLiteral("birth"));
        field.setLatest(QDate::currentDate());
        field.openCalendar();
        QCalendarWidget* calendar = field.calendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate::currentDate());
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
        QCOMPARE(calendar->maximumDate(), QDate::currentDate());
    }

    void calendarOpensOnTheValueAndSetsIt()
    {
        DateField field(DateField::Need::Optional);
        field.setFieldName(QStringLiteral("birth"));
        field.setDate(QDate(1972, 5, 14));
        auto* button = field.findChild<QWidget*>(QStringLiteral("birthCalendar"));
        QVERIFY(button);
        QCOMPARE(button->focusPolicy(), Qt::NoFocus); // Tab does not stop on it
        field.openCalendar();
        QCalendarWidget* calendar = field.calendar();
        QCOMPARE(calendar->selectedDate(), QDate(1972, 5, 14));
        QCOMPARE(calendar->yearShown(), 1972);
        QCOMPARE(calendar->monthShown(), 5);
        emit calendar->activated(QDate(1972, 6, 2));
        QCOMPARE(field.date(), QDate(1972, 6, 2));
    }

    // The new-case dialog: optional dates typed as digits, a filing date after today refused.
    void newCaseDialogTakesTypedDates()
    {
        QTemporaryDir dir;
        auto session = test::createDatabase(dir.filePath(QStringLiteral("d.db")));
        QVERIFY(session);
        NewCaseDialog dialog(*session);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("subjectName"));
        test::typeText(name, QStringLiteral("张某"));
        auto* birth = dialog.findChild<QLineEdit*>(QStringLiteral("subjectBirthDateText"));
        QVERIFY(birth);
        QVERIFY(birth->text().isEmpty());
        test::typeText(birth, QStringLiteral("1972-05-14"));
        QCOMPARE(dialog.facts().subject.birthDate, QDate(1972, 5, 14));
        QVERIFY(!dialog.facts().subject.partyJoinDate.isValid()); // left empty: not a date
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("newCaseSave"));
        QVERIFY(save->isEnabled());

        auto* filed = dialog.findChild<QLineEdit*>(QStringLiteral("filingDateText"));
        QVERIFY(filed);
        test::replaceText(filed, QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("今天")), qPrintable(dialog.errorText()));
        test::replaceText(filed, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.errorText().isEmpty());
    }
};

QTEST_MAIN(TestDateField)
#include "test_date_field.moc"
