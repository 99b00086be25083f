// Typed work is not lost: Escape, the close button (Alt+F4 is the same close event) and 取消 on
// a dialog with typed input ask "discard?" and keep the dialog open on "no"; an untouched dialog
// closes without asking. The step, new-case, correction, fact-correction and document-input
// dialogs share one helper (ui/common/UnsavedChanges). Offscreen, driven by objectName.
#include "GuiTestSupport.h"
#include "case/CorrectionDialog.h"
#include "case/FactCorrectionDialog.h"
#include "case/StepDialog.h"
#include "cases/NewCaseDialog.h"
#include "common/Prompt.h"
#include "documents/DocumentInputsDialog.h"
#include "services/Session.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace casetrack;

namespace {
enum class CloseBy
{
    Escape,
    CloseEvent, // the title bar's close button and Alt+F4
    CancelButton
};
} // namespace

class TestUnsavedDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::createDatabase(m_dir->filePath(QStringLiteral("u.db")));
        QVERIFY(m_session);
        CaseFacts facts;
        facts.subject.name = QStringLiteral("李某");
        facts.subject.appointedByPartyGroup = true;
        auto id = m_session->addCase(facts);
        QVERIFY(id.ok());
        m_caseId = id.value();
        Event filed;
        filed.step = QStringLiteral("case_filed");
        filed.date = QDate::currentDate().addDays(-3);
        QVERIFY(m_session->recordEvent(m_caseId, filed).ok());
        m_questions.clear();
        m_answer = false;
        prompt::setTestHook([this](prompt::Kind kind, const QString& title, const QString& text) {
            if (kind == prompt::Kind::Question)
                m_questions.append(title + QLatin1Char(':') + text);
            return m_answer;
        });
    }

    void cleanup()
    {
        test::setUpGuiTests(); // the shared hook again
        m_session.reset();
        m_dir.reset();
    }

    void asksBeforeDiscarding_data()
    {
        QTest::addColumn<QString>("dialogName");
        QTest::addColumn<int>("closeBy");
        for (const char* dialog : {"newCase", "step", "correction", "documentInputs", "factCorrection"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 escape").arg(QLatin1String(dialog))))
                << QString::fromLatin1(dialog) << int(CloseBy::Escape);
            QTest::newRow(qPrintable(QStringLiteral("%1 close").arg(QLatin1String(dialog))))
                << QString::fromLatin1(dialog) << int(CloseBy::CloseEvent);
            QTest::newRow(qPrintable(QStringLiteral("%1 cancel").arg(QLatin1String(dialog))))
                << QString::fromLatin1(dialog) << int(CloseBy::CancelButton);
        }
    }

    void asksBeforeDiscarding()
    {
        QFETCH(QString, dialogName);
        QFETCH(int, closeBy);
        std::unique_ptr<QDialog> dialog = make(dialogName);
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        typeSomething(dialogName, dialog.get());
        if (QTest::currentTestFailed())
            return;

        m_answer = false; // "no": back to the dialog, the text still there
        close(dialog.get(), CloseBy(closeBy));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QStringLiteral("放弃")), qPrintable(m_questions.first()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected)); // nothing was accepted either

        m_answer = true; // "yes": discarded and closed
        close(dialog.get(), CloseBy(closeBy));
        QCOMPARE(m_questions.size(), 2);
        QVERIFY(!dialog->isVisible());
    }

    void untouchedDialogClosesWithoutAsking_data()
    {
        QTest::addColumn<QString>("dialogName");
        for (const char* dialog : {"newCase", "step", "correction", "documentInputs", "factCorrection"})
            QTest::newRow(dialog) << QString::fromLatin1(dialog);
    }

    void untouchedDialogClosesWithoutAsking()
    {
        QFETCH(QString, dialogName);
        std::unique_ptr<QDialog> dialog = make(dialogName);
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        close(dialog.get(), CloseBy::Escape);
        QVERIFY(m_questions.isEmpty());
        QVERIFY(!dialog->isVisible());
    }

    // Typing a value back to what it was is no change.
    void restoredValueIsNoChange()
    {
        NewCaseDialog dialog(*m_session);
        dialog.show();
        auto* unit = dialog.findChild<QLineEdit*>(QStringLiteral("subjectUnit"));
        test::typeText(unit, QStringLiteral("某局"));
        unit->clear();
        close(&dialog, CloseBy::Escape);
        QVERIFY(m_questions.isEmpty());
        QVERIFY(!dialog.isVisible());
    }

private:
    std::unique_ptr<QDialog> make(const QString& name)
    {
        if (name == QLatin1String("newCase"))
            return std::make_unique<NewCaseDialog>(*m_session);
        if (name == QLatin1String("step"))
            return std::make_unique<StepDialog>(*m_session, m_caseId, QStringLiteral("principal_notified"));
        if (name == QLatin1String("correction"))
            return std::make_unique<CorrectionDialog>(*m_session, m_caseId);
        if (name == QLatin1String("documentInputs"))
            return std::make_unique<DocumentInputsDialog>(*m_session, m_caseId);
        if (name == QLatin1String("factCorrection"))
            return std::make_unique<FactCorrectionDialog>(*m_session, m_caseId);
        return nullptr;
    }

    void typeSomething(const QString& name, QDialog* dialog)
    {
        if (name == QLatin1String("newCase")) {
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("subjectName"));
            QVERIFY(edit);
            test::typeText(edit, QStringLiteral("王某"));
        } else if (name == QLatin1String("step")) {
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("stepDateText"));
            QVERIFY(edit);
            test::replaceText(edit, QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        } else if (name == QLatin1String("correction")) {
            auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("correctionReason"));
            QVERIFY(edit);
            test::typeText(edit, QStringLiteral("日期录错"));
        } else if (name == QLatin1String("factCorrection")) {
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("factUnit"));
            QVERIFY(edit);
            test::typeText(edit, QStringLiteral("某处"));
        } else {
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("inputBasis"));
            QVERIFY(edit);
            test::typeText(edit, QStringLiteral("第一百零一条"));
        }
    }

    static void close(QDialog* dialog, CloseBy how)
    {
        switch (how) {
        case CloseBy::Escape:
            QTest::keyClick(dialog, Qt::Key_Escape);
            break;
        case CloseBy::CloseEvent:
            dialog->close();
            break;
        case CloseBy::CancelButton:
            for (QPushButton* b : dialog->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("取消") && b->isVisible()) {
                    b->click();
                    return;
                }
            QFAIL("no 取消 button");
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QString m_caseId;
    QStringList m_questions;
    bool m_answer = false;
};

QTEST_MAIN(TestUnsavedDialogs)
#include "test_unsaved_dialogs.moc"
