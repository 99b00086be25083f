#include "cases/CaseIndex.h"

#include "procedure/ProcedureEngine.h"
#include "services/Session.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace casetrack {

CaseIndex::CaseIndex(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_reader, &QFutureWatcher<QList<CaseRecord>>::finished, this, &CaseIndex::readFinished);
    connect(&m_watcher, &QFutureWatcher<Derived>::finished, this, &CaseIndex::finished);
    connect(&m_watcher, &QFutureWatcher<Derived>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
}

CaseIndex::~CaseIndex()
{
    // The session outlives this index (MainWindow goes first): wait for a read still running.
    m_reader.waitForFinished();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

CaseIndex::Derived CaseIndex::derive(const CaseRecord& record, const HolidayCalendar& calendar,
                                     const EngineSettings& settings, const QDate& asOf)
{
    const CaseState state = deriveState(record, calendar, settings, asOf);
    return {summarize(state), openDeadlines(state)};
}

void CaseIndex::reload()
{
    if (m_loading) {
        // Settings or the calendar may have changed: derive again once this round is in.
        m_reloadAgain = true;
        return;
    }
    m_asOf = QDate::currentDate();
    m_loading = true;
    m_changedWhileLoading.clear();
    m_clock.start();
    emit loadingStarted();
    Session* session = &m_session;
    m_reader.setFuture(QtConcurrent::run([session] { return session->loadAllCases(); }));
}

void CaseIndex::readFinished()
{
    // Also called when the watcher is handed the empty future below: nothing to do then.
    if (m_reader.future().resultCount() == 0)
        return;
    QList<CaseRecord> records = m_reader.result();
    m_reader.setFuture(QFuture<QList<CaseRecord>>());
    m_readMs = m_clock.restart();
    if (Error failure = m_session.readFailure(); failure.isError()) {
        // Damage is an error, never data: show no partial list.
        records.clear();
        m_reloadAgain = false;
        emit readFailed(failure.message);
    }
    // Settings and calendar are read here, on the UI thread, like every other session use.
    const HolidayCalendar calendar = m_session.calendar();
    const EngineSettings settings = m_session.engineSettings();
    const QDate asOf = m_asOf;
    m_watcher.setFuture(
        QtConcurrent::mapped(std::move(records), [calendar, settings, asOf](const CaseRecord& r) {
            return derive(r, calendar, settings, asOf);
        }));
}

void CaseIndex::finished()
{
    if (m_watcher.isCanceled())
        return;
    m_deriveMs = m_clock.elapsed();
    const QFuture<Derived> future = m_watcher.future();
    m_cases.clear();
    m_rowOf.clear();
    m_deadlines.clear();
    m_cases.reserve(future.resultCount());
    for (int i = 0; i < future.resultCount(); ++i) {
        const Derived& d = future.resultAt(i);
        m_rowOf.insert(d.summary.id, int(m_cases.size()));
        if (!d.deadlines.isEmpty())
            m_deadlines.insert(d.summary.id, d.deadlines);
        m_cases.append(d.summary);
    }
    m_watcher.setFuture(QFuture<Derived>()); // release the results
    m_loading = false;
    emit reset();
    // Cases recorded while the snapshot was being read: their rows are refreshed now.
    const QSet<QString> changed = std::exchange(m_changedWhileLoading, {});
    for (const QString& id : changed)
        updateCase(id);
    if (std::exchange(m_reloadAgain, false))
        reload();
}

void CaseIndex::updateCase(const QString& caseId)
{
    if (m_loading)
        m_changedWhileLoading.insert(caseId);
    auto record = m_session.loadCase(caseId);
    if (!record.ok())
        return;
    const Derived d =
        derive(record.value(), m_session.calendar(), m_session.engineSettings(), QDate::currentDate());
    if (d.deadlines.isEmpty())
        m_deadlines.remove(caseId);
    else
        m_deadlines.insert(caseId, d.deadlines);
    auto it = m_rowOf.constFind(caseId);
    int row;
    if (it == m_rowOf.constEnd()) {
        row = int(m_cases.size());
        m_rowOf.insert(caseId, row);
        m_cases.append(d.summary);
    } else {
        row = *it;
        m_cases[row] = d.summary;
    }
    emit caseChanged(row);
}

QList<DeadlineEntry> CaseIndex::deadlines() const
{
    QList<DeadlineEntry> out;
    for (const QList<DeadlineEntry>& list : m_deadlines)
        out.append(list);
    return out;
}

} // namespace casetrack
