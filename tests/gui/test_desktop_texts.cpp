// Every page and every dialog, in Chinese and in English, at 1024×768 and 1920×1080: no text is cut off by
// its layout, and no internal identifier (members_total, case.document_inputs, raw JSON) shows.
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "WidgetScan.h"
#include "case/CaseView.h"
#include "case/MaterialsPanel.h"
#include "case/StepDialog.h"
#include "cases/CaseIndex.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "statistics/FigureView.h"
#include "statistics/StatisticsPage.h"
#include "unlock/FirstRunWizard.h"
#include "unlock/UnlockDialog.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace casetrack;

namespace {

QDialog* openDialog(QWidget* parent)
{
    for (QDialog* dialog : parent->findChildren<QDialog*>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

class TestDesktopTexts : public QObject
{
    Q_OBJECT

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        // The face the office desktops and the screenshots use, when installed: its metrics are
        // the ones that matter.
        if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("texts.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        QCOMPARE(fillDemoData(*session), 0);
        // Case materials (issue 12): one per case, so that the export and remove dialogs open.
        for (const CaseDigest& c : session->caseSummaries())
            QVERIFY(
                session
                    ->attachMaterial(c.id, {QStringLiteral("review_report"), QDate(2025, 1, 6),
                                            QStringLiteral("审理报告（定稿）"),
                                            QStringLiteral("审理报告.pdf"), QByteArrayLiteral("%PDF-1.4")})
                    .ok());
    }

    void cleanup() { installTranslations(QStringLiteral("zh_CN")); }

    // The smallest office screen and a common large one, in both languages.
    void pagesAndDialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : {"zh_CN", "en"})
            for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
    }

    void pagesAndDialogs()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        installTranslations(language);
        auto opened = Session::open(m_path, test::kAdmin, test::kPassword);
        QVERIFY(opened.ok());
        auto session = opened.take();
        MainWindow window(*session);
        window.resize(size);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.caseIndex()->isLoading(), 20000);

        QStringList problems;
        int dialogs = 0;
        auto scan = [&](QWidget* root, const QString& what) {
            // Layouts settle over several rounds of events (more on a busy machine): clipping
            // that lasts is a finding, a layout still converging is not.
            const bool settled = QTest::qWaitFor([&] { return test::clippedTexts(root).isEmpty(); }, 3000);
            Q_UNUSED(settled) // what is still clipped is reported below
            for (const QString& p : test::internalIdentifiers(root))
                problems.append(what + QStringLiteral(": internal name: ") + p);
            // In English, articles read "Art. 10", not 第十条 (user-entered case text aside).
            static const QRegularExpression chineseArticle(QStringLiteral("第[一二三四五六七八九十百]+条"));
            if (language == QLatin1String("en"))
                for (const QString& t : test::visibleTexts(root))
                    if (chineseArticle.match(t).hasMatch() && !qobject_cast<QLineEdit*>(root->focusWidget()))
                        problems.append(what + QStringLiteral(": Chinese article: ") + t);
            for (const QString& p : test::clippedTexts(root))
                problems.append(what + QStringLiteral(": clipped: ") + p);
        };
        QStringList scanned; // what each scanned dialog was opened by
        // A dialog opened by `open`, scanned and closed again.
        auto scanOpened = [&](const std::function<void()>& open, const QString& what) {
            open();
            QPointer<QDialog> dialog = openDialog(&window);
            if (!dialog)
                return; // it did something other than open a dialog
            scan(dialog, what);
            scanned.append(what);
            ++dialogs;
            dialog->reject();
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        };
        auto scanDialog = [&](QPushButton* button, const QString& what) {
            if (!button || !button->isEnabled())
                return;
            scanOpened([button] { button->click(); }, what + QLatin1Char('/') + button->objectName());
        };
        // The menu's dialogs: changing one's password, and About.
        for (const char* name : {"actionChangePassword", "actionAbout"})
            if (QAction* action = window.findChild<QAction*>(QLatin1String(name)))
                scanOpened([action] { action->trigger(); }, QStringLiteral("menu/") + QLatin1String(name));

        const QList<MainWindow::Page> pages = {MainWindow::Home,     MainWindow::Cases, MainWindow::Deadlines,
                                               MainWindow::Calendar, MainWindow::Audit, MainWindow::Users,
                                               MainWindow::Settings};
        for (MainWindow::Page page : pages) {
            window.showPage(page);
            const QString what = QStringLiteral("page %1").arg(int(page));
            scan(&window, what);
            // Resetting a password asks for a selected account.
            if (auto* users = window.findChild<QTableView*>(QStringLiteral("userTable"));
                users && users->isVisible())
                users->selectRow(0);
            for (const char* name : {"newCaseButton", "exportCasesButton", "exportDeadlinesButton", "addUser",
                                     "resetPassword", "editDay", "documentSettingsButton", "addOrganization"})
                for (QPushButton* b : window.findChildren<QPushButton*>(QLatin1String(name)))
                    if (b->isVisible())
                        scanDialog(b, what);
        }

        { // 统计 (issue 12): every figure's tab once the count is in, and its two export dialogs.
            window.showPage(MainWindow::Statistics);
            StatisticsPage* statistics = window.statisticsPage();
            QTRY_VERIFY_WITH_TIMEOUT(statistics->hasFigures(), 20000);
            auto* tabs = statistics->findChild<QTabWidget*>(QStringLiteral("statisticsTabs"));
            for (FigureView* view : statistics->figureViews()) {
                tabs->setCurrentWidget(view);
                const QString what = QStringLiteral("statistics %1").arg(view->objectName());
                scan(&window, what);
                for (const char* name : {"figureExportImage", "figureExportTable"})
                    scanDialog(view->findChild<QPushButton*>(QLatin1String(name)), what);
            }
        }

        for (const CaseSummary& c : window.caseIndex()->cases()) {
            window.openCase(c.id);
            const QString what = QStringLiteral("case %1").arg(c.name);
            scan(&window, what);
            for (const char* name : {"documentInputsButton", "printDocumentButton", "correctFacts"})
                scanDialog(window.caseView()->findChild<QPushButton*>(QLatin1String(name)), what);
            // Correcting a recorded step: the first one selected in the timeline.
            if (QTableView* timeline = window.caseView()->timelineView();
                timeline && timeline->model()->rowCount() > 0) {
                timeline->selectRow(0);
                scanDialog(window.caseView()->findChild<QPushButton*>(QStringLiteral("correctEvent")), what);
            }
            // Case materials (issue 12), in their tab: scanned as shown; then add, and with the
            // first one selected, export and remove.
            QTabWidget* details = window.caseView()->detailTabs();
            details->setCurrentWidget(window.caseView()->materials());
            scan(&window, what + QStringLiteral(" (materials)"));
            if (auto* materials = window.caseView()->findChild<QTableWidget*>(QStringLiteral("materials"));
                materials && materials->rowCount() > 0)
                materials->selectRow(0);
            for (const char* name : {"materialAdd", "materialExportButton", "materialRemoveButton"})
                scanDialog(window.caseView()->findChild<QPushButton*>(QLatin1String(name)), what);
            // By name: the view rebuilds its step buttons when the case changes.
            QStringList steps;
            for (QPushButton* step : window.caseView()->findChildren<QPushButton*>())
                if (step->objectName().startsWith(QLatin1String("step_")))
                    steps.append(step->objectName());
            for (const QString& step : steps)
                scanDialog(window.caseView()->findChild<QPushButton*>(step), what);
        }
        // New case, exports, users, calendar, document settings, and per case its documents and
        // every step it offers: the walk must really have opened them.
        QVERIFY2(dialogs >= 30, qPrintable(QString::number(dialogs)));
        for (const char* opener :
             {"menu/actionChangePassword", "menu/actionAbout", "/resetPassword", "/addUser", "/correctEvent",
              "/correctFacts", "/editDay", "/documentSettingsButton", "/addOrganization"}) {
            bool found = false;
            for (const QString& w : scanned)
                found = found || w.endsWith(QLatin1String(opener));
            QVERIFY2(found, opener);
        }
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    }

    // The 第九条 quorum hint and the refusal grow as members are typed in: the dialog grows with
    // them instead of cutting their last lines off.
    // Before any window: the unlock dialog, and every page of the first-run wizard (each shown as
    // the start page in turn, so its layout is what the user sees there).
    void unlockAndWizardPages_data() { languages(); }
    void unlockAndWizardPages()
    {
        QFETCH(QString, language);
        installTranslations(language);
        QStringList problems;
        auto scan = [&](QWidget* root, const QString& what) {
            QVERIFY(QTest::qWaitForWindowExposed(root));
            (void)QTest::qWaitFor([&] { return test::clippedTexts(root).isEmpty(); }, 3000);
            for (const QString& p : test::internalIdentifiers(root))
                problems.append(what + QStringLiteral(": internal name: ") + p);
            for (const QString& p : test::clippedTexts(root))
                problems.append(what + QStringLiteral(": clipped: ") + p);
        };
        {
            DesktopApp app;
            app.start(m_path);
            QVERIFY(app.unlockDialog());
            scan(app.unlockDialog(), QStringLiteral("unlock"));
        }
        {
            QTemporaryDir fresh;
            DesktopApp app;
            app.start(fresh.filePath(QStringLiteral("new.db")));
            FirstRunWizard* wizard = app.wizard();
            QVERIFY(wizard);
            const QList<int> pages = wizard->pageIds();
            QVERIFY(pages.size() >= 3);
            for (int id : pages) {
                wizard->setStartId(id);
                wizard->restart();
                QCOMPARE(wizard->currentId(), id);
                scan(wizard, QStringLiteral("wizard page %1").arg(id));
            }
        }
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    }

    void meetingDialogGrowsWithItsHints_data() { languages(); }
    void meetingDialogGrowsWithItsHints()
    {
        QFETCH(QString, language);
        installTranslations(language);
        auto opened = Session::open(m_path, test::kAdmin, test::kPassword);
        QVERIFY(opened.ok());
        auto session = opened.take();
        MainWindow window(*session);
        window.resize(1024, 768);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.caseIndex()->isLoading(), 20000);
        QString waiting;
        for (const CaseSummary& c : window.caseIndex()->cases())
            if (c.name == QStringLiteral("刘洋"))
                waiting = c.id;
        window.openCase(waiting);
        QPointer<StepDialog> dialog =
            window.caseView()->openStepDialog(QStringLiteral("party_group_decided"));
        QVERIFY(dialog);
        dialog->resize(620, dialog->sizeHint().height()); // as opened, before anything is typed
        QTest::qWait(20);
        for (const auto& [name, value] :
             {std::pair{"field_members_total", 9}, std::pair{"field_members_present", 4},
              std::pair{"field_votes_for", 4}})
            dialog->findChild<QSpinBox*>(QLatin1String(name))->setValue(value);
        QVERIFY(!dialog->refusalText().isEmpty());
        QTRY_VERIFY2(test::clippedTexts(dialog).isEmpty(),
                     qPrintable(test::clippedTexts(dialog).join(QLatin1Char('\n'))));
        dialog->done(QDialog::Rejected);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestDesktopTexts)
#include "test_desktop_texts.moc"
