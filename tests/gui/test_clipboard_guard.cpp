// Nothing sensitive stays on the clipboard (issue 9): what CaseTrack copied is cleared after the
// delay, at lock and at exit, and only while it is still what CaseTrack put there.
#include "GuiTestSupport.h"
#include "services/Session.h"
#include "shell/ClipboardGuard.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace casetrack;
using namespace std::chrono_literals;

namespace {

const QString kName = QStringLiteral("被审查调查人：孙八");

// Copies `text` the way a user does: selected in a field of a focused CaseTrack window, Ctrl+C.
bool copyFromField(QLineEdit* field, const QString& text)
{
    field->setText(text);
    field->window()->show();
    field->activateWindow();
    field->setFocus();
    if (!QTest::qWaitForWindowActive(field->window()))
        return false;
    field->selectAll();
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    return QGuiApplication::clipboard()->text() == text;
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpGuiTests(); }
    void init() { QGuiApplication::clipboard()->clear(); }

    void clearedAfterTheDelay()
    {
        ClipboardGuard guard(300ms);
        QLineEdit field;
        QVERIFY(copyFromField(&field, kName));
        QVERIFY(guard.isHolding());
        QTest::qWait(100);
        QCOMPARE(QGuiApplication::clipboard()->text(), kName); // not yet
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
        QVERIFY(!guard.isHolding());
    }

    void clearedAtOnceOnRequest()
    {
        ClipboardGuard guard(1h);
        QLineEdit field;
        QVERIFY(copyFromField(&field, kName));
        guard.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    // Another program's copy after ours is the user's: it stays.
    void anotherProgramsCopyStays()
    {
        ClipboardGuard guard(300ms);
        auto* field = new QLineEdit;
        QVERIFY(copyFromField(field, kName));
        delete field; // no CaseTrack window has the focus any more
        QTRY_VERIFY(!QGuiApplication::focusWindow());
        const QString theirs = QStringLiteral("another program's text");
        QGuiApplication::clipboard()->setText(theirs);
        QVERIFY(!guard.isHolding());
        QTest::qWait(600);
        QCOMPARE(QGuiApplication::clipboard()->text(), theirs);
        guard.clearNow();
        QCOMPARE(QGuiApplication::clipboard()->text(), theirs);
    }

    // The desktop clears what was copied from the database when it locks.
    void lockClearsTheClipboard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.db"));
        QVERIFY(test::createDatabase(path));
        DesktopApp app;
        app.start(path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        auto* field = new QLineEdit(app.mainWindow());
        field->move(-1000, -1000); // any field of the window
        QVERIFY(copyFromField(field, kName));
        app.lock();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "test_clipboard_guard.moc"
