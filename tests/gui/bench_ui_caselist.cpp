// The case list with many cases: how long the list takes to appear after unlock, whether the
// window stays responsive meanwhile, and how long a search takes. Prints figures; not a test.
//   bench_ui_caselist [CASES]   (default 100000; the database is built once in $TMPDIR)
#include "BenchDatabase.h"
#include "GuiTestSupport.h"
#include "HistoryGenerator.h"
#include "cases/CaseFilterProxy.h"
#include "cases/CaseIndex.h"
#include "cases/CasesPage.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace casetrack;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    test::setUpGuiTests();
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString path = QDir::temp().filePath(QStringLiteral("casetrack-ui-bench-%1.db").arg(count));
    QElapsedTimer clock;
    if (!QFile::exists(path)) {
        clock.start();
        auto created = bench::createEncrypted(path);
        if (!created.ok()) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
            return 1;
        }
        bench::HistoryGenerator generator(42);
        for (int first = 0; first < count; first += 5000) {
            int verified = 0;
            auto chunk = bench::generateChunk(generator, first, qMin(5000, count - first), 1000, &verified);
            if (!chunk.ok()) {
                std::fprintf(stderr, "generate: %s\n", qPrintable(chunk.error().message));
                return 1;
            }
            const Error error = bench::insertChunk(created.value()->database(), chunk.value());
            if (error.isError()) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(error.message));
                return 1;
            }
        }
        std::printf("built %d cases in %lld ms\n", count, static_cast<long long>(clock.elapsed()));
    }
    auto session = Session::open(path, bench::kUser, bench::kPassword);
    if (!session.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(session.error().message));
        return 1;
    }
    clock.start();
    MainWindow window(*session.value());
    window.resize(1280, 800);
    window.show();
    const qint64 constructed = clock.elapsed();
    // The UI thread's longest stall while the states are derived: a timer ticking every 10 ms.
    qint64 longestGap = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] { longestGap = qMax(longestGap, tick.restart()); });
    probe.start(10);
    CaseIndex* index = window.caseIndex();
    while (index->isLoading() || index->cases().isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 listed = clock.elapsed();
    QCoreApplication::processEvents();
    std::printf(
        "cases=%lld window+read=%lld ms (read %lld ms) list shown after %lld ms, derive on pool %lld ms, "
        "longest UI stall during derive %lld ms\n",
        static_cast<long long>(index->cases().size()), static_cast<long long>(constructed),
        static_cast<long long>(index->lastReadMs()), static_cast<long long>(listed),
        static_cast<long long>(index->lastDeriveMs()), static_cast<long long>(longestGap));

    CaseFilterProxy* proxy = window.casesPage()->proxy();
    for (const QString& text :
         {QStringLiteral("张"), QStringLiteral("张伟"), QStringLiteral("处"), QString()}) {
        clock.restart();
        proxy->setSearchText(text);
        const int rows = proxy->rowCount();
        std::printf("search \"%s\": %d rows in %lld ms\n", qPrintable(text), rows,
                    static_cast<long long>(clock.elapsed()));
    }
    clock.restart();
    proxy->setOverdueOnly(true);
    std::printf("overdue filter: %d rows in %lld ms\n", proxy->rowCount(),
                static_cast<long long>(clock.elapsed()));
    proxy->setOverdueOnly(false);
    clock.restart();
    window.casesPage()->table()->sortByColumn(1, Qt::AscendingOrder);
    std::printf("sort by name: %lld ms\n", static_cast<long long>(clock.elapsed()));
    clock.restart();
    window.casesPage()->table()->sortByColumn(6, Qt::AscendingOrder);
    std::printf("sort by deadline: %lld ms\n", static_cast<long long>(clock.elapsed()));
    // Typing into the search box, as a user would (the delay timer then filters).
    clock.restart();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    test::typeText(search, QStringLiteral("李"));
    QTest::qWait(200);
    std::printf("typed search incl. 120 ms debounce: %d rows after %lld ms\n", proxy->rowCount(),
                static_cast<long long>(clock.elapsed()));
    return 0;
}
