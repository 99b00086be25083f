// The case summaries read on several threads at once (Session::readSummaries): at 100,000 cases
// the desktop's list waits for this read, and one connection uses one core (docs/benchmarks.md).
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace casetrack {

namespace {

constexpr int kTries = 3;
// Parts per thread: small enough that the threads finish together, few enough that merging
// their orders stays cheap.
constexpr int kPartsPerThread = 4;

// Read-only connections, each inside a read transaction begun by its first read: a snapshot of
// the file held until the connection closes. `mark` is the last audit record in that snapshot;
// every committed change appends one, so equal marks are the same snapshot.
struct Snapshot
{
    std::vector<std::unique_ptr<Database>> connections;
    std::vector<qint64> marks;

    bool agrees() const
    {
        return std::adjacent_find(marks.cbegin(), marks.cend(), std::not_equal_to<>()) == marks.cend();
    }
};

Result<Snapshot> openSnapshot(const QString& path, const SecureBytes& key, int parts)
{
    Snapshot out;
    for (int part = 0; part < parts; ++part) {
        Result<std::unique_ptr<Database>> db = Database::open(path, key, Database::Mode::ReadOnly);
        if (!db.ok())
            return db.error();
        Database& connection = *db.value();
        if (Error error = connection.exec("BEGIN"); error.isError())
            return error;
        Statement mark = connection.prepare("SELECT coalesce(max(seq), 0) FROM audit");
        if (!mark.next())
            return connection.readFailure();
        out.marks.push_back(mark.integer(0));
        out.connections.push_back(std::move(db.value()));
    }
    return out;
}

// Where each part begins: the number of cases and, for parts 1.., the id and position of its
// first case, from the index on cases.id (it holds only the ids: a few hundred pages).
struct Bounds
{
    qsizetype count = 0;
    QStringList firstIds;         // of parts 1..
    QList<qsizetype> firstOfPart; // position of each part's first case; then `count`
    int parts() const { return int(firstOfPart.size()) - 1; }
};

std::optional<Bounds> partBounds(Database& db, int parts)
{
    Bounds out;
    Statement count = db.prepare("SELECT count(*) FROM cases");
    if (!count.next())
        return std::nullopt;
    out.count = count.integer(0);
    parts = int(std::clamp<qsizetype>(out.count, 1, parts));
    out.firstOfPart.append(0);
    // Each bound found from the one before: the index is walked once in all.
    Statement first = db.prepare("SELECT id FROM cases WHERE id >= ?1 ORDER BY id LIMIT 1 OFFSET ?2");
    QString from = QStringLiteral("");
    for (int part = 1; part < parts; ++part) {
        const qsizetype position = out.count * part / parts;
        first.reset();
        first.bind(1, from).bind(2, qint64(position - out.firstOfPart.last()));
        if (!first.next())
            return std::nullopt;
        from = first.text(0);
        out.firstIds.append(from);
        out.firstOfPart.append(position);
    }
    out.firstOfPart.append(out.count);
    return out;
}

} // namespace

Error Session::readSummaries(int threads, const std::function<void(qsizetype, int)>& begin,
                             const std::function<void(int, qsizetype, CaseDigest&&)>& each,
                             const std::function<void(int)>& done) const
{
    threads = std::max(1, threads);
    Snapshot snapshot;
    for (int attempt = 0;; ++attempt) {
        // Written to all the time: one connection is always one snapshot.
        Result<Snapshot> opened = openSnapshot(d->path, d->databaseKey, attempt < kTries ? threads : 1);
        if (!opened.ok())
            return opened.error();
        if (opened->agrees()) {
            snapshot = std::move(opened.value());
            break;
        }
    }
    threads = int(snapshot.connections.size());
    Database& first = *snapshot.connections.front();
    const std::optional<Bounds> bounds = partBounds(first, threads == 1 ? 1 : threads * kPartsPerThread);
    if (!bounds)
        return first.readFailure();
    const int parts = bounds->parts();
    begin(bounds->count, parts);

    std::vector<qsizetype> read(parts, 0);
    std::vector<char> ok(parts, 0);
    std::atomic<int> nextPart = 0;
    auto readParts = [&](Database* connection) {
        for (int part = nextPart++; part < parts; part = nextPart++) {
            const QString from = part == 0 ? QString() : bounds->firstIds[part - 1];
            const QString to = part + 1 < parts ? bounds->firstIds[part] : QString();
            const qsizetype start = bounds->firstOfPart[part], end = bounds->firstOfPart[part + 1];
            qsizetype position = start;
            ok[part] = SummaryStore(*connection).readRange(from, to, [&](CaseDigest&& digest) {
                if (position < end) // more rows than cases: counted, never passed on
                    each(part, position, std::move(digest));
                ++position;
            });
            read[part] = position - start;
            if (!ok[part]) {
                nextPart = parts; // the others stop after the part they are reading
                return;
            }
            if (done)
                done(part);
        }
    };
    std::vector<std::thread> others;
    for (int thread = 1; thread < threads; ++thread)
        others.emplace_back(readParts, snapshot.connections[thread].get());
    readParts(&first);
    for (std::thread& thread : others)
        thread.join();

    qsizetype total = 0;
    bool oneToOne = true;
    for (int part = 0; part < parts; ++part) {
        if (!ok[part]) {
            for (const std::unique_ptr<Database>& connection : snapshot.connections) {
                if (Error failure = connection->readFailure(); failure.isError())
                    return failure;
            }
            return Error::make(ErrorCode::Unavailable, first.lastError());
        }
        total += read[part];
        oneToOne = oneToOne && read[part] == bounds->firstOfPart[part + 1] - bounds->firstOfPart[part];
    }
    if (!oneToOne)
        // A case without its summary would be missing from every list without a word.
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate(
                               "Session", "%1 中的案件列表摘要与案件记录不一致（%2 个案件，%3 条摘要）。"
                                          "请运行 casetrack-cli check --repair，从事件记录重建摘要。")
                               .arg(d->path)
                               .arg(bounds->count)
                               .arg(total));
    return Error::ok();
}

} // namespace casetrack
