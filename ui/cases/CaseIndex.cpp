#include "cases/CaseIndex.h"

#include "cases/MergeRuns.h"
#include "common/LongChange.h"

#include "procedure/CaseDigest.h"
#include "services/Session.h"
#include "util/DateText.h"

#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <utility>

namespace casetrack {

namespace {

bool numberBefore(const CaseSummary& a, const CaseSummary& b)
{
    const int order = a.numberKey.compare(b.numberKey);
    return order != 0 ? order < 0 : a.id < b.id;
}

// The dashboard's order: by due date, then case number.
bool deadlineBefore(const DeadlineEntry& a, const DeadlineEntry& b)
{
    return a.due != b.due ? a.due < b.due : a.caseNumber < b.caseNumber;
}

bool sameCases(const QList<CaseSummary>& a, const QList<CaseSummary>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id)
            return false;
    }
    return true;
}

} // namespace

CaseIndex::CaseIndex(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_reader, &QFutureWatcher<Loaded>::finished, this, &CaseIndex::readFinished);
}

CaseIndex::~CaseIndex()
{
    // The session outlives this index (MainWindow goes first): wait for a read still running.
    m_reader.waitForFinished();
}

namespace {

// Names and units ranked in pinyin order (PinyinOrder.h).
struct PinyinRanks
{
    PinyinOrder order;
    QList<int> names;
    QList<int> units;
};

// The names and units of CaseDigest or CaseSummary rows, in row order.
struct NamesAndUnits
{
    QStringList names;
    QStringList units;
};

template <typename Row> NamesAndUnits namesAndUnits(const QList<Row>& rows)
{
    NamesAndUnits out;
    out.names.reserve(rows.size());
    out.units.reserve(rows.size());
    for (const Row& row : rows) {
        out.names.append(row.name);
        out.units.append(row.unit);
    }
    return out;
}

PinyinRanks rankByPinyin(const NamesAndUnits& texts)
{
    PinyinRanks r;
    r.order = PinyinOrder::of(texts.names, texts.units);
    r.names = pinyinRanks(r.order, texts.names);
    r.units = pinyinRanks(r.order, texts.units);
    return r;
}

// Every row's place by case number.
void rankByNumber(QList<CaseSummary>& cases)
{
    QList<int> byNumber(cases.size());
    std::iota(byNumber.begin(), byNumber.end(), 0);
    const QList<CaseSummary>& rows = cases;
    std::sort(byNumber.begin(), byNumber.end(), [&](int a, int b) { return numberBefore(rows[a], rows[b]); });
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[byNumber[i]].numberRank = int(i);
}

void setPinyinRanks(QList<CaseSummary>& cases, const PinyinRanks& ranks)
{
    for (qsizetype i = 0; i < cases.size(); ++i) {
        cases[i].nameRank = ranks.names[i];
        cases[i].unitRank = ranks.units[i];
    }
}

} // namespace

CaseIndex::Loaded CaseIndex::load(Session* session, QDate asOf, int warningDays)
{
    Loaded out;
    // Every core reads and makes rows at once: the read is what the list waits for. Each part
    // (a range of case ids) orders its own deadlines and numbers on the thread that read it; the
    // parts' orders are merged after.
    QList<QList<DeadlineEntry>> deadlines; // of each part: case-id order, then by deadlineBefore
    QList<QList<int>> byNumber;            // of each part: its rows by numberBefore
    // Plain pointers into the lists, made before the parts start: the threads write to different
    // elements, and no list is touched as a whole while they run.
    CaseSummary* rows = nullptr;
    QList<DeadlineEntry>* partDeadlines = nullptr;
    QList<int>* partByNumber = nullptr;
    out.failure = session->readSummaries(
        std::clamp(QThread::idealThreadCount(), 1, 4),
        [&](qsizetype count, int parts) {
            out.cases.resize(count);
            rows = out.cases.data();
            deadlines.resize(parts);
            byNumber.resize(parts);
            partDeadlines = deadlines.data();
            partByNumber = byNumber.data();
        },
        [&](int part, qsizetype position, CaseDigest&& digest) {
            rows[position] = summaryRow(digest, asOf, warningDays);
            if (!digest.deadlines.isEmpty())
                partDeadlines[part].append(deadlineEntries(digest, asOf, warningDays));
            partByNumber[part].append(int(position));
        },
        [&](int part) {
            std::stable_sort(partDeadlines[part].begin(), partDeadlines[part].end(), deadlineBefore);
            std::sort(partByNumber[part].begin(), partByNumber[part].end(),
                      [&](int a, int b) { return numberBefore(rows[a], rows[b]); });
        });
    if (out.failure.isError()) {
        out.cases.clear();
        return out;
    }
    // The pinyin ranks need only the names and units, the map only the ids: they are made on the
    // pool's other thread while this one merges the parts' orders.
    QFuture<PinyinRanks> pinyin = QtConcurrent::run([texts = namesAndUnits(std::as_const(out.cases)), &out] {
        PinyinRanks ranks = rankByPinyin(texts);
        out.rowOf.reserve(out.cases.size());
        for (qsizetype row = 0; row < out.cases.size(); ++row)
            out.rowOf.insert(std::as_const(out.cases)[row].id, int(row));
        return ranks;
    });
    out.deadlines = mergeRuns(deadlines, deadlineBefore);
    deadlines.clear();
    const QList<int> numberOrder =
        mergeRuns(byNumber, [&](int a, int b) { return numberBefore(rows[a], rows[b]); });
    for (qsizetype i = 0; i < numberOrder.size(); ++i)
        rows[numberOrder[i]].numberRank = int(i);
    // If the pool has no thread free, result() runs the ranking here (QFuture steals the task).
    PinyinRanks ranks = pinyin.result();
    setPinyinRanks(out.cases, ranks);
    out.pinyin = std::move(ranks.order);
    return out;
}

// Every row's place among all rows by name, unit (pinyin) and number: sorting is then a
// comparison of integers.
void CaseIndex::rankAll(QList<CaseSummary>& cases, PinyinOrder* pinyin)
{
    PinyinRanks ranks = rankByPinyin(namesAndUnits(std::as_const(cases)));
    setPinyinRanks(cases, ranks);
    rankByNumber(cases);
    *pinyin = std::move(ranks.order);
}

void CaseIndex::reload()
{
    if (LongChange::running()) {
        // Reading now would record the view inside the change's transaction: after it.
        deferUntilChangeEnds(&CaseIndex::reload);
        return;
    }
    if (m_loading) {
        // Settings or the calendar may have changed: read again once this round is in.
        m_reloadAgain = true;
        return;
    }
    m_asOf = QDate::currentDate();
    // Settings are read here, on the UI thread, like every other session use; the pool thread
    // reads only the summaries (the connection is opened FULLMUTEX).
    m_warningDays = m_session.engineSettings().warningDays;
    m_loading = true;
    m_changedWhileLoading.clear();
    m_clock.start();
    emit loadingStarted();
    m_reader.setFuture(QtConcurrent::run(&CaseIndex::load, &m_session, m_asOf, m_warningDays));
}

void CaseIndex::readFinished()
{
    // Also called when the watcher is handed the empty future below: nothing to do then.
    if (m_reader.future().resultCount() == 0)
        return;
    if (LongChange::running()) {
        deferUntilChangeEnds(&CaseIndex::readFinished); // the rows wait in the watcher
        return;
    }
    Loaded loaded = m_reader.result();
    m_reader.setFuture(QFuture<Loaded>());
    m_readMs = m_clock.elapsed();
    Error failure = loaded.failure.isError() ? loaded.failure : m_session.readFailure();
    if (!failure.isError()) {
        // Every list, the start page and the deadlines dashboard show these rows: reading them
        // is a view of every case, on the record before any row is shown (as `case list`).
        failure = m_session.recordAccess(QStringLiteral("view.list"), QStringLiteral("cases"),
                                         {{QStringLiteral("as_of"), isoDate(m_asOf)},
                                          {QStringLiteral("count"), loaded.cases.size()},
                                          {QStringLiteral("deadlines"), loaded.deadlines.size()}});
    }
    if (failure.isError()) {
        // Damage is an error, never data: show no partial list. Nor a list whose reading could
        // not be recorded.
        loaded = Loaded();
        m_reloadAgain = false;
        emit readFailed(failure.message);
    }
    m_pendingDeadlines = std::move(loaded.deadlines);
    m_pinyin = std::move(loaded.pinyin);
    if (!m_cases.isEmpty() && sameCases(m_cases, loaded.cases)) {
        // The same cases (the hourly reload, a settings change): rows refreshed in place, so the
        // selection and the scroll position stay.
        m_cases = std::move(loaded.cases);
        emit rowsReplaced();
        finished();
        return;
    }
    // A new set: handed over whole (moving 100,000 rows one by one took 90 ms of the UI thread).
    m_cases = std::move(loaded.cases);
    m_rowOf = std::move(loaded.rowOf);
    emit rowsReset();
    // Not in the same turn: what follows the load (the start page, the dashboard, the counts) is
    // a stall of its own, and the two together would exceed 50 ms at 100,000 cases.
    QTimer::singleShot(0, this, &CaseIndex::finished);
}

void CaseIndex::deferUntilChangeEnds(void (CaseIndex::*step)())
{
    connect(LongChange::notifier(), &LongChange::finished, this, step,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void CaseIndex::finished()
{
    m_fillMs = m_clock.elapsed();
    m_loading = false;
    // The dashboard's positions refer to the list it grouped: the new one replaces it only now.
    m_deadlines = std::move(m_pendingDeadlines);
    emit reset();
    emit changed();
    // Cases recorded while the summaries were being read: their rows are refreshed now.
    const QSet<QString> changed = std::exchange(m_changedWhileLoading, {});
    for (const QString& id : changed)
        updateCase(id);
    if (std::exchange(m_reloadAgain, false))
        reload();
}

namespace {

// Moves `row` to its place by `before` among the others, given by `rank` (-1 for a new row): the
// ranks of the other rows move by one at most, so their order among themselves stays.
template <typename Before>
void placeRank(QList<CaseSummary>& cases, int row, int CaseSummary::*rank, Before before)
{
    const int old = cases[row].*rank;
    int place = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (i != row && before(int(i)))
            ++place;
    }
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (i == row)
            continue;
        int& other = cases[i].*rank;
        if (old >= 0 && other > old)
            --other; // out of its old place
        if (other >= place)
            ++other; // into the new one
    }
    cases[row].*rank = place;
}

} // namespace

// A row made or changed by updateCase(): its ranks among the others.
void CaseIndex::placeRow(int row)
{
    CaseSummary& changed = m_cases[row];
    if (!m_pinyin.knows(changed.name) || !m_pinyin.knows(changed.unit)) {
        // A character no row had: the characters are collated again, every row ranked again.
        rankAll(m_cases, &m_pinyin);
        return;
    }
    placeRank(m_cases, row, &CaseSummary::numberRank,
              [&](int i) { return numberBefore(m_cases[i], m_cases[row]); });
    for (const auto& [rankMember, textMember] : {std::pair{&CaseSummary::nameRank, &CaseSummary::name},
                                                 std::pair{&CaseSummary::unitRank, &CaseSummary::unit}}) {
        // Plain copies: a lambda may not capture a structured binding before C++20 (clang 14).
        const auto rank = rankMember;
        const auto text = textMember;
        const QString key = m_pinyin.key(m_cases[row].*text);
        placeRank(m_cases, row, rank, [&](int i) {
            const int order = m_pinyin.key(m_cases[i].*text).compare(key);
            return order != 0 ? order < 0 : i < row;
        });
    }
}

void CaseIndex::updateCase(const QString& caseId)
{
    if (m_loading) {
        // The rows being read may not have it yet: refreshed when they are all in.
        m_changedWhileLoading.insert(caseId);
        return;
    }
    Result<CaseDigest> digest = m_session.caseSummary(caseId);
    if (!digest.ok())
        return;
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    if (!m_asOf.isValid())
        m_warningDays = m_session.engineSettings().warningDays;
    CaseSummary summary = summaryRow(digest.value(), asOf, m_warningDays);
    m_deadlines.removeIf([&](const DeadlineEntry& d) { return d.caseId == caseId; });
    for (const DeadlineEntry& d : deadlineEntries(digest.value(), asOf, m_warningDays))
        m_deadlines.insert(std::upper_bound(m_deadlines.cbegin(), m_deadlines.cend(), d, deadlineBefore) -
                               m_deadlines.cbegin(),
                           d);
    auto it = m_rowOf.constFind(caseId);
    int row;
    if (it == m_rowOf.constEnd()) {
        row = int(m_cases.size());
        m_rowOf.insert(caseId, row);
        summary.numberRank = summary.nameRank = summary.unitRank = -1; // new: no place yet
        m_cases.append(summary);
    } else {
        row = *it;
        summary.numberRank = m_cases[row].numberRank;
        summary.nameRank = m_cases[row].nameRank;
        summary.unitRank = m_cases[row].unitRank;
        m_cases[row] = summary;
    }
    placeRow(row);
    emit caseChanged(row);
    emit changed();
}

} // namespace casetrack
