#include "ScreenshotTour.h"

#include "DemoData.h"
#include "DocumentScreenshots.h"
#include "audit/AuditPage.h"
#include "case/AttachMaterialDialog.h"
#include "case/CaseView.h"
#include "case/MaterialsPanel.h"
#include "case/StepDialog.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "cases/NewCaseDialog.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "statistics/FigureView.h"
#include "statistics/StatisticsPage.h"
#include "unlock/FirstRunWizard.h"
#include "unlock/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPixmap>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace casetrack {

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool save(QWidget* widget, const QString& directory, const char* name)
{
    settle();
    const QString file = QDir(directory).filePath(QLatin1String(name) + QStringLiteral(".png"));
    const bool ok = widget->grab().save(file);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
    return ok;
}

} // namespace

int runScreenshotTour(const QString& directory, QSize windowSize)
{
    QDir().mkpath(directory);
    // Pictures independent of the machine's default fonts: a sans-serif CJK face when present.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QTemporaryDir temp;
    qputenv("CASETRACK_ALLOW_TEST_KDF", "1"); // a throw-away demo database
    const QString path = temp.filePath(QStringLiteral("demo.db"));
    const QString admin = QStringLiteral("赵主任");
    const QString password = QStringLiteral("demo-password-123");
    int failures = 0;

    { // The first-run wizard, on its password page.
        FirstRunWizard wizard(temp.filePath(QStringLiteral("casetrack.db")), KdfProfile::Fast);
        wizard.resize(720, 520);
        wizard.show();
        wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))->setText(admin);
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("Dj-2025-case!"));
        wizard.findChild<QLineEdit*>(QStringLiteral("passwordRepeat"))
            ->setText(QStringLiteral("Dj-2025-case!"));
        failures += !save(&wizard, directory, "wizard");
    }
    { // Its last page: one's own organs (optional).
        FirstRunWizard wizard(temp.filePath(QStringLiteral("casetrack.db")), KdfProfile::Fast);
        wizard.resize(720, 520);
        wizard.setStartId(FirstRunWizard::OrgansPage);
        wizard.restart();
        wizard.show();
        failures += !save(&wizard, directory, "wizard-organs");
    }

    QString key;
    auto created = Session::create(path, admin, password, KdfProfile::Fast, &key);
    if (!created.ok())
        return 2;
    std::unique_ptr<Session> session = created.take();
    const int refused = fillDemoData(*session);
    if (refused > 0)
        std::printf("demo: %d steps refused\n", refused);
    if (Error error = session->addAccount(QStringLiteral("孙承办"), Role::CaseOfficer, password);
        error.isError()) {
        std::printf("demo: the second account was refused: %s\n", qPrintable(error.message));
        return 2;
    }
    session.reset();

    {
        UnlockDialog unlock(path);
        unlock.resize(640, 260);
        unlock.show();
        failures += !save(&unlock, directory, "unlock");
    }

    auto opened = Session::open(path, admin, password);
    if (!opened.ok())
        return 3;
    session = opened.take();
    MainWindow window(*session);
    window.resize(windowSize);
    window.show();
    while (window.caseIndex()->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // The start page, the first page after unlock.
    window.showPage(MainWindow::Home);
    failures += !save(&window, directory, "home");
    window.showPage(MainWindow::Cases);
    failures += !save(&window, directory, "cases");

    { // The new-case dialog shows the track the facts lead to before saving.
        NewCaseDialog dialog(*session, &window);
        dialog.findChild<QLineEdit*>(QStringLiteral("subjectName"))->setText(QStringLiteral("吴磊"));
        dialog.findChild<QLineEdit*>(QStringLiteral("subjectUnit"))->setText(QStringLiteral("国际合作司"));
        dialog.findChild<QLineEdit*>(QStringLiteral("subjectPosition"))->setText(QStringLiteral("处长"));
        dialog.findChild<QCheckBox*>(QStringLiteral("appointedByPartyGroup"))->setChecked(true);
        dialog.findChild<QCheckBox*>(QStringLiteral("leadershipMember"))->setChecked(true);
        dialog.resize(dialog.width(), 820); // its own width: wide enough for its rows
        dialog.show();
        failures += !save(&dialog, directory, "new-case");
    }

    QString caseId;
    for (const CaseSummary& c : window.caseIndex()->cases())
        if (c.name == QStringLiteral("李明"))
            caseId = c.id;
    window.openCase(caseId);
    failures += !save(&window, directory, "case-view");
    { // The procedure stepper of a transfer-track case, with the dispatched body for review.
        QString transfer;
        for (const CaseSummary& c : window.caseIndex()->cases())
            if (c.name == QStringLiteral("张伟"))
                transfer = c.id;
        window.openCase(transfer);
        failures += !save(&window, directory, "case-stepper");
        window.openCase(caseId);
    }

    StepDialog* step = window.caseView()->openStepDialog(QStringLiteral("decision_announced"));
    step->resize(560, step->sizeHint().height());
    failures += !save(step, directory, "step-dialog");
    // done(), not reject(): reject() asks before discarding typed input, and nobody answers here.
    step->done(QDialog::Rejected);

    // A meeting step shows the live quorum check.
    QString waiting;
    for (const CaseSummary& c : window.caseIndex()->cases())
        if (c.name == QStringLiteral("刘洋"))
            waiting = c.id;
    window.openCase(waiting);
    StepDialog* meeting = window.caseView()->openStepDialog(QStringLiteral("party_group_decided"));
    meeting->findChild<QSpinBox*>(QStringLiteral("field_members_total"))->setValue(9);
    meeting->findChild<QSpinBox*>(QStringLiteral("field_members_present"))->setValue(4);
    meeting->findChild<QSpinBox*>(QStringLiteral("field_votes_for"))->setValue(4);
    meeting->resize(620, meeting->sizeHint().height());
    failures += !save(meeting, directory, "step-dialog-refusal");
    meeting->done(QDialog::Rejected);

    window.showPage(MainWindow::Deadlines);
    failures += !save(&window, directory, "deadlines");
    failures += saveDocumentScreenshots(
        window, [&](QWidget* w, const char* name) { return save(w, directory, name); });
    { // 统计 (issue 12): the stage chart, and deadline compliance.
        window.showPage(MainWindow::Statistics);
        StatisticsPage* statistics = window.statisticsPage();
        while (statistics->isCounting())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        failures += !save(&window, directory, "statistics");
        statistics->findChild<QTabWidget*>(QStringLiteral("statisticsTabs"))
            ->setCurrentWidget(statistics->figureView(QStringLiteral("compliance")));
        failures += !save(&window, directory, "statistics-deadlines");
    }
    window.showPage(MainWindow::Calendar);
    failures += !save(&window, directory, "calendar");
    window.showPage(MainWindow::Audit);
    failures += !save(&window, directory, "audit");
    window.showPage(MainWindow::Users);
    failures += !save(&window, directory, "users");
    window.showPage(MainWindow::Settings);
    failures += !save(&window, directory, "settings");

    { // Case materials (issue 12): the case view's panel with attachments, and the attach dialog.
        const QList<Session::MaterialInput> materials{
            {QStringLiteral("decision"), QDate(2025, 3, 12), QStringLiteral("李明处分决定书（盖章）"),
             QStringLiteral("处分决定书.pdf"), QByteArray(182 * 1024, 'd')},
            {QStringLiteral("meeting_minutes"), QDate(2025, 3, 10), QStringLiteral("党组会议纪要（第5次）"),
             QStringLiteral("党组会议纪要.pdf"), QByteArray(64 * 1024, 'm')},
        };
        for (const Session::MaterialInput& m : materials)
            failures += !session->attachMaterial(caseId, m).ok();
        window.openCase(caseId);
        window.caseView()->detailTabs()->setCurrentWidget(window.caseView()->materials());
        failures += !save(&window, directory, "case-materials");
        window.caseView()->detailTabs()->setCurrentIndex(0);
        AttachMaterialDialog* attach = window.caseView()->materials()->openAttachDialog();
        attach->resize(560, attach->sizeHint().height());
        failures += !save(attach, directory, "material-dialog");
        attach->done(QDialog::Rejected);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace casetrack
