// Issue 13: a change that rewrites every case's summary (a calendar import, the engine settings)
// runs off the UI thread behind a progress dialog that cannot be closed; the window keeps
// painting, and a lock or a reload of the case list asked for meanwhile waits for its end, so
// that nothing else writes inside the change's transaction.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "cases/CaseIndex.h"
#include "common/LongChange.h"
#include "services/Session.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace casetrack;

class TestLongChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setUpGuiTests();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("long.db"));
        std::unique_ptr<Session> session = test::createDatabase(m_path);
        QVERIFY(session);
        for (const char* name : {"张三", "李四", "王五"}) {
            CaseFacts facts;
            facts.subject.name = QString::fromUtf8(name);
            facts.subject.unit = QStringLiteral("财务处");
            facts.subject.appointedByPartyGroup = true;
            QVERIFY(session->addCase(facts).ok());
        }
    }

    void cleanup() { LongChange::setInlineLimit(2000); }

    void aCalendarImportShowsProgressAndHoldsTheLock()
    {
        DesktopApp app;
        app.start(m_path);
        QVERIFY(test::unlockThroughDialog(app, test::kAdmin, test::kPassword));
        Session& session = *app.session();
        QFile file(test::dataDir() + QStringLiteral("/holidays-cn/2025.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        CaseIndex* index = app.mainWindow()->caseIndex();
        QSignalSpy listReset(index, &CaseIndex::reset);
        QTRY_VERIFY(!index->isLoading());
        const int resetsBefore = int(listReset.count());

        // The change imports for real, then waits until the UI thread has looked at everything.
        LongChange::setInlineLimit(0);
        QSemaphore looked;
        bool onOtherThread = false, runningInside = false;
        auto change = [&] {
            onOtherThread = QThread::currentThread() != qApp->thread();
            runningInside = LongChange::running();
            int year = 0;
            const Error error = session.importCalendar(content, &year);
            looked.tryAcquire(1, 20000);
            return error;
        };
        bool sawDialog = false, stayedOpen = false, lockWaited = false, reloadWaited = false;
        int shownMaximum = -1, shownValue = -1;
        QTimer look;
        look.setInterval(5);
        connect(&look, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || dialog->maximum() != 3 || dialog->value() != 3)
                return; // the last progress has not arrived yet
            look.stop();
            sawDialog = true;
            shownMaximum = dialog->maximum();
            shownValue = dialog->value();
            dialog->reject();
            QTest::keyClick(dialog, Qt::Key_Escape);
            stayedOpen = dialog->isVisible();
            app.lockWhenIdle();
            lockWaited = app.mainWindow() != nullptr;
            index->reload();
            reloadWaited = !index->isLoading();
            looked.release();
        });
        look.start();
        const Error error = LongChange::run(session, app.mainWindow(), QStringLiteral("…"), change);
        look.stop();
        looked.release(); // should the look never have happened
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(onOtherThread);
        QVERIFY(runningInside);
        QVERIFY(!LongChange::running());
        QVERIFY(sawDialog);
        QCOMPARE(shownMaximum, 3);
        QCOMPARE(shownValue, 3);
        QVERIFY(stayedOpen);
        QVERIFY(lockWaited);
        QVERIFY(reloadWaited);
        QCOMPARE(int(listReset.count()), resetsBefore); // nothing read inside the change
        // Then both happen: the list is read again and the window locks, in that order or not,
        // the lock's record after the import's.
        QTRY_VERIFY(!app.mainWindow());
        auto after = Session::open(m_path, test::kAdmin, test::kPassword);
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        const QList<AuditRecord> records = after.value()->auditRecords();
        qsizetype imported = -1, locked = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records[i].action == QLatin1String("calendar.import"))
                imported = i;
            if (records[i].action == QLatin1String("session.lock"))
                locked = i;
        }
        QVERIFY(imported >= 0);
        QVERIFY(locked > imported);
    }

    // Small files need no dialog: the change runs at once, on this thread.
    void aSmallChangeRunsAtOnce()
    {
        auto session = Session::open(m_path, test::kAdmin, test::kPassword);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        bool onThisThread = false;
        const Error error = LongChange::run(*session.value(), nullptr, QStringLiteral("…"), [&] {
            onThisThread = QThread::currentThread() == qApp->thread();
            return Error::ok();
        });
        QVERIFY(!error.isError());
        QVERIFY(onThisThread);
        QVERIFY(!QApplication::activeModalWidget());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestLongChange)
#include "test_long_change.moc"
