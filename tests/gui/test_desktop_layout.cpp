// The desktop as a user at a small office screen and in either language sees it: the window fits
// 1024×768, the case list gives its width to the columns that carry text and never elides a case
// number or a date, elided text shows whole in a tooltip, counts follow every change, keyboard
// paths work, controls a role may not use are off and say why, and dates follow the language.
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "case/FactCorrectionDialog.h"
#include "cases/CaseIndex.h"
#include "cases/CaseListModel.h"
#include "cases/CasesPage.h"
#include "cases/NewCaseDialog.h"
#include "common/ElidedToolTips.h"
#include "procedure/StepTable.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "util/Translations.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

namespace {

void waitForList(MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.caseIndex()->isLoading(), 20000);
    QCoreApplication::processEvents();
}

int columnHint(QTableView* table, int column)
{
    return std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                    table->horizontalHeader()->sectionSizeHint(column));
}

QString caseIdNamed(MainWindow& window, const QString& name)
{
    for (const CaseSummary& c : window.caseIndex()->cases())
        if (c.name == name)
            return c.id;
    return {};
}

} // namespace

class TestDesktopLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("layout.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
        QVERIFY(!session->addAccount(kReviewer, Role::Reviewer, test::kPassword).isError());
    }

    void cleanup() { installTranslations(QStringLiteral("zh_CN")); }

    void windowFitsSmallScreen_data() { languages(); }
    void windowFitsSmallScreen()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto session = open(test::kAdmin);
        MainWindow window(*session);
        window.resize(1024, 768);
        window.show();
        waitForList(window);
        // Every page counts: the window's minimum is the largest page's.
        const QSize least = window.minimumSizeHint();
        QVERIFY2(least.width() <= 1024 && least.height() <= 768,
                 qPrintable(QStringLiteral("minimum %1×%2").arg(least.width()).arg(least.height())));
        QCOMPARE(window.size(), QSize(1024, 768));
    }

    // The fact forms scroll up and down only: their widest row (a check box label does not wrap)
    // fits, in English too, on the smallest office screen.
    void factFormsNeedNoSidewaysScrolling_data() { languages(); }
    void factFormsNeedNoSidewaysScrolling()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto session = open(test::kAdmin);
        QWidget screen;
        screen.resize(1024, 768);
        NewCaseDialog newCase(*session, &screen);
        const QString caseId = session->loadAllCases().first().id;
        FactCorrectionDialog correction(*session, caseId, &screen);
        for (QDialog* dialog : {static_cast<QDialog*>(&newCase), static_cast<QDialog*>(&correction)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(dialog->width() <= 1024, qPrintable(dialog->objectName()));
            auto* area = dialog->findChild<QScrollArea*>();
            QVERIFY(area);
            QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1: the form is %2 px wide in a %3 px view")
                                    .arg(dialog->objectName())
                                    .arg(area->widget()->minimumSizeHint().width())
                                    .arg(area->viewport()->width())));
            dialog->hide();
        }
    }

    void caseListShowsItsText_data() { languages(); }
    void caseListShowsItsText()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto session = open(test::kAdmin);
        MainWindow window(*session);
        window.resize(1920, 1080);
        window.show();
        waitForList(window);
        window.showPage(MainWindow::Cases); // the start page comes first
        QTableView* table = window.casesPage()->table();
        QHeaderView* header = table->horizontalHeader();
        // Wide screen: every column shows its whole text, none takes the width while empty.
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            QVERIFY2(header->sectionSize(c) >= columnHint(table, c),
                     qPrintable(QStringLiteral("column %1 elided at 1920 px").arg(c)));
        QVERIFY(header->sectionSize(CaseListModel::Sanction) <=
                columnHint(table, CaseListModel::Sanction) + 4);

        // Small screen: no sideways scrolling; the case number and the deadline stay whole; what
        // is elided shows whole as a tooltip.
        window.resize(1024, 768);
        QCoreApplication::processEvents();
        QTRY_VERIFY2(
            header->length() <= table->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        QVERIFY(header->sectionSize(CaseListModel::Number) >= columnHint(table, CaseListModel::Number));
        QVERIFY(header->sectionSize(CaseListModel::Deadline) >= columnHint(table, CaseListModel::Deadline));
        auto* tips = table->findChild<ElidedToolTips*>();
        QVERIFY(tips);
        int elided = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
                const QModelIndex index = table->model()->index(row, c);
                const QString text = index.data().toString();
                const QRect cell = table->visualRect(index);
                const bool cut = table->sizeHintForIndex(index).width() > cell.width();
                if (!cut || text.isEmpty())
                    continue;
                ++elided;
                QVERIFY2(tips->toolTipAt(cell.center()).startsWith(text), qPrintable(text));
            }
        }
        if (language == QLatin1String("en"))
            QVERIFY(elided > 0); // long English names do not fit 1024 px: the tooltip is needed
    }

    void datesFollowLanguage_data() { languages(); }
    void datesFollowLanguage()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto session = open(test::kAdmin);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        auto* model = window.casesPage()->table()->model();
        int dated = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString due = model->index(row, CaseListModel::Deadline).data().toString();
            if (due.isEmpty())
                continue;
            ++dated;
            if (language == QLatin1String("en"))
                QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} \\d{1,2}, \\d{4}$"))
                             .match(due)
                             .hasMatch(),
                         qPrintable(due));
            else
                QVERIFY2(due.contains(QStringLiteral("年")), qPrintable(due));
        }
        QVERIFY(dated > 0);
    }

    void deadlineCountsFollowChanges()
    {
        // Its own database: the step recorded here changes what other tests would see.
        const QString path = m_dir.filePath(QStringLiteral("counts.db"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".keys"));
        auto session = test::createDatabase(path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        auto* counts = window.findChild<QLabel*>(QStringLiteral("statusDeadlines"));
        QVERIFY(counts);
        const QString before = counts->text();
        QCOMPARE(before, expectedCounts(window));

        // The overdue announcement (第十条) is recorded late: one fewer overdue, at once.
        const QString id = caseIdNamed(window, QStringLiteral("李明"));
        QVERIFY(!id.isEmpty());
        for (const char* step : {"stationed_body_notified", "decision_announced"}) {
            Event late;
            late.step = QLatin1String(step);
            late.date = QDate::currentDate();
            QVERIFY2(session->recordEvent(id, late).ok(), step);
        }
        window.caseIndex()->updateCase(id);
        QTRY_COMPARE(counts->text(), expectedCounts(window));
        QVERIFY(counts->text() != before);
    }

    void enterOpensFirstMatchAndEscapeGoesBack()
    {
        auto session = open(test::kAdmin);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        window.showPage(MainWindow::Cases); // the start page comes first
        QLineEdit* search = window.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
        QVERIFY(search);
        search->setFocus();
        test::typeText(search, QStringLiteral("王芳"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(window.currentPage(), MainWindow::CaseDetail);
        QCOMPARE(window.caseView()->caseId(), caseIdNamed(window, QStringLiteral("王芳")));

        QTest::keyClick(window.caseView(), Qt::Key_Escape);
        QTRY_COMPARE(window.currentPage(), MainWindow::Cases);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(window.currentPage(), MainWindow::CaseDetail);
        QTest::keyClick(window.caseView(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(window.currentPage(), MainWindow::Cases);
    }

    void controlsFollowTheRole()
    {
        auto session = open(kReviewer);
        MainWindow window(*session);
        window.show();
        waitForList(window);
        auto* newCase = window.findChild<QPushButton*>(QStringLiteral("newCaseButton"));
        QVERIFY(newCase);
        QVERIFY(!newCase->isEnabled());
        QVERIFY(newCase->toolTip().contains(roleDisplayName(Role::Reviewer)));

        // A case waiting for the stationed body's step: the reviewer sees the step, off, and who
        // records it, before typing anything.
        window.openCase(caseIdNamed(window, QStringLiteral("刘洋")));
        const QList<QPushButton*> steps =
            window.caseView()->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^step_")));
        QVERIFY(!steps.isEmpty());
        for (QPushButton* step : steps) {
            if (mayRecordStep(Role::Reviewer, step->objectName().mid(5)))
                continue;
            QVERIFY2(!step->isEnabled(), qPrintable(step->objectName()));
            QVERIFY(step->toolTip().contains(roleDisplayName(Role::Reviewer)));
        }
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    std::unique_ptr<Session> open(const QString& user)
    {
        auto opened = Session::open(m_path, user, test::kPassword);
        return opened.ok() ? opened.take() : nullptr;
    }

    static QString expectedCounts(MainWindow& window)
    {
        int overdue = 0, dueSoon = 0;
        for (const DeadlineEntry& d : window.caseIndex()->deadlines()) {
            overdue += d.status == DeadlineStatus::Overdue;
            dueSoon += d.status == DeadlineStatus::DueSoon;
        }
        return QStringLiteral("超期 %1 项 · 即将到期 %2 项").arg(overdue).arg(dueSoon);
    }

    const QString kReviewer = QStringLiteral("审理员乙");
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestDesktopLayout)
#include "test_desktop_layout.moc"
