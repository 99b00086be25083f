#pragma once

#include "cases/CaseSummary.h"
#include "cases/PinyinOrder.h"
#include "util/Error.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace casetrack {

class Session;

// The rows of every case and their open deadlines, shared by the case list and the deadlines
// dashboard. They come from the case summaries the database keeps (Session::caseSummaries), not
// from the histories: a pool thread reads them and makes each row's sort and search keys, with
// the deadline statuses as of today computed from the stored due dates, the ranks every sort
// compares and the map from case id to row. The UI thread then takes the finished rows in one
// move: the list's own work on them (the proxy's sort) is the only stall, about 20 ms at 100,000
// rows (docs/benchmarks.md).
class CaseIndex : public QObject
{
    Q_OBJECT
public:
    explicit CaseIndex(Session& session, QObject* parent = nullptr);
    ~CaseIndex() override;

    // Reads every summary again (after unlock, a settings or calendar change, and hourly, so
    // that statuses follow the date).
    void reload();
    // Reads one case's summary after a change (cheap, synchronous).
    void updateCase(const QString& caseId);

    bool isLoading() const { return m_loading; }
    Session& session() const { return m_session; }
    const QList<CaseSummary>& cases() const { return m_cases; }
    // Every open deadline of every case, by due date then case number.
    const QList<DeadlineEntry>& deadlines() const { return m_deadlines; }
    QDate asOf() const { return m_asOf; }
    // Milliseconds of the last full reload: reading the summaries and making the rows (pool);
    // until the last row was in the list.
    qint64 lastReadMs() const { return m_readMs; }
    qint64 lastFillMs() const { return m_fillMs; }

signals:
    void loadingStarted();
    void rowsReset();          // a new set of rows replaced every row
    void rowsReplaced();       // the same cases, every row's content refreshed
    void reset();              // the reload is complete: every row is in
    void caseChanged(int row); // one row changed (or was appended: row == count-1)
    // The summaries could not be read in full (damage, I/O): nothing of them is shown.
    void readFailed(const QString& message);
    // The one change signal every count listens to (status bar, start page): after a complete
    // reload (reset) and after each changed case (caseChanged), whatever caused it.
    void changed();

private:
    struct Loaded
    {
        QList<CaseSummary> cases;       // ranks set
        QList<DeadlineEntry> deadlines; // sorted (deadlineBefore)
        QHash<QString, int> rowOf;      // case id -> row in `cases`
        Error failure;                  // the read's: then nothing else is set
        PinyinOrder pinyin;
    };
    static Loaded load(Session* session, QDate asOf, int warningDays);
    void readFinished();
    void finished();
    // Runs `step` once the running LongChange has ended.
    void deferUntilChangeEnds(void (CaseIndex::*step)());
    static void rankAll(QList<CaseSummary>& cases, PinyinOrder* pinyin);
    void placeRow(int row);

    Session& m_session;
    QList<CaseSummary> m_cases;
    QHash<QString, int> m_rowOf;
    QList<DeadlineEntry> m_deadlines;        // sorted (deadlineBefore)
    QList<DeadlineEntry> m_pendingDeadlines; // read, shown with the rows at the end of a reload
    QFutureWatcher<Loaded> m_reader;
    QSet<QString> m_changedWhileLoading; // updated by updateCase() during a reload
    QDate m_asOf;
    int m_warningDays = 0;
    PinyinOrder m_pinyin; // of the names and units read last, for rows made by updateCase()
    bool m_reloadAgain = false;
    bool m_loading = false; // from reload() until every row is in m_cases
    QElapsedTimer m_clock;
    qint64 m_readMs = 0;
    qint64 m_fillMs = 0;
};

} // namespace casetrack
