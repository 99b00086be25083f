// The idle lock keeps open dialogs (issue 12): what was typed into a step dialog is gone from
// every widget while locked (encrypted in memory), and back in the same dialog after the same
// user unlocks; another user gets nothing of it.
#include "GuiTestSupport.h"
#include "case/AttachMaterialDialog.h"
#include "case/CaseView.h"
#include "case/FactCorrectionDialog.h"
#include "case/MaterialsPanel.h"
#include "case/StepDialog.h"
#include "documents/DocumentActions.h"
#include "documents/DocumentInputsDialog.h"
#include "documents/DocumentSettingsDialog.h"
#include "documents/PrintDocumentDialog.h"
#include "services/Session.h"
#include "settings/SettingsPage.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "users/AccountDialog.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;

namespace {

const QString kOther = QStringLiteral("承办人乙");
const QString kNumber = QStringLiteral("纪立〔2026〕机密7号");
const QString kNote = QStringLiteral("谈话要点：尚未公开的线索");

// Every text any widget of the application holds now.
QStringList allTexts()
{
    QStringList texts;
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            texts.append(line->text());
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            texts.append(plain->toPlainText());
    }
    return texts;
}

bool anyWidgetHolds(const QString& text)
{
    for (const QString& t : allTexts())
        if (t.contains(text))
            return true;
    return false;
}

StepDialog* visibleStepDialog(QWidget* window)
{
    if (!window)
        return nullptr;
    for (StepDialog* d : window->findChildren<StepDialog*>())
        if (d->isVisible())
            return d;
    return nullptr;
}

template <typename Dialog> Dialog* visibleDialog(QWidget* window)
{
    if (!window)
        return nullptr;
    for (Dialog* d : window->findChildren<Dialog*>())
        if (d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TestIdleLockDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lock.db"));
        auto session = test::createDatabase(m_path);
        QVERIFY(session);
        QVERIFY(!session->addAccount(kOther, Role::CaseOfficer, test::kPassword).isError());
        CaseFacts facts;
        facts.subject.name = QStringLiteral("赵六");
        facts.subject.unit = QStringLiteral("财务处");
        facts.subject.appointedByPartyGroup = true;
        auto id = session->addCase(facts);
        QVERIFY(id.ok());
        m_caseId = id.value();
    }

    void sameUserGetsTheDialogBack()
    {
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        typeIntoStepDialog(app);

        app.lockWhenIdle();
        QVERIFY(!app.mainWindow());
        QVERIFY(!app.keptDialogs().isEmpty());
        QVERIFY(!anyWidgetHolds(kNumber));
        QVERIFY(!anyWidgetHolds(kNote));

        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        StepDialog* dialog = visibleStepDialog(app.mainWindow());
        QVERIFY(dialog);
        QCOMPARE(app.mainWindow()->caseView()->caseId(), m_caseId);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("field_number"))->text(), kNumber);
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("field_note"))->toPlainText(), kNote);
        QVERIFY(app.keptDialogs().isEmpty()); // restored once, then forgotten
        dialog->done(QDialog::Rejected);
    }

    void anotherUserGetsNothing()
    {
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        typeIntoStepDialog(app);

        app.lockWhenIdle();
        QVERIFY(!app.keptDialogs().isEmpty());
        QVERIFY(test::unlockThroughDialog(app, kOther, test::kPassword));
        QVERIFY(!visibleStepDialog(app.mainWindow()));
        QVERIFY(app.keptDialogs().isEmpty());
        QVERIFY(!anyWidgetHolds(kNumber));
    }

    // The fact-correction dialog is kept too (its reason, its edited facts); its preview is not,
    // so 保存更正 stays off until the user previews again.
    void factCorrectionIsKept()
    {
        const QString reason = QStringLiteral("依据干部档案核对：出生日期有误");
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        app.mainWindow()->openCase(m_caseId);
        FactCorrectionDialog* dialog = app.mainWindow()->caseView()->openFactCorrectionDialog();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("factReason"))->setPlainText(reason);

        app.lockWhenIdle();
        QVERIFY(!app.keptDialogs().isEmpty());
        QVERIFY(!anyWidgetHolds(reason));

        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        FactCorrectionDialog* back = nullptr;
        for (FactCorrectionDialog* d : app.mainWindow()->findChildren<FactCorrectionDialog*>())
            if (d->isVisible())
                back = d;
        QVERIFY(back);
        QCOMPARE(back->findChild<QPlainTextEdit*>(QStringLiteral("factReason"))->toPlainText(), reason);
        QVERIFY(!back->findChild<QPushButton*>(QStringLiteral("factSave"))->isEnabled());
        back->done(QDialog::Rejected);
    }

    // The document inputs (the violation facts, often long) and the print dialog's purpose come
    // back in the case they belong to.
    void documentDialogsAreKept()
    {
        const QString facts = QStringLiteral("经查，赵六同志违规收受礼金共计人民币三万元。");
        const QString purpose = QStringLiteral("报送备案前核对");
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        app.mainWindow()->openCase(m_caseId);
        CaseView* view = app.mainWindow()->caseView();
        DocumentInputsDialog* inputs = openDocumentInputsDialog(*app.session(), view);
        inputs->findChild<QPlainTextEdit*>(QStringLiteral("inputFacts"))->setPlainText(facts);

        app.lockWhenIdle();
        QVERIFY(!app.keptDialogs().isEmpty());
        QVERIFY(!anyWidgetHolds(facts));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* back = visibleDialog<DocumentInputsDialog>(app.mainWindow());
        QVERIFY(back);
        QCOMPARE(app.mainWindow()->caseView()->caseId(), m_caseId);
        QCOMPARE(back->findChild<QPlainTextEdit*>(QStringLiteral("inputFacts"))->toPlainText(), facts);
        back->done(QDialog::Rejected);

        PrintDocumentDialog* print = openPrintDialog(*app.session(), app.mainWindow()->caseView());
        test::typeText(print->findChild<QLineEdit*>(QStringLiteral("printPurpose")), purpose);
        app.lockWhenIdle();
        QVERIFY(!anyWidgetHolds(purpose));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* printBack = visibleDialog<PrintDocumentDialog>(app.mainWindow());
        QVERIFY(printBack);
        QCOMPARE(printBack->findChild<QLineEdit*>(QStringLiteral("printPurpose"))->text(), purpose);
        printBack->done(QDialog::Rejected);
    }

    // The document settings, a material being attached (its files and description) and a new
    // account (its name; never its password) are kept too.
    void settingsMaterialAndAccountAreKept()
    {
        const QString organ = QStringLiteral("中共某市财政局党组");
        const QString description = QStringLiteral("党组会议纪要（扫描件，含签批）");
        const QString name = QStringLiteral("新承办人丙");
        const QString secret = QStringLiteral("Kx9#vTq2!mW7zR4p");
        const QString file = m_dir.filePath(QStringLiteral("纪要.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("%PDF-1.4\n") > 0);
        }
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));

        DocumentSettingsDialog* settings =
            openDocumentSettingsDialog(*app.session(), app.mainWindow()->settingsPage());
        auto* organField = settings->findChild<QLineEdit*>(QStringLiteral("docSetting_party_group"));
        QVERIFY(organField);
        organField->setText(organ);
        app.lockWhenIdle();
        QVERIFY(!anyWidgetHolds(organ));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* settingsBack = visibleDialog<DocumentSettingsDialog>(app.mainWindow());
        QVERIFY(settingsBack);
        QCOMPARE(settingsBack->findChild<QLineEdit*>(QStringLiteral("docSetting_party_group"))->text(),
                 organ);
        settingsBack->done(QDialog::Rejected);

        app.mainWindow()->openCase(m_caseId);
        AttachMaterialDialog* attach = app.mainWindow()->caseView()->materials()->openAttachDialog({file});
        attach->findChild<QLineEdit*>(QStringLiteral("materialDescription"))->setText(description);
        app.lockWhenIdle();
        QVERIFY(!anyWidgetHolds(description));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* attachBack = visibleDialog<AttachMaterialDialog>(app.mainWindow());
        QVERIFY(attachBack);
        QCOMPARE(app.mainWindow()->caseView()->caseId(), m_caseId);
        QCOMPARE(attachBack->findChild<QLineEdit*>(QStringLiteral("materialDescription"))->text(),
                 description);
        QVERIFY(attachBack->findChild<QLabel*>(QStringLiteral("materialFiles"))
                    ->text()
                    .contains(QStringLiteral("纪要.pdf")));
        attachBack->done(QDialog::Rejected);

        QVERIFY(app.mainWindow()->usersPage());
        AccountDialog* account = app.mainWindow()->usersPage()->addUser();
        account->findChild<QLineEdit*>(QStringLiteral("accountName"))->setText(name);
        account->findChild<QLineEdit*>(QStringLiteral("accountPassword"))->setText(secret);
        app.lockWhenIdle();
        QVERIFY(!anyWidgetHolds(name));
        QVERIFY(!anyWidgetHolds(secret));
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* accountBack = visibleDialog<AccountDialog>(app.mainWindow());
        QVERIFY(accountBack);
        QCOMPARE(accountBack->findChild<QLineEdit*>(QStringLiteral("accountName"))->text(), name);
        QVERIFY(accountBack->findChild<QLineEdit*>(QStringLiteral("accountPassword"))->text().isEmpty());
        accountBack->done(QDialog::Rejected);
    }

    void nothingOpenKeepsNothing()
    {
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        app.lock();
        QVERIFY(app.keptDialogs().isEmpty());
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        QVERIFY(!visibleStepDialog(app.mainWindow()));
    }

private:
    void typeIntoStepDialog(DesktopApp& app)
    {
        app.mainWindow()->openCase(m_caseId);
        StepDialog* dialog = app.mainWindow()->caseView()->openStepDialog(QStringLiteral("case_filed"));
        QVERIFY(dialog);
        auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("field_number"));
        auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("field_note"));
        QVERIFY(number && note);
        test::typeText(number, kNumber);
        note->setPlainText(kNote);
        QVERIFY(anyWidgetHolds(kNumber));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_caseId;
};

QTEST_MAIN(TestIdleLockDialogs)
#include "test_idle_lock_dialogs.moc"
