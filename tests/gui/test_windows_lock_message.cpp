// Which Windows messages lock CaseTrack (issue 9: "also on session lock/suspend"). The glue that
// receives them (shell/WindowsSessionWatcher) is Windows-only; the choice is tested here on every
// platform, against the values Windows documents for the messages.
#include "shell/WindowsLockMessage.h"

#include <QTest>

using namespace casetrack;

class TestWindowsLockMessage : public QObject
{
    Q_OBJECT
private slots:
    void numbersAreWindowsOwn()
    {
        // WinUser.h and WtsApi32.h: a typo here would make the watcher listen to nothing.
        QCOMPARE(windows_message::kSessionChange, 0x02B1u);
        QCOMPARE(windows_message::kPowerBroadcast, 0x0218u);
        QCOMPARE(windows_message::kSessionLock, quintptr(7));
        QCOMPARE(windows_message::kSuspend, quintptr(4));
    }

    void decides_data()
    {
        QTest::addColumn<unsigned>("message");
        QTest::addColumn<quintptr>("wParam");
        QTest::addColumn<bool>("locks");
        const unsigned session = 0x02B1;
        const unsigned power = 0x0218;
        QTest::newRow("console connect") << session << quintptr(0x1) << false;
        QTest::newRow("console disconnect (user switch)") << session << quintptr(0x2) << true;
        QTest::newRow("remote connect") << session << quintptr(0x3) << false;
        QTest::newRow("remote disconnect") << session << quintptr(0x4) << true;
        QTest::newRow("logon") << session << quintptr(0x5) << false;
        QTest::newRow("logoff") << session << quintptr(0x6) << true;
        QTest::newRow("lock") << session << quintptr(0x7) << true;
        QTest::newRow("unlock") << session << quintptr(0x8) << false;
        QTest::newRow("remote control") << session << quintptr(0x9) << false;
        QTest::newRow("suspend") << power << quintptr(0x4) << true;
        QTest::newRow("resume automatic") << power << quintptr(0x12) << false;
        QTest::newRow("resume suspend") << power << quintptr(0x7) << false;
        QTest::newRow("power status change") << power << quintptr(0xA) << false;
        QTest::newRow("other message, lock's wParam") << 0x0112u << quintptr(0x7) << false; // WM_SYSCOMMAND
        QTest::newRow("other message, suspend's wParam") << 0x0100u << quintptr(0x4) << false; // WM_KEYDOWN
    }

    void decides()
    {
        QFETCH(unsigned, message);
        QFETCH(quintptr, wParam);
        QFETCH(bool, locks);
        QCOMPARE(locksWithWindowsMessage(message, wParam), locks);
    }
};

QTEST_GUILESS_MAIN(TestWindowsLockMessage)
#include "test_windows_lock_message.moc"
