// The idle lock keeps open dialogs (issue 12): what was typed into a step dialog is gone from
// every widget while locked (encrypted in memory), and back in the same dialog after the same
// user unlocks; another user gets nothing of it.
#include "GuiTestSupport.h"
#include "case/CaseView.h"
#include "case/FactCorrectionDialog.h"
#include "case/StepDialog.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"

#include <QApplication>
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
