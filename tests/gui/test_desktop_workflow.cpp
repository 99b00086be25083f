// The desktop workflow, driven by objectName offscreen: create a case, record its steps to
// closure through the dialogs, see a refusal with its article, correct a step, filter the list,
// open the deadlines dashboard, lock and unlock.
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "case/CorrectionDialog.h"
#include "case/StepDialog.h"
#include "case/StepFieldsEditor.h"
#include "case/TimelineModel.h"
#include "cases/CaseFilterProxy.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "cases/NewCaseDialog.h"
#include "common/DateField.h"
#include "deadlines/DeadlinesModel.h"
#include "deadlines/DeadlinesPage.h"
#include "home/HomePage.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace casetrack;

class TestDesktopWorkflow : public QObject
{
    Q_OBJECT

private slots:
private slots:
    void initTestCase() { test::setUpGuiTests(); }

    // Every function starts from a new database and window and builds what it needs itself, so
    // that each passes alone and in any order (tests/support/run-each-function).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("w.db"));
        QVERIFY(test::createDatabase(m_path));
        m_app = std::make_unique<DesktopApp>();
        m_app->start(m_path);
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        QTRY_VERIFY(!window()->caseIndex()->isLoading());
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
        m_caseId.clear();
    }

    void createCaseThroughDialog() { createCase(); }

    void refusalShowsArticle()
    {
        createCase();
        if (QTest::currentTestFailed())
            return;
        CaseView* view = window()->caseView();
        // The decision is greyed with its reason and article.
        auto* decided = view->findChild<QPushButton*>(QStringLiteral("step_party_group_decided"));
        QVERIFY(decided);
        QVERIFY(!decided->isEnabled());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("reason_party_group_decided"))
                    ->text()
                    .contains(QStringLiteral("第")));
        // The dialog opened anyway shows the engine's refusal and will not save.
        QPointer<StepDialog> dialog = view->openStepDialog(QStringLiteral("party_group_decided"));
        dialog->findChild<QSpinBox*>(QStringLiteral("field_members_total"))->setValue(7);
        dialog->findChild<QSpinBox*>(QStringLiteral("field_members_present"))->setValue(7);
        dialog->findChild<QSpinBox*>(QStringLiteral("field_votes_for"))->setValue(7);
        QVERIFY(!dialog->canSave());
        QVERIFY2(dialog->refusalText().contains(QStringLiteral("第")), qPrintable(dialog->refusalText()));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void recordStepsToClosure()
    {
        createCase();
        if (QTest::currentTestFailed())
            return;
        recordToClosure();
    }

    void correctionShownAsCorrection()
    {
        createCase();
        if (QTest::currentTestFailed())
            return;
        recordToClosure();
        if (QTest::currentTestFailed())
            return;
        CaseView* view = window()->caseView();
        const int rows = view->timeline()->rowCount();
        QPointer<CorrectionDialog> dialog = view->openCorrectionDialog(2); // principal_notified
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("correctionSave"));
        QVERIFY(!save->isEnabled()); // the reason is required
        dialog->findChild<DateField*>(QStringLiteral("stepDate"))->setDate(QDate::currentDate().addDays(-1));
        test::typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("correctionReason")),
                       QStringLiteral("通报日期录错，以通报记录为准"));
        // Moving the notification before the filing itself is refused by the engine (第五条).
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog->refusalText().contains(QStringLiteral("第五条")), qPrintable(dialog->refusalText()));
        dialog->findChild<DateField*>(QStringLiteral("stepDate"))->setDate(QDate::currentDate());
        test::typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("field_note")),
                       QStringLiteral("当面通报"));
        QVERIFY2(save->isEnabled(), qPrintable(dialog->refusalText()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(view->timeline()->rowCount(), rows + 1);
        const QModelIndex last = view->timeline()->index(rows, TimelineModel::Step);
        QVERIFY(last.data(TimelineModel::IsCorrectionRole).toBool());
        QVERIFY(view->timeline()
                    ->index(rows, TimelineModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("更正第 2 条")));
        QVERIFY(
            view->timeline()->index(1, TimelineModel::Step).data(TimelineModel::IsCorrectedRole).toBool());
    }

    void filterTheList()
    {
        createCase();
        if (QTest::currentTestFailed())
            return;
        recordToClosure();
        if (QTest::currentTestFailed())
            return;
        addOverdueCase();
        if (QTest::currentTestFailed())
            return;

        window()->showPage(MainWindow::Cases);
        window()->findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
        auto* search = window()->findChild<QLineEdit*>(QStringLiteral("caseSearch"));
        QVERIFY(search->hasFocus() || !window()->isActiveWindow());
        CaseFilterProxy* proxy = window()->casesPage()->proxy();
        QCOMPARE(proxy->rowCount(), 2);
        test::typeText(search, QStringLiteral("建国"));
        QTRY_COMPARE(proxy->rowCount(), 1);
        search->clear();
        test::typeText(search, QStringLiteral("财务"));
        QTRY_COMPARE(proxy->index(0, 1).data().toString(), QStringLiteral("王小明"));
        QCOMPARE(proxy->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(proxy->rowCount(), 2);
        window()->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 1).data().toString(), QStringLiteral("李建国"));
        window()->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(false);
        auto* stage = window()->findChild<QComboBox*>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("closed")));
        QCOMPARE(proxy->rowCount(), 1);
        stage->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), 2);
    }

    void deadlinesDashboard()
    {
        addOverdueCase();
        if (QTest::currentTestFailed())
            return;
        window()->showPage(MainWindow::Deadlines);
        DeadlinesPage* page = window()->deadlinesPage();
        QVERIFY(page->isVisibleTo(window()));
        DeadlinesModel* model = page->model();
        QVERIFY(model->groupSize(DeadlinesModel::OverdueGroup) >= 1);
        const QModelIndex first =
            model->index(0, DeadlinesModel::Name, model->index(DeadlinesModel::OverdueGroup, 0));
        QCOMPARE(first.data().toString(), QStringLiteral("李建国"));
        QVERIFY(model->index(0, DeadlinesModel::Label, model->index(DeadlinesModel::OverdueGroup, 0))
                    .data()
                    .toString()
                    .contains(QStringLiteral("第十条")));
        // Double-click (activation) opens the case.
        emit page->view()->activated(first);
        QCOMPARE(window()->currentPage(), MainWindow::CaseDetail);
        QCOMPARE(window()->caseView()->state().facts.subject.name, QStringLiteral("李建国"));
        // Ctrl+R records the next step: the announcement.
        window()->findChild<QAction*>(QStringLiteral("actionRecordNext"))->trigger();
        QPointer<StepDialog> dialog =
            window()->caseView()->findChild<StepDialog*>(QStringLiteral("stepDialog"));
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void lockAndUnlockKeepsData()
    {
        addOverdueCase();
        if (QTest::currentTestFailed())
            return;
        const qsizetype casesBefore = window()->caseIndex()->cases().size();
        m_app->lock();
        QVERIFY(!m_app->session());
        QVERIFY(!m_app->mainWindow());
        QVERIFY(test::unlockThroughDialog(*m_app, test::kAdmin, test::kPassword));
        QTRY_VERIFY(!window()->caseIndex()->isLoading());
        QTRY_COMPARE(window()->caseIndex()->cases().size(), casesBefore);
        // The unlock summary names what is overdue; the start page, the first page after unlock,
        // lists it.
        QTRY_VERIFY(!window()->lastSummary().isEmpty());
        QVERIFY(window()->lastSummary().contains(QStringLiteral("超期")));
        QCOMPARE(window()->currentPage(), MainWindow::Home);
        QVERIFY(window()->homePage()->overdueCount() > 0);
    }

private:
    // The new-case dialog, as a user fills it: the case is open in the case view afterwards.
    void createCase()
    {
        QAction* create = window()->findChild<QAction*>(QStringLiteral("actionNewCase"));
        QCOMPARE(create->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        create->trigger();
        auto* dialog = window()->findChild<NewCaseDialog*>(QStringLiteral("newCaseDialog"));
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("newCaseSave"));
        QVERIFY(!save->isEnabled()); // no name yet
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("subjectName")),
                       QStringLiteral("王小明"));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("subjectUnit")),
                       QStringLiteral("规划财务处"));
        test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("caseNumber")),
                       QStringLiteral("驻纪立〔2025〕7号"));
        // The Party group decides unless the grassroots route is chosen (第四条第二款 "也可以").
        QVERIFY2(dialog->trackText().contains(QStringLiteral("党组讨论决定")),
                 qPrintable(dialog->trackText()));
        dialog->findChild<QCheckBox*>(QStringLiteral("appointedByPartyGroup"))->setChecked(true);
        QVERIFY(dialog->trackText().contains(QStringLiteral("党组讨论决定")));
        // The facts change the track before anything is saved.
        dialog->findChild<QCheckBox*>(QStringLiteral("leadershipMember"))->setChecked(true);
        QVERIFY(dialog->trackText().contains(QStringLiteral("移送")));
        dialog->findChild<QCheckBox*>(QStringLiteral("leadershipMember"))->setChecked(false);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(window()->currentPage(), MainWindow::CaseDetail);
        CaseView* view = window()->caseView();
        QCOMPARE(view->state().facts.subject.name, QStringLiteral("王小明"));
        QCOMPARE(trackId(view->state().track), QStringLiteral("standard"));
        QCOMPARE(view->state().events.size(), 1); // case_filed
        m_caseId = view->caseId();
    }

    // Every required step through its button and dialog, to closure.
    void recordToClosure()
    {
        CaseView* view = window()->caseView();
        const QStringList expected = {QStringLiteral("principal_notified"),
                                      QStringLiteral("investigation_concluded"),
                                      QStringLiteral("proposal_made"),
                                      QStringLiteral("party_group_informed_of_suggestion"),
                                      QStringLiteral("subject_heard"),
                                      QStringLiteral("party_group_decided"),
                                      QStringLiteral("stationed_body_notified"),
                                      QStringLiteral("decision_announced"),
                                      QStringLiteral("record_filed"),
                                      QStringLiteral("filing_reviewed"),
                                      QStringLiteral("archived_to_personnel_file"),
                                      QStringLiteral("execution_reported")};
        QStringList done;
        for (int guard = 0; guard < 24 && !view->state().closed; ++guard) {
            // The first required step that is allowed, by its button.
            QString step;
            for (const NextStep& next : view->state().next)
                if (next.required && next.allowed) {
                    step = stepDefinition(next.step).id;
                    break;
                }
            QVERIFY2(!step.isEmpty(), "no allowed required step");
            auto* button = view->findChild<QPushButton*>(QStringLiteral("step_") + step);
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QPointer<StepDialog> dialog = view->findChild<StepDialog*>(QStringLiteral("stepDialog"));
            QVERIFY(dialog);
            // The date cannot be in the future.
            auto* date = dialog->findChild<DateField*>(QStringLiteral("stepDate"));
            QCOMPARE(date->date(), QDate::currentDate());
            QCOMPARE(date->latest(), QDate::currentDate());
            if (step == QLatin1String("party_group_decided")) {
                dialog->findChild<QSpinBox*>(QStringLiteral("field_members_total"))->setValue(7);
                dialog->findChild<QSpinBox*>(QStringLiteral("field_members_present"))->setValue(3);
                dialog->findChild<QSpinBox*>(QStringLiteral("field_votes_for"))->setValue(3);
                QVERIFY(!dialog->canSave());
                QVERIFY2(dialog->refusalText().contains(QStringLiteral("第九条")),
                         qPrintable(dialog->refusalText()));
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("quorumCheck"))
                            ->text()
                            .contains(QStringLiteral("4")));
                dialog->findChild<QSpinBox*>(QStringLiteral("field_members_present"))->setValue(5);
                dialog->findChild<QSpinBox*>(QStringLiteral("field_votes_for"))->setValue(4);
            }
            if (step == QLatin1String("record_filed"))
                dialog->findChild<QPlainTextEdit*>(QStringLiteral("field_materials"))
                    ->setPlainText(QStringLiteral("处分决定\n审查报告"));
            QVERIFY2(dialog->canSave(), qPrintable(step + QLatin1Char(' ') + dialog->refusalText()));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stepSave")), Qt::LeftButton);
            QTRY_VERIFY(!dialog);
            done.append(step);
        }
        QVERIFY(view->state().closed);
        QCOMPARE(done, expected);
        QVERIFY(view->state().decision.has_value());
        QCOMPARE(sanctionId(view->state().decision->sanction), QStringLiteral("warning")); // the first item
        // The list row follows the case view.
        const CaseIndex* index = window()->caseIndex();
        bool found = false;
        for (const CaseSummary& c : index->cases())
            if (c.id == m_caseId) {
                found = true;
                QCOMPARE(c.stage, QStringLiteral("closed"));
                QCOMPARE(c.number, QStringLiteral("驻纪立〔2025〕7号"));
            }
        QVERIFY(found);
    }

    // A second case through the API: decided 40 days ago and never announced (overdue).
    void addOverdueCase()
    {
        const qsizetype casesBefore = window()->caseIndex()->cases().size();
        // Two more cases through the API: one decided 40 days ago and never announced.
        Session& s = *m_app->session();
        CaseFacts facts;
        facts.subject.name = QStringLiteral("李建国");
        facts.subject.unit = QStringLiteral("办公室");
        facts.subject.appointedByPartyGroup = true;
        auto id = s.addCase(facts);
        QVERIFY(id.ok());
        const QDate start = QDate::currentDate().addDays(-60);
        auto step = [&](const char* name, int day, QJsonObject data = {}) {
            Event e;
            e.step = QLatin1String(name);
            e.date = start.addDays(day);
            e.data = data;
            auto r = s.recordEvent(id.value(), e);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        };
        step("case_filed", 0);
        step("principal_notified", 1);
        step("investigation_concluded", 10);
        step("subject_heard", 12);
        step("proposal_made", 15, {{QStringLiteral("sanction"), QStringLiteral("serious_warning")}});
        step("party_group_informed_of_suggestion", 18);
        step("party_group_decided", 20,
             {{QStringLiteral("sanction"), QStringLiteral("serious_warning")},
              {QStringLiteral("members_total"), 9},
              {QStringLiteral("members_present"), 8},
              {QStringLiteral("votes_for"), 8}});
        window()->caseIndex()->reload();
        QTRY_VERIFY(!window()->caseIndex()->isLoading());
        QTRY_COMPARE(window()->caseIndex()->cases().size(), casesBefore + 1);
    }

    MainWindow* window() const { return m_app->mainWindow(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DesktopApp> m_app;
    QString m_caseId;
};

QTEST_MAIN(TestDesktopWorkflow)
#include "test_desktop_workflow.moc"
