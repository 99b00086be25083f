#include "storage/CaseStore.h"

#include "storage/Database.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QThread>

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <optional>

namespace casetrack {

namespace {

// A column's UTF-8 bytes without a copy: valid until the statement steps again.
QByteArray rawColumn(sqlite3_stmt* stmt, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return QByteArray::fromRawData(data ? data : "", sqlite3_column_bytes(stmt, column));
}

QJsonObject parseObject(const QByteArray& utf8)
{
    return utf8.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(utf8).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Stored facts that do not parse are damage (SQLCipher authenticates every page, so this means
// a bug or an edit outside the app): recorded as a read failure, never shown as an empty case.
// The parse touches nothing shared, so that loading every case can run it on another thread.
std::optional<CaseFacts> parseFacts(const QByteArray& utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (!doc.isObject())
        return std::nullopt;
    Result<CaseFacts> facts = CaseFacts::fromJson(doc.object(), FactsMode::Stored);
    if (!facts.ok())
        return std::nullopt;
    return facts.take();
}

void noteUnparsedFacts(Database& db, const QByteArray& caseId)
{
    db.noteReadFailure(Error::make(
        ErrorCode::Unavailable,
        QCoreApplication::translate("CaseStore", "读取案件 %1 时出错（%2）：存储的案件信息无法解析。"
                                                 "请用 casetrack-cli check 检查，并从备份恢复。")
            .arg(QString::fromUtf8(caseId), db.path())));
}

CaseFacts readFacts(Database& db, const QByteArray& utf8, const QByteArray& caseId)
{
    if (std::optional<CaseFacts> facts = parseFacts(utf8))
        return std::move(*facts);
    noteUnparsedFacts(db, caseId);
    return CaseFacts();
}

int digits(const char* p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// The stored form is always YYYY-MM-DD; QDate::fromString is the fallback for anything else,
// so the result is the same as before, only without the string round trip.
QDate readDate(const QByteArray& utf8)
{
    const char* p = utf8.constData();
    if (utf8.size() == 10 && p[4] == '-' && p[7] == '-') {
        const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(QString::fromUtf8(utf8), Qt::ISODate);
}

// recorded_at is written as YYYY-MM-DDTHH:MM:SS followed by Z or ±HH:MM. Parsing that by hand
// is many times faster than QDateTime::fromString; other forms take the general parser.
QDateTime readTimestamp(const QByteArray& utf8)
{
    const char* p = utf8.constData();
    const qsizetype n = utf8.size();
    if ((n == 20 || n == 25) && p[10] == 'T' && p[13] == ':' && p[16] == ':') {
        const QDate date = readDate(QByteArray::fromRawData(p, 10));
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2);
        const QTime time = h >= 0 && mi >= 0 && s >= 0 ? QTime(h, mi, s) : QTime();
        if (date.isValid() && time.isValid()) {
            if (n == 20 && p[19] == 'Z')
                return QDateTime(date, time, Qt::UTC);
            const int oh = digits(p + 20, 2), om = digits(p + 23, 2);
            if (n == 25 && (p[19] == '+' || p[19] == '-') && p[22] == ':' && oh >= 0 && om >= 0 &&
                (oh != 0 || om != 0))
                return QDateTime(date, time, Qt::OffsetFromUTC,
                                 (p[19] == '-' ? -1 : 1) * (oh * 3600 + om * 60));
        }
    }
    return QDateTime::fromString(QString::fromUtf8(utf8), Qt::ISODate);
}

// Loading every case sees the same few strings (step ids, account names) and the same small
// data objects ({"sanction":"warning"}) again and again: one shared copy of each saves a heap
// block and a parse per event. Bounded, so unique texts cannot grow it without limit.
class Interner
{
public:
    QString text(const QByteArray& utf8)
    {
        const auto it = m_texts.constFind(utf8);
        if (it != m_texts.cend())
            return *it;
        const QString value = QString::fromUtf8(utf8);
        if (m_texts.size() < kLimit)
            m_texts.insert(QByteArray(utf8.constData(), utf8.size()), value);
        return value;
    }

    QJsonObject object(const QByteArray& utf8)
    {
        const auto it = m_objects.constFind(utf8);
        if (it != m_objects.cend())
            return *it;
        const QJsonObject value = parseObject(utf8);
        if (m_objects.size() < kLimit)
            m_objects.insert(QByteArray(utf8.constData(), utf8.size()), value);
        return value;
    }

private:
    static constexpr qsizetype kLimit = 16384;
    QHash<QByteArray, QString> m_texts;
    QHash<QByteArray, QJsonObject> m_objects;
};

// Columns from `first`: seq, step, date, data, recorded_by, recorded_at.
Event readEvent(sqlite3_stmt* stmt, int first, Interner& interner)
{
    Event event;
    event.seq = sqlite3_column_int(stmt, first);
    event.step = interner.text(rawColumn(stmt, first + 1));
    event.date = readDate(rawColumn(stmt, first + 2));
    if (sqlite3_column_type(stmt, first + 3) != SQLITE_NULL)
        event.data = interner.object(rawColumn(stmt, first + 3));
    event.recordedBy = interner.text(rawColumn(stmt, first + 4));
    event.recordedAt = readTimestamp(rawColumn(stmt, first + 5));
    return event;
}

// A statement on the raw handle, for the loading loops that read columns without copies. An
// error ends the loop like the last row, and is recorded as the Database's readFailure(), which
// the callers check.
class RawStatement
{
public:
    RawStatement(Database& db, const char* sql) : m_db(db)
    {
        const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            db.noteFailure(sql, rc, true);
        }
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    sqlite3_stmt* get() const { return m_stmt; }
    bool next()
    {
        if (!m_stmt || m_failed)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(sqlite3_extended_errcode(m_db.handle()));
        return false;
    }
    void bind(int index, const QByteArray& utf8)
    {
        if (m_stmt) {
            const int rc =
                sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            if (rc != SQLITE_OK)
                fail(rc);
        }
    }

private:
    void fail(int rc)
    {
        m_failed = true;
        m_db.noteFailure(sqlite3_sql(m_stmt), rc, true);
    }
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace

CaseStore::CaseStore(Database& db) : m_db(db) {}

CaseStore::~CaseStore() = default;

Statement& CaseStore::cached(std::unique_ptr<Statement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<Statement>(m_db.prepare(sql));
    return *slot;
}

QString CaseStore::nextCaseId(const QString& prefix)
{
    Statement last = m_db.prepare("SELECT id FROM cases WHERE id LIKE ? ORDER BY id DESC LIMIT 1");
    last.bind(1, prefix + QLatin1Char('%'));
    const int next = last.next() ? last.text(0).mid(prefix.size()).toInt() + 1 : 1;
    last.reset();
    return prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));
}

bool CaseStore::insertCase(const QString& id, const QJsonObject& factsJson, const QString& createdAt,
                           const QString& createdBy)
{
    Statement& insert =
        cached(m_insertCase, "INSERT INTO cases(id, facts, created_at, created_by) VALUES(?, ?, ?, ?)");
    insert.bind(1, id).bind(2, compact(factsJson)).bind(3, createdAt).bind(4, createdBy);
    // run() resets the statement but keeps the error for Database::lastError().
    return insert.run();
}

bool CaseStore::updateFacts(const QString& id, const QJsonObject& factsJson)
{
    Statement update = m_db.prepare("UPDATE cases SET facts = ? WHERE id = ?");
    update.bind(1, compact(factsJson)).bind(2, id);
    return update.run();
}

bool CaseStore::appendEvent(const QString& caseId, const Event& event)
{
    Statement& insert =
        cached(m_insertEvent, "INSERT INTO events(case_id, seq, step, date, data, recorded_by, recorded_at) "
                              "VALUES(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, caseId).bind(2, event.seq).bind(3, event.step).bind(4, isoDate(event.date));
    event.data.isEmpty() ? insert.bindNull(5) : insert.bind(5, compact(event.data));
    insert.bind(6, event.recordedBy)
        .bind(7, event.recordedAt.toOffsetFromUtc(event.recordedAt.offsetFromUtc()).toString(Qt::ISODate));
    // run() resets the statement but keeps the error for Database::lastError().
    return insert.run();
}

std::optional<CaseRecord> CaseStore::loadCase(const QString& caseId)
{
    const QByteArray id = caseId.toUtf8();
    RawStatement caseRow(m_db, "SELECT facts FROM cases WHERE id = ?");
    caseRow.bind(1, id);
    if (!caseRow.next())
        return std::nullopt;
    CaseRecord record;
    record.id = caseId;
    record.facts = readFacts(m_db, rawColumn(caseRow.get(), 0), id);
    RawStatement events(m_db, "SELECT seq, step, date, data, recorded_by, recorded_at FROM events "
                              "WHERE case_id = ? ORDER BY seq");
    events.bind(1, id);
    Interner interner;
    while (events.next())
        record.events.append(readEvent(events.get(), 0, interner));
    return record;
}

QList<CaseRecord> CaseStore::loadAllCases()
{
    QList<CaseRecord> records;
    records.reserve(caseCount());
    QHash<QByteArray, qsizetype> index;
    index.reserve(records.capacity());
    // The facts as stored, parsed on a second thread while this one steps through the events
    // (parsing the facts is about as long as reading every row: issue 13, docs/benchmarks.md).
    QList<QByteArray> factsText;
    factsText.reserve(records.capacity());
    RawStatement cases(m_db, "SELECT id, facts FROM cases ORDER BY id");
    while (cases.next()) {
        const QByteArray id = rawColumn(cases.get(), 0);
        CaseRecord record;
        record.id = QString::fromUtf8(id);
        index.insert(QByteArray(id.constData(), id.size()), records.size());
        // A deep copy: rawColumn's bytes belong to SQLite until the next step.
        const QByteArray facts = rawColumn(cases.get(), 1);
        factsText.append(QByteArray(facts.constData(), facts.size()));
        records.append(std::move(record));
    }
    // From here on the list never grows: each thread writes its own member of each record.
    CaseRecord* const base = records.data();
    QByteArray* const texts = factsText.data();
    const qsizetype count = factsText.size();
    QList<qsizetype> unparsed; // read failures are noted on this thread (the Database is not shared)
    std::unique_ptr<QThread> parser(QThread::create([base, texts, count, &unparsed] {
        for (qsizetype i = 0; i < count; ++i) {
            std::optional<CaseFacts> facts = parseFacts(texts[i]);
            texts[i] = QByteArray(); // each text goes once parsed: the peak stays that of the records
            if (facts)
                base[i].facts = std::move(*facts);
            else
                unparsed.append(i);
        }
    }));
    parser->start();
    // One pass over all events in primary-key order (case, seq): no query per case, and the
    // case id is looked up only when it changes.
    RawStatement events(m_db, "SELECT case_id, seq, step, date, data, recorded_by, recorded_at FROM events");
    Interner interner;
    QByteArray currentId;
    CaseRecord* current = nullptr;
    bool started = false;
    while (events.next()) {
        const QByteArray caseId = rawColumn(events.get(), 0);
        if (!started || caseId != currentId) {
            const auto it = index.constFind(caseId);
            current = it == index.cend() ? nullptr : base + *it;
            currentId = QByteArray(caseId.constData(), caseId.size());
            started = true;
        }
        if (current)
            current->events.append(readEvent(events.get(), 1, interner));
    }
    parser->wait();
    for (qsizetype i : std::as_const(unparsed))
        noteUnparsedFacts(m_db, records.at(i).id.toUtf8());
    return records;
}

int CaseStore::caseCount()
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM cases");
    return stmt.next() ? static_cast<int>(stmt.integer(0)) : 0;
}

} // namespace casetrack
