// Holiday calendars and deadline counting (the procedure spec, "Deadlines"; docs/procedure.md).

#include "TestSupport.h"
#include "calendar/DeadlineCounter.h"
#include "calendar/HolidayCalendar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace casetrack;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A minimal valid holiday-cn file for parse tests.
QByteArray holidayFile(const QByteArray& days, const QByteArray& year = "2025")
{
    return "{\"year\": " + year + ", \"days\": [" + days + "]}";
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtinMatchesSharedFiles_data();
    void builtinMatchesSharedFiles();
    void builtinKnowsOnlyShippedYears();

    void counting_data();
    void counting();
    void explainTexts_data();
    void explainTexts();
    void invalidInput();

    void status_data();
    void status();
    void statusIds();

    void parseAcceptsExtrasAndSetsYear();
    void parseErrors_data();
    void parseErrors();

    void editing();
    void importingAYearClearsTheWarning();
};

void TestCalendar::builtinMatchesSharedFiles_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2024") << 2024;
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026") << 2026;
}

void TestCalendar::builtinMatchesSharedFiles()
{
    QFETCH(int, year);
    QFile file(test::dataDir() + QStringLiteral("/holidays-cn/%1.json").arg(year));
    QVERIFY2(
        file.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("cannot read %1 (is CASETRACK_TEST_DATA_DIR set?)").arg(file.fileName())));
    int parsedYear = 0;
    const auto parsed = HolidayCalendar::parseHolidayCn(file.readAll(), &parsedYear);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsedYear, year);

    const HolidayCalendar builtin = HolidayCalendar::builtin();
    HolidayCalendar imported;
    imported.setYear(year, parsed.value());
    QCOMPARE(builtin.daysOfYear(year), imported.daysOfYear(year));

    // Day by day, independently of daysOfYear: entry, name, and rest/work status.
    QHash<QDate, CalendarDay> fromFile;
    for (const CalendarDay& day : parsed.value())
        fromFile.insert(day.date, day);
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const auto it = fromFile.constFind(date);
        const CalendarDay* info = builtin.dayInfo(date);
        const QByteArray where = date.toString(Qt::ISODate).toUtf8();
        QVERIFY2((info != nullptr) == (it != fromFile.cend()), where.constData());
        const bool weekend = date.dayOfWeek() >= Qt::Saturday;
        const bool expectedRest = it != fromFile.cend() ? it->offDay : weekend;
        QVERIFY2(builtin.isRestDay(date) == expectedRest, where.constData());
        if (info) {
            QCOMPARE(*info, *it);
            QCOMPARE(builtin.isStatutoryHoliday(date), it->offDay);
            QCOMPARE(builtin.isAdjustedWorkingDay(date), !it->offDay);
        }
    }
}

void TestCalendar::builtinKnowsOnlyShippedYears()
{
    const HolidayCalendar calendar = HolidayCalendar::builtin();
    QCOMPARE(calendar.knownYears(), (QList<int>{2024, 2025, 2026}));
    QVERIFY(!calendar.knowsYear(2023));
    QVERIFY(!calendar.knowsYear(2027));
    // An unknown year still has weekends, and nothing else.
    QVERIFY(calendar.isRestDay(d("2027-01-02")));
    QVERIFY(!calendar.isRestDay(d("2027-01-01")));
    QVERIFY(calendar.daysOfYear(2027).isEmpty());
}

void TestCalendar::counting_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QDate>("nominal");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QList<int>>("unknownYears");
    QTest::addColumn<QStringList>("explainParts");

    const int days = int(PeriodUnit::Days);
    const int months = int(PeriodUnit::Months);
    const int work = int(PeriodUnit::WorkingDays);
    const QList<int> none;
    auto parts = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* part : list)
            out << QString::fromUtf8(part);
        return out;
    };

    // The spec's worked examples.
    QTest::newRow("spec: 01-31 + 1 month")
        << d("2025-01-31") << 1 << months << false << d("2025-02-28") << d("2025-02-28") << none
        << parts({"2025年2月没有31日", "期满日为2025-02-28"});
    QTest::newRow("spec: 12-31 + 1 month, Saturday")
        << d("2025-12-31") << 1 << months << false << d("2026-01-31") << d("2026-02-02") << none
        << parts({"期满日2026-01-31为星期六（休息日），顺延至2026-02-02"});
    QTest::newRow("spec: 90 days into National Day")
        << d("2025-07-03") << 90 << days << false << d("2025-10-01") << d("2025-10-09") << none
        << parts({"法定节假日（国庆节、中秋节）", "顺延至2025-10-09"});
    QTest::newRow("spec: 90 days onto an adjusted Sunday")
        << d("2025-06-30") << 90 << days << false << d("2025-09-28") << d("2025-09-28") << none
        << parts({"期满日2025-09-28为星期日，但为调休上班日，不顺延"});

    // Month ends and 29 February.
    QTest::newRow("03-31 + 1 month") << d("2025-03-31") << 1 << months << false << d("2025-04-30")
                                     << d("2025-04-30") << none << parts({"2025年4月没有31日"});
    QTest::newRow("08-31 + 1 month") << d("2025-08-31") << 1 << months << false << d("2025-09-30")
                                     << d("2025-09-30") << none << parts({"期满日为2025-09-30"});
    QTest::newRow("2024-01-29 + 1 month") << d("2024-01-29") << 1 << months << false << d("2024-02-29")
                                          << d("2024-02-29") << none << parts({"期满日为2024-02-29"});
    QTest::newRow("2024-01-31 + 1 month") << d("2024-01-31") << 1 << months << false << d("2024-02-29")
                                          << d("2024-02-29") << none << parts({"2024年2月没有31日"});
    QTest::newRow("02-29 + 12 months") << d("2024-02-29") << 12 << months << false << d("2025-02-28")
                                       << d("2025-02-28") << none << parts({"2025年2月没有29日"});
    QTest::newRow("02-29 + 1 month") << d("2024-02-29") << 1 << months << false << d("2024-03-29")
                                     << d("2024-03-29") << none << parts({"期满日为2024-03-29"});
    QTest::newRow("02-28 + 12 months, Saturday")
        << d("2025-02-28") << 12 << months << false << d("2026-02-28") << d("2026-02-28") << none
        << parts({"为星期六，但为调休上班日"});

    // Holidays, weekends and adjusted working days.
    QTest::newRow("Spring Festival") << d("2025-01-20") << 10 << days << false << d("2025-01-30")
                                     << d("2025-02-05") << none
                                     << parts({"期满日2025-01-30为法定节假日（春节），顺延至2025-02-05"});
    QTest::newRow("Sunday") << d("2025-03-01") << 1 << days << false << d("2025-03-02") << d("2025-03-03")
                            << none << parts({"期满日2025-03-02为星期日（休息日），顺延至2025-03-03"});
    QTest::newRow("adjusted Saturday")
        << d("2025-02-01") << 7 << days << false << d("2025-02-08") << d("2025-02-08") << none
        << parts({"期满日2025-02-08为星期六，但为调休上班日，不顺延"});
    QTest::newRow("New Year after an unknown year")
        << d("2023-12-01") << 1 << months << false << d("2024-01-01") << d("2024-01-02") << none
        << parts({"法定节假日（元旦）"});
    QTest::newRow("plain weekday") << d("2025-03-03") << 10 << days << false << d("2025-03-13")
                                   << d("2025-03-13") << none
                                   << parts({"自2025-03-03起算10日，期满日为2025-03-13"});

    // Strict mode: no extension at all.
    QTest::newRow("strict holiday") << d("2025-07-03") << 90 << days << true << d("2025-10-01")
                                    << d("2025-10-01") << none
                                    << parts({"严格计算模式：不因节假日顺延", "2025-10-01"});
    QTest::newRow("strict Saturday") << d("2025-12-31") << 1 << months << true << d("2026-01-31")
                                     << d("2026-01-31") << none << parts({"严格计算模式：不因节假日顺延"});
    QTest::newRow("strict into an unknown year") << d("2026-12-02") << 1 << months << true << d("2027-01-02")
                                                 << d("2027-01-02") << none << parts({"严格计算模式"});

    // Working days: only working days count, holidays and weekends are skipped.
    QTest::newRow("working days over National Day")
        << d("2025-09-26") << 5 << work << false << d("2025-10-10") << d("2025-10-10") << none
        << parts({"自2025-09-26起算5个工作日", "期满日为2025-10-10"});
    QTest::newRow("working days over Spring Festival")
        << d("2025-01-24") << 3 << work << false << d("2025-02-05") << d("2025-02-05") << none
        << parts({"3个工作日"});
    QTest::newRow("working days from a holiday") << d("2024-10-01") << 1 << work << false << d("2024-10-08")
                                                 << d("2024-10-08") << none << parts({"期满日为2024-10-08"});
    QTest::newRow("working days, plain week") << d("2025-03-07") << 5 << work << false << d("2025-03-14")
                                              << d("2025-03-14") << none << parts({"期满日为2025-03-14"});
    QTest::newRow("working days strict") << d("2025-09-26") << 5 << work << true << d("2025-10-10")
                                         << d("2025-10-10") << none << parts({"严格计算模式"});
    QTest::newRow("zero working days on a holiday")
        << d("2025-10-01") << 0 << work << false << d("2025-10-01") << d("2025-10-09") << none
        << parts({"顺延至2025-10-09"});

    // Years without a calendar.
    QTest::newRow("unknown year, weekday")
        << d("2026-12-01") << 1 << months << false << d("2027-01-01") << d("2027-01-01") << QList<int>{2027}
        << parts({"2027年节假日安排尚未导入，期限按周末计算，"
                  "请导入该年日历后复核"});
    QTest::newRow("unknown year, Saturday")
        << d("2026-12-02") << 1 << months << false << d("2027-01-02") << d("2027-01-04") << QList<int>{2027}
        << parts({"顺延至2027-01-04", "2027年节假日安排尚未导入"});
    QTest::newRow("last day of the last known year")
        << d("2026-11-30") << 31 << days << false << d("2026-12-31") << d("2026-12-31") << none
        << parts({"期满日为2026-12-31"});
    QTest::newRow("only the last day's year matters")
        << d("2026-06-01") << 24 << months << false << d("2028-06-01") << d("2028-06-01") << QList<int>{2028}
        << parts({"2028年节假日安排尚未导入"});
    QTest::newRow("working days through unknown years")
        << d("2026-12-01") << 300 << work << false << d("2028-01-25") << d("2028-01-25")
        << QList<int>{2027, 2028} << parts({"2027、2028年节假日安排尚未导入"});
    QTest::newRow("start in an unknown year, end in a known one")
        << d("2023-12-20") << 30 << days << false << d("2024-01-19") << d("2024-01-19") << none
        << parts({"期满日为2024-01-19"});
}

void TestCalendar::counting()
{
    QFETCH(QDate, from);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(bool, strict);
    QFETCH(QDate, nominal);
    QFETCH(QDate, due);
    QFETCH(QList<int>, unknownYears);
    QFETCH(QStringList, explainParts);

    const DueDate result =
        countDeadline(from, Period{amount, PeriodUnit(unit)}, HolidayCalendar::builtin(), strict);
    QCOMPARE(result.nominal, nominal);
    QCOMPARE(result.due, due);
    QCOMPARE(result.unknownYears, unknownYears);
    for (const QString& part : explainParts)
        QVERIFY2(result.explain.toString().contains(part),
                 qPrintable(result.explain.toString() + QStringLiteral(" ∌ ") + part));
    QCOMPARE(result.explain.toString().contains(QStringLiteral("尚未导入")), !unknownYears.isEmpty());
    QCOMPARE(result.explain.toString().contains(QStringLiteral("严格计算模式")), strict);
}

void TestCalendar::explainTexts_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("explain");

    QTest::newRow("holiday") << d("2025-07-03") << 90 << int(PeriodUnit::Days) << false
                             << QStringLiteral("自2025-07-03起算90日，期满日2025-10-01为法定节假日"
                                               "（国庆节、中秋节），顺延至2025-10-09");
    QTest::newRow("Saturday") << d("2025-12-31") << 1 << int(PeriodUnit::Months) << false
                              << QStringLiteral("自2025-12-31起算1个月，期满日2026-01-31为星期六（休息日），"
                                                "顺延至2026-02-02");
    QTest::newRow("adjusted") << d("2025-06-30") << 90 << int(PeriodUnit::Days) << false
                              << QStringLiteral("自2025-06-30起算90日，期满日2025-09-28为星期日，"
                                                "但为调休上班日，不顺延");
    QTest::newRow("strict") << d("2025-07-03") << 90 << int(PeriodUnit::Days) << true
                            << QStringLiteral("自2025-07-03起算90日，严格计算模式：不因节假日顺延，"
                                              "期满日为2025-10-01");
    QTest::newRow("unknown year") << d("2026-12-02") << 1 << int(PeriodUnit::Months) << false
                                  << QStringLiteral(
                                         "自2026-12-02起算1个月，期满日2027-01-02为星期六（休息日），"
                                         "顺延至2027-01-04。2027年节假日安排尚未导入，期限按周末计算，"
                                         "请导入该年日历后复核");
}

void TestCalendar::explainTexts()
{
    QFETCH(QDate, from);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(bool, strict);
    QFETCH(QString, explain);
    QCOMPARE(countDeadline(from, Period{amount, PeriodUnit(unit)}, HolidayCalendar::builtin(), strict)
                 .explain.toString(),
             explain);
}

void TestCalendar::invalidInput()
{
    const HolidayCalendar calendar = HolidayCalendar::builtin();
    const DueDate noStart = countDeadline(QDate(), Period{1, PeriodUnit::Months}, calendar, false);
    QVERIFY(!noStart.due.isValid());
    QVERIFY(!noStart.nominal.isValid());
    QVERIFY(noStart.explain.toString().contains(QStringLiteral("起算日期无效")));

    const DueDate negative = countDeadline(d("2025-01-01"), Period{-3, PeriodUnit::Days}, calendar, false);
    QVERIFY(!negative.due.isValid());
    QVERIFY(negative.explain.toString().contains(QStringLiteral("-3")));
}

void TestCalendar::status_data()
{
    QTest::addColumn<QDate>("metOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<int>("status");

    // Due 2025-10-09 throughout.
    const int open = int(DeadlineStatus::Open);
    const int soon = int(DeadlineStatus::DueSoon);
    const int overdue = int(DeadlineStatus::Overdue);
    const int met = int(DeadlineStatus::Met);
    const int late = int(DeadlineStatus::MetLate);
    QTest::newRow("met on the due day") << d("2025-10-09") << d("2025-12-01") << 7 << met;
    QTest::newRow("met early") << d("2025-09-01") << d("2025-09-02") << 7 << met;
    QTest::newRow("met the day after") << d("2025-10-10") << d("2025-10-10") << 7 << late;
    QTest::newRow("met late, asked later") << d("2025-11-01") << d("2026-01-01") << 7 << late;
    QTest::newRow("due day itself") << QDate() << d("2025-10-09") << 7 << soon;
    QTest::newRow("day after due") << QDate() << d("2025-10-10") << 7 << overdue;
    QTest::newRow("window edge") << QDate() << d("2025-10-02") << 7 << soon;
    QTest::newRow("just outside the window") << QDate() << d("2025-10-01") << 7 << open;
    QTest::newRow("no window, due day") << QDate() << d("2025-10-09") << 0 << soon;
    QTest::newRow("no window, day before") << QDate() << d("2025-10-08") << 0 << open;
    QTest::newRow("long before") << QDate() << d("2025-07-03") << 7 << open;
}

void TestCalendar::status()
{
    QFETCH(QDate, metOn);
    QFETCH(QDate, asOf);
    QFETCH(int, warningDays);
    QFETCH(int, status);
    QCOMPARE(int(deadlineStatus(d("2025-10-09"), metOn, asOf, warningDays)), status);
}

void TestCalendar::statusIds()
{
    QCOMPARE(deadlineStatusId(DeadlineStatus::Open), QStringLiteral("open"));
    QCOMPARE(deadlineStatusId(DeadlineStatus::DueSoon), QStringLiteral("due_soon"));
    QCOMPARE(deadlineStatusId(DeadlineStatus::Overdue), QStringLiteral("overdue"));
    QCOMPARE(deadlineStatusId(DeadlineStatus::Met), QStringLiteral("met"));
    QCOMPARE(deadlineStatusId(DeadlineStatus::MetLate), QStringLiteral("met_late"));
}

void TestCalendar::parseAcceptsExtrasAndSetsYear()
{
    const QByteArray json = "{\"$schema\": \"x\", \"$id\": \"y\", \"papers\": [\"z\"], \"future\": 1,"
                            " \"year\": 2027, \"days\": ["
                            "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true, \"note\": 1},"
                            "{\"name\": \"春节\", \"date\": \"2027-02-20\", \"isOffDay\": false}]}";
    int year = 0;
    const auto parsed = HolidayCalendar::parseHolidayCn(json, &year);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(year, 2027);
    const QList<CalendarDay> expected{{d("2027-01-01"), QStringLiteral("元旦"), true},
                                      {d("2027-02-20"), QStringLiteral("春节"), false}};
    QCOMPARE(parsed.value(), expected);
}

void TestCalendar::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QByteArray good = "{\"name\": \"元旦\", \"date\": \"2025-01-01\", \"isOffDay\": true}";
    QTest::newRow("malformed JSON") << QByteArray("{\"year\": 2025, \"days\": [") << QStringLiteral("JSON");
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("top level array") << QByteArray("[]") << QStringLiteral("对象");
    QTest::newRow("missing year") << QByteArray("{\"days\": [" + good + "]}") << QStringLiteral("year");
    QTest::newRow("year as text") << holidayFile(good, "\"2025\"") << QStringLiteral("year");
    QTest::newRow("fractional year") << holidayFile(good, "2025.5") << QStringLiteral("year");
    QTest::newRow("missing days") << QByteArray("{\"year\": 2025}") << QStringLiteral("days");
    QTest::newRow("days as object") << QByteArray("{\"year\": 2025, \"days\": {}}") << QStringLiteral("days");
    QTest::newRow("no days") << holidayFile("") << QStringLiteral("2025");
    QTest::newRow("entry not an object") << holidayFile(good + ", 3") << QStringLiteral("第 2 条");
    QTest::newRow("missing date") << holidayFile("{\"name\": \"元旦\", \"isOffDay\": true}")
                                  << QStringLiteral("第 1 条");
    QTest::newRow("impossible date") << holidayFile(good + ", {\"name\": \"春节\", \"date\": \"2025-02-30\", "
                                                           "\"isOffDay\": true}")
                                     << QStringLiteral("2025-02-30");
    QTest::newRow("short date") << holidayFile(
                                       "{\"name\": \"春节\", \"date\": \"2025-2-3\", \"isOffDay\": true}")
                                << QStringLiteral("2025-2-3");
    QTest::newRow("date as number") << holidayFile(
                                           "{\"name\": \"春节\", \"date\": 20250203, \"isOffDay\": true}")
                                    << QStringLiteral("第 1 条");
    QTest::newRow("date outside the year")
        << holidayFile(good + ", {\"name\": \"元旦\", \"date\": \"2026-01-01\", \"isOffDay\": true}")
        << QStringLiteral("2026-01-01");
    QTest::newRow("missing name") << holidayFile("{\"date\": \"2025-01-01\", \"isOffDay\": true}")
                                  << QStringLiteral("2025-01-01");
    QTest::newRow("name as number") << holidayFile(
                                           "{\"name\": 1, \"date\": \"2025-01-01\", \"isOffDay\": true}")
                                    << QStringLiteral("name");
    QTest::newRow("missing isOffDay")
        << holidayFile("{\"name\": \"元旦\", \"date\": \"2025-01-01\"}") << QStringLiteral("isOffDay");
    QTest::newRow("isOffDay as text")
        << holidayFile("{\"name\": \"元旦\", \"date\": \"2025-01-01\", \"isOffDay\": \"true\"}")
        << QStringLiteral("isOffDay");
    QTest::newRow("duplicate date")
        << holidayFile(good + ", {\"name\": \"春节\", \"date\": \"2025-01-28\", \"isOffDay\": true}, " + good)
        << QStringLiteral("第 3 条日期 2025-01-01 与第 1 条重复");
}

void TestCalendar::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    int year = -1;
    const auto parsed = HolidayCalendar::parseHolidayCn(json, &year);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QCOMPARE(year, -1); // untouched on failure
}

void TestCalendar::editing()
{
    HolidayCalendar calendar = HolidayCalendar::builtin();
    const QDate nationalDay = d("2025-10-01");
    QVERIFY(calendar.isStatutoryHoliday(nationalDay));
    QCOMPARE(calendar.dayInfo(nationalDay)->name, QStringLiteral("国庆节、中秋节"));

    // A day edited by hand: a weekday made a working day again, a weekday made a holiday.
    calendar.setDay({nationalDay, QStringLiteral("国庆节"), false});
    QVERIFY(!calendar.isRestDay(nationalDay));
    QVERIFY(calendar.isAdjustedWorkingDay(nationalDay));
    calendar.removeDay(nationalDay);
    QVERIFY(calendar.dayInfo(nationalDay) == nullptr);
    QVERIFY(!calendar.isRestDay(nationalDay)); // a Wednesday without its entry
    QVERIFY(calendar.knowsYear(2025));

    // setDay marks a new year known.
    calendar.setDay({d("2027-01-01"), QStringLiteral("元旦"), true});
    QVERIFY(calendar.knowsYear(2027));
    QVERIFY(calendar.isRestDay(d("2027-01-01")));

    // setYear replaces the year wholesale and ignores dates of other years.
    calendar.setYear(2025, {{d("2025-03-03"), QStringLiteral("测试"), true},
                            {d("2026-03-03"), QStringLiteral("别的年份"), true}});
    QCOMPARE(calendar.daysOfYear(2025).size(), 1);
    QVERIFY(calendar.isRestDay(d("2025-03-03")));
    QVERIFY(!calendar.isRestDay(d("2025-01-01")));
    QVERIFY(!calendar.isRestDay(d("2026-03-03")));
    QCOMPARE(calendar.daysOfYear(2026), HolidayCalendar::builtin().daysOfYear(2026));

    // The builtin calendar itself is not changed by edits to a copy.
    QVERIFY(HolidayCalendar::builtin().isStatutoryHoliday(nationalDay));
}

void TestCalendar::importingAYearClearsTheWarning()
{
    HolidayCalendar calendar = HolidayCalendar::builtin();
    const Period month{1, PeriodUnit::Months};
    QCOMPARE(countDeadline(d("2026-12-01"), month, calendar, false).due, d("2027-01-01"));

    const auto parsed = HolidayCalendar::parseHolidayCn(
        holidayFile("{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}", "2027"));
    QVERIFY(parsed.ok());
    calendar.setYear(2027, parsed.value());
    const DueDate result = countDeadline(d("2026-12-01"), month, calendar, false);
    QCOMPARE(result.due, d("2027-01-04"));
    QVERIFY(result.unknownYears.isEmpty());
    QVERIFY(result.explain.toString().contains(QStringLiteral("法定节假日（元旦）")));
}

QTEST_MAIN(TestCalendar)
#include "test_calendar.moc"
