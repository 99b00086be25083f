#pragma once

#include "calendar/HolidayCalendar.h"
#include "cases/CaseSummary.h"
#include "procedure/EngineSettings.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include "procedure/CaseRecord.h"

namespace casetrack {

class Session;

// The summaries of every case and their open deadlines, shared by the case list and the
// deadlines dashboard. With 100,000 cases reading takes seconds and deriving more, so both run
// off the UI thread: the records are read by a pool thread (the session's SQLite connection is
// opened FULLMUTEX, and the read uses its own statements), then derived with
// QtConcurrent::mapped. Rows appear when it is done; the window stays responsive meanwhile.
class CaseIndex : public QObject
{
    Q_OBJECT
public:
    explicit CaseIndex(Session& session, QObject* parent = nullptr);
    ~CaseIndex() override;

    // Reloads everything (after unlock, settings or calendar changes).
    void reload();
    // Re-derives one case after a change (cheap, synchronous).
    void updateCase(const QString& caseId);

    bool isLoading() const { return m_loading; }
    Session& session() const { return m_session; }
    const QList<CaseSummary>& cases() const { return m_cases; }
    QList<DeadlineEntry> deadlines() const;
    QDate asOf() const { return m_asOf; }
    // Milliseconds of the last full reload: reading the records, deriving.
    qint64 lastReadMs() const { return m_readMs; }
    qint64 lastDeriveMs() const { return m_deriveMs; }

signals:
    void loadingStarted();
    void progress(int done, int total);
    void reset();              // the whole list changed
    void caseChanged(int row); // one row changed (or was appended: row == count-1)
    // The records could not be read in full (damage, I/O): nothing of them is shown.
    void readFailed(const QString& message);

private:
    void readFinished();
    void finished();

    struct Derived
    {
        CaseSummary summary;
        QList<DeadlineEntry> deadlines;
    };
    static Derived derive(const CaseRecord& record, const HolidayCalendar& calendar,
                          const EngineSettings& settings, const QDate& asOf);

    Session& m_session;
    QList<CaseSummary> m_cases;
    QHash<QString, int> m_rowOf;
    QHash<QString, QList<DeadlineEntry>> m_deadlines;
    QFutureWatcher<QList<CaseRecord>> m_reader;
    QFutureWatcher<Derived> m_watcher;
    QSet<QString> m_changedWhileLoading; // updated by updateCase() during a reload
    QDate m_asOf;
    bool m_reloadAgain = false;
    bool m_loading = false; // from reload() until the results are in m_cases
    QElapsedTimer m_clock;
    qint64 m_readMs = 0;
    qint64 m_deriveMs = 0;
};

} // namespace casetrack
