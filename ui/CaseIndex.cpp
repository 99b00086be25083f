#include "CaseIndex.h"

#include "procedure/ProcedureEngine.h"
#include "session/Session.h"

#include <QtConcurrent/QtConcurrentMap>

namespace casetrack {

CaseIndex::CaseIndex(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Derived>::finished, this, &CaseIndex::finished);
    connect(&m_watcher, &QFutureWatcher<Derived>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
}

CaseIndex::~CaseIndex()
{
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
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    m_asOf = QDate::currentDate();
    m_loading = true;
    m_clock.start();
    // Reading stays on this thread: the session (one SQLite connection) is not shared across
    // threads. Deriving is pure (ProcedureEngine.h) and runs on the pool.
    QList<CaseRecord> records = m_session.loadAllCases();
    m_readMs = m_clock.restart();
    const HolidayCalendar calendar = m_session.calendar();
    const EngineSettings settings = m_session.engineSettings();
    const QDate asOf = m_asOf;
    emit loadingStarted();
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
}

void CaseIndex::updateCase(const QString& caseId)
{
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
