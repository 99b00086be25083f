// The start page (首页): the first page after unlock; its figures equal what the case list, the
// deadlines and the status bar show, for the demo data and after a recorded step; a row opens
// its case with Enter; the cases waiting for a role are those whose next step the role records.
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "cases/CaseFilterProxy.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "home/HomeFigures.h"
#include "home/HomePage.h"
#include "procedure/CaseState.h"
#include "procedure/StepTable.h"
#include "services/Session.h"
#include "shell/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace casetrack;

namespace {

void waitForList(MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.caseIndex()->isLoading(), 20000);
    QCoreApplication::processEvents();
}

QString caseIdNamed(MainWindow& window, const QString& name)
{
    for (const CaseSummary& c : window.caseIndex()->cases())
        if (c.name == name)
            return c.id;
    return {};
}

// The status bar's counts as the start page would word them.
QString statusCounts(const HomePage* home)
{
    return QStringLiteral("超期 %1 项 · 即将到期 %2 项").arg(home->overdueCount()).arg(home->dueSoonCount());
}

int rowsWithCase(QTreeView* view)
{
    int rows = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows += view->model()->index(row, 0).data(HomePage::CaseIdRole).toString().isEmpty() ? 0 : 1;
    return rows;
}

} // namespace

class TestHomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("home.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
        QVERIFY(!session->addAccount(kOfficer, Role::CaseOfficer, test::kPassword).isError());
    }

    void firstPageWithTheListsFigures()
    {
        auto session = open(test::kAdmin);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        QCOMPARE(window.currentPage(), MainWindow::Home);
        HomePage* home = window.homePage();

        // As many cases as the list shows, and per stage as many as the list has at that stage.
        const QList<CaseSummary>& cases = window.caseIndex()->cases();
        QCOMPARE(home->caseCount(), window.casesPage()->proxy()->rowCount());
        QCOMPARE(home->caseCount(), 6);
        int counted = 0;
        for (const QString& stage : allStageIds()) {
            const int expected = int(std::count_if(cases.cbegin(), cases.cend(),
                                                   [&](const CaseSummary& c) { return c.stage == stage; }));
            auto* label = home->findChild<QLabel*>(QStringLiteral("stageCount_") + stage);
            QCOMPARE(label ? label->text().toInt() : 0, expected);
            counted += expected;
        }
        QCOMPARE(counted, home->caseCount());

        // The deadlines: the demo has overdue ones, and the status bar counts the same.
        QVERIFY(home->overdueCount() > 0);
        auto* counts = window.findChild<QLabel*>(QStringLiteral("statusDeadlines"));
        QCOMPARE(counts->text(), statusCounts(home));
        QCOMPARE(rowsWithCase(home->deadlinesView()), home->overdueCount() + home->dueSoonCount());

        // Enter on an overdue row opens that case.
        QTreeView* deadlines = home->deadlinesView();
        const QModelIndex first = deadlines->model()->index(0, 0);
        const QString caseId = first.data(HomePage::CaseIdRole).toString();
        QVERIFY(!caseId.isEmpty());
        QCOMPARE(deadlines->model()->index(0, 1).data().toString(), QStringLiteral("已超期"));
        deadlines->setFocus();
        deadlines->setCurrentIndex(first);
        QTest::keyClick(deadlines, Qt::Key_Return);
        QTRY_COMPARE(window.currentPage(), MainWindow::CaseDetail);
        QCOMPARE(window.caseView()->caseId(), caseId);

        // The administrator records every step: every open case waits for them.
        const int open = int(std::count_if(cases.cbegin(), cases.cend(), [](const CaseSummary& c) {
            return !c.closed && !c.nextStep.isEmpty();
        }));
        QCOMPARE(rowsWithCase(home->waitingView()), open);
        // Recent activity: the latest recorded steps, at most RecentCount.
        QCOMPARE(rowsWithCase(home->recentView()), HomePage::RecentCount);
    }

    void waitingFollowsTheRole()
    {
        auto session = open(kOfficer);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        QTreeView* waiting = window.homePage()->waitingView();
        QSet<QString> shown;
        for (int row = 0; row < waiting->model()->rowCount(); ++row)
            shown.insert(waiting->model()->index(row, 0).data(HomePage::CaseIdRole).toString());
        shown.remove(QString());
        int expected = 0;
        for (const CaseSummary& c : window.caseIndex()->cases()) {
            const bool waits =
                !c.closed && !c.nextStep.isEmpty() && mayRecordStep(Role::CaseOfficer, c.nextStep);
            QCOMPARE(shown.contains(c.id), waits);
            expected += waits ? 1 : 0;
        }
        QCOMPARE(shown.size(), expected);
        // The demo has cases on both sides of the line: the officer's investigations, and
        // decisions the Party group records.
        QVERIFY(expected > 0);
        QVERIFY(expected < window.caseIndex()->cases().size());
    }

    void refreshedAfterAStep()
    {
        // Its own database: the step recorded here changes what the other tests would see.
        const QString path = m_dir.filePath(QStringLiteral("refresh.db"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".keys"));
        auto session = test::createDatabase(path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        HomePage* home = window.homePage();
        auto* counts = window.findChild<QLabel*>(QStringLiteral("statusDeadlines"));
        const int overdueBefore = home->overdueCount();
        const QString stageBefore =
            home->findChild<QLabel*>(QStringLiteral("stageCount_announced"))
                ? home->findChild<QLabel*>(QStringLiteral("stageCount_announced"))->text()
                : QString();

        // The overdue announcement (第十条) recorded late, as the case view reports a change.
        const QString id = caseIdNamed(window, QStringLiteral("李明"));
        QVERIFY(!id.isEmpty());
        for (const char* step : {"stationed_body_notified", "decision_announced"}) {
            Event late;
            late.step = QLatin1String(step);
            late.date = QDate::currentDate();
            QVERIFY2(session->recordEvent(id, late).ok(), step);
        }
        emit window.caseView()->caseChanged(id);

        QTRY_COMPARE(home->overdueCount(), overdueBefore - 1);
        QCOMPARE(counts->text(), statusCounts(home));
        QCOMPARE(home->caseCount(), window.casesPage()->proxy()->rowCount());
        // The stage moved on: announced now counts it.
        auto* announced = home->findChild<QLabel*>(QStringLiteral("stageCount_announced"));
        QVERIFY(announced);
        QCOMPARE(announced->text().toInt(), stageBefore.toInt() + 1);
        // The latest step leads the recent activity (in the order the steps were committed).
        const QAbstractItemModel* recent = home->recentView()->model();
        QCOMPARE(recent->index(0, 0).data(HomePage::CaseIdRole).toString(), id);
        QCOMPARE(recent->index(0, 2).data().toString(),
                 findStep(QStringLiteral("decision_announced"))->name());
        QCOMPARE(recent->index(1, 2).data().toString(),
                 findStep(QStringLiteral("stationed_body_notified"))->name());
    }

    void waitingListIsCappedInNumberOrder()
    {
        // 150 open cases in reverse number order, 20 closed: all counted, the first 100 listed
        // in the list's number order.
        QList<CaseSummary> cases;
        for (int i = 0; i < 170; ++i) {
            CaseSummary c;
            c.id = QString::number(i);
            c.numberRank = 169 - i;
            c.closed = i < 20;
            c.nextStep = c.closed ? QString() : QStringLiteral("investigation_concluded");
            cases.append(c);
        }
        const WaitingCases waiting = casesWaitingFor(Role::Administrator, cases, HomePage::ListLimit);
        QCOMPARE(waiting.total, 150);
        QCOMPARE(waiting.first.size(), qsizetype(HomePage::ListLimit));
        for (int i = 0; i < waiting.first.size(); ++i)
            QCOMPARE(cases[waiting.first[i]].numberRank, i);
        QCOMPARE(casesWaitingFor(Role::Auditor, cases, HomePage::ListLimit).total, 0);
    }

    void attentionListIsCappedOverdueFirst()
    {
        // By due date as the index keeps them: due soon, open and overdue interleaved. All 120
        // overdue and 40 due soon are counted; the first 100 listed are overdue, in order.
        QList<DeadlineEntry> deadlines;
        for (int i = 0; i < 300; ++i) {
            DeadlineEntry d;
            d.caseId = QString::number(i);
            d.status = i % 3 == 0 ? DeadlineStatus::Overdue : DeadlineStatus::Open;
            if (i % 3 == 1 && i < 120)
                d.status = DeadlineStatus::DueSoon;
            if (i >= 270)
                d.status = DeadlineStatus::Overdue;
            deadlines.append(d);
        }
        const AttentionDeadlines all = attentionDeadlines(deadlines, HomePage::ListLimit);
        QCOMPARE(all.overdue, 120);
        QCOMPARE(all.dueSoon, 40);
        QCOMPARE(all.first.size(), qsizetype(HomePage::ListLimit));
        for (int i = 0; i < all.first.size(); ++i) {
            QCOMPARE(deadlines[all.first[i]].status, DeadlineStatus::Overdue);
            if (i > 0)
                QVERIFY(all.first[i] > all.first[i - 1]);
        }
        // Few overdue: the due-soon ones follow them, in their order.
        const AttentionDeadlines few = attentionDeadlines(deadlines.first(60), HomePage::ListLimit);
        QCOMPARE(few.overdue, 20);
        QCOMPARE(few.dueSoon, 20);
        QCOMPARE(few.first.size(), qsizetype(40));
        QCOMPARE(few.first.at(19), 57);
        QCOMPARE(few.first.at(20), 1);
        QCOMPARE(few.first.last(), 58);
        QCOMPARE(attentionDeadlines({}, HomePage::ListLimit).first.size(), qsizetype(0));
    }

private:
    std::unique_ptr<Session> open(const QString& user)
    {
        auto opened = Session::open(m_path, user, test::kPassword);
        if (!opened.ok())
            qFatal("open failed: %s", qPrintable(opened.error().message));
        return opened.take();
    }

    const QString kOfficer = QStringLiteral("承办人乙");
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestHomePage)
#include "test_home_page.moc"
