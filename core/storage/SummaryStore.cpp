#include "storage/SummaryStore.h"

#include "procedure/CaseRecord.h"
#include "procedure/ProcedureEngine.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/StoredEngineInputs.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace casetrack {

namespace {

// The open deadlines as one text: records separated by U+001E, their fields (label, article,
// explanation, due date; label and explanation as encoded messages) by U+001F, none as the empty text; about
// ten times quicker to read than JSON for 50,000 rows. A field that holds one of the separators (nothing
// CaseTrack writes) makes the row JSON instead, told apart by its "[".
constexpr char16_t kRecord = 0x1e;
constexpr char16_t kField = 0x1f;

QString deadlinesText(const QList<OpenDeadline>& deadlines)
{
    bool plain = true;
    for (const OpenDeadline& d : deadlines) {
        for (const QString* field : {&d.labelCode, &d.article, &d.explainCode})
            plain = plain && !field->contains(QChar(kRecord)) && !field->contains(QChar(kField));
    }
    if (plain) {
        QString text;
        for (const OpenDeadline& d : deadlines) {
            if (!text.isEmpty())
                text += QChar(kRecord);
            text += d.labelCode + QChar(kField) + d.article + QChar(kField) + d.explainCode + QChar(kField) +
                    isoDate(d.due);
        }
        return text;
    }
    QJsonArray array;
    for (const OpenDeadline& d : deadlines)
        array.append(QJsonObject{{QStringLiteral("label"), d.labelCode},
                                 {QStringLiteral("article"), d.article},
                                 {QStringLiteral("explain"), d.explainCode},
                                 {QStringLiteral("due"), isoDate(d.due)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QDate dueDate(QStringView text)
{
    return text.isEmpty() ? QDate() : parseIsoDate(text.toString());
}

template <typename Intern> bool parseDeadlines(const QString& text, QList<OpenDeadline>* out, Intern& intern)
{
    if (text.isEmpty())
        return true;
    if (text.startsWith(QLatin1Char('['))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isArray())
            return false;
        for (const QJsonValue& value : doc.array()) {
            const QJsonObject o = value.toObject();
            out->append({o.value(QLatin1String("label")).toString(),
                         o.value(QLatin1String("article")).toString(),
                         o.value(QLatin1String("explain")).toString(),
                         dueDate(o.value(QLatin1String("due")).toString())});
        }
        return true;
    }
    for (QStringView record : QStringView(text).split(QChar(kRecord))) {
        const QList<QStringView> f = record.split(QChar(kField));
        if (f.size() != 4)
            return false;
        const QDate due = dueDate(f[3]);
        if (!f[3].isEmpty() && !due.isValid())
            return false;
        // Labels and articles repeat across cases: one string each. Explanations name the
        // case's own dates, so nearly every one is new: interning them only grew the set.
        out->append({intern(f[0].toString()), intern(f[1].toString()), f[2].toString(), due});
    }
    return true;
}

// The few ids every row repeats (track, stage, step, sanction) share one string each.
class Interner
{
public:
    QString operator()(const QString& text)
    {
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(text);
        return text;
    }

private:
    QSet<QString> m_seen;
};

// The columns readRow reads, in its order; every query of the rows starts with it.
constexpr char kSelectRows[] = "SELECT case_id, number, name, unit, track, stage, next_step, sanction, year, "
                               "closed, deadlines FROM case_summaries ";

// The rows with `from` <= case_id < `to`, a bound left out when empty (?1 and ?2 keep their
// numbers), so that SQLite walks only the range.
QByteArray rangeQuery(const QString& from, const QString& to)
{
    QByteArray sql(kSelectRows);
    if (!from.isEmpty() && !to.isEmpty())
        sql += "WHERE case_id >= ?1 AND case_id < ?2 ";
    else if (!from.isEmpty())
        sql += "WHERE case_id >= ?1 ";
    else if (!to.isEmpty())
        sql += "WHERE case_id < ?2 ";
    return sql + "ORDER BY case_id";
}

std::optional<CaseDigest> readRow(Database& db, const Statement& row, Interner& intern,
                                  QStringList* unparsed = nullptr)
{
    CaseDigest d;
    d.id = row.text(0);
    d.number = row.text(1);
    d.name = row.text(2);
    d.unit = row.text(3);
    d.track = intern(row.text(4));
    d.stage = intern(row.text(5));
    d.nextStep = intern(row.text(6));
    d.sanction = intern(row.text(7));
    d.year = int(row.integer(8));
    d.closed = row.integer(9) != 0;
    if (parseDeadlines(row.text(10), &d.deadlines, intern))
        return d;
    if (unparsed) {
        unparsed->append(d.id);
        return std::nullopt;
    }
    // SQLCipher authenticates every page: a row that does not parse was written by a bug or
    // outside the app. Damage is an error, never data (`check` repairs it from the events).
    db.noteReadFailure(
        Error::make(ErrorCode::Unavailable,
                    QCoreApplication::translate("SummaryStore",
                                                "案件 %1 的列表摘要（%2）无法解析。"
                                                "请运行 casetrack-cli check --repair，从事件记录重建摘要。")
                        .arg(d.id, db.path())));
    return std::nullopt;
}

} // namespace

SummaryStore::SummaryStore(Database& db) : m_db(db) {}

SummaryStore::~SummaryStore() = default;

bool SummaryStore::write(const CaseDigest& d)
{
    if (!m_write)
        m_write = std::make_unique<Statement>(m_db.prepare(
            "INSERT OR REPLACE INTO case_summaries(case_id, number, name, unit, track, stage, next_step, "
            "sanction, year, closed, deadlines, language) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement& stmt = *m_write;
    stmt.reset();
    stmt.bind(1, d.id)
        .bind(2, d.number)
        .bind(3, d.name)
        .bind(4, d.unit)
        .bind(5, d.track)
        .bind(6, d.stage)
        .bind(7, d.nextStep)
        .bind(8, d.sanction)
        .bind(9, d.year)
        .bind(10, d.closed ? 1 : 0)
        .bind(11, deadlinesText(d.deadlines))
        .bind(12, QStringLiteral("")); // the language of the old, translated texts (schema 6 to 8)
    return stmt.run();
}

std::optional<CaseDigest> SummaryStore::read(const QString& caseId)
{
    Statement stmt = m_db.prepare(QByteArray(kSelectRows).append("WHERE case_id = ?").constData());
    stmt.bind(1, caseId);
    Interner intern;
    if (!stmt.next())
        return std::nullopt;
    return readRow(m_db, stmt, intern);
}

QList<CaseDigest> SummaryStore::readAll(QStringList* unparsed)
{
    QList<CaseDigest> out;
    Statement count = m_db.prepare("SELECT count(*) FROM case_summaries");
    out.reserve(count.next() ? count.integer(0) : 0);
    if (!readRange(
            {}, {}, [&](CaseDigest&& digest) { out.append(std::move(digest)); }, unparsed))
        return {};
    return out;
}

bool SummaryStore::readRange(const QString& from, const QString& to,
                             const std::function<void(CaseDigest&&)>& each, QStringList* unparsed)
{
    Statement stmt = m_db.prepare(rangeQuery(from, to).constData());
    if (!stmt.isValid())
        return false;
    if (!from.isEmpty())
        stmt.bind(1, from);
    if (!to.isEmpty())
        stmt.bind(2, to);
    Interner intern;
    while (stmt.next()) {
        std::optional<CaseDigest> digest = readRow(m_db, stmt, intern, unparsed);
        if (digest)
            each(std::move(*digest));
        else if (!unparsed)
            return false;
    }
    return !stmt.failed();
}

CaseDigest deriveDigest(const CaseRecord& record, const HolidayCalendar& calendar,
                        const EngineSettings& settings)
{
    return digestCase(deriveState(record, calendar, settings, QDate::currentDate()));
}

Error rebuildSummaries(Database& db, const RebuildProgress& progress)
{
    const HolidayCalendar calendar = storedCalendar(db);
    const EngineSettings settings = storedEngineSettings(db);
    const QList<CaseRecord> records = CaseStore(db).loadAllCases();
    if (Error failure = db.readFailure(); failure.isError())
        return failure;
    if (Error error = db.exec("DELETE FROM case_summaries"); error.isError())
        return error;
    const qsizetype total = records.size();
    const qsizetype step = std::max<qsizetype>(1, total / 100);
    if (progress)
        progress(0, total);
    SummaryStore store(db);
    for (qsizetype done = 0; done < total; ++done) {
        if (!store.write(deriveDigest(records[done], calendar, settings)))
            return Error::make(ErrorCode::Unavailable, db.lastError());
        if (progress && ((done + 1) % step == 0 || done + 1 == total))
            progress(done + 1, total);
    }
    return Error::ok();
}

Error migrateToSummaries(Database& db)
{
    if (Error error = db.exec("CREATE TABLE case_summaries("
                              "case_id TEXT PRIMARY KEY REFERENCES cases(id), number TEXT NOT NULL, "
                              "name TEXT NOT NULL, unit TEXT NOT NULL, track TEXT NOT NULL, "
                              "stage TEXT NOT NULL, next_step TEXT NOT NULL, sanction TEXT NOT NULL, "
                              "year INTEGER NOT NULL, closed INTEGER NOT NULL, deadlines TEXT NOT NULL, "
                              "language TEXT NOT NULL) "
                              "WITHOUT ROWID");
        error.isError())
        return error;
    if (Error error = rebuildSummaries(db); error.isError())
        return error;
    return db.exec("PRAGMA user_version = 6");
}

Error migrateToStoredMessages(Database& db)
{
    // The summaries held deadline names and explanations translated into the language of the
    // program that wrote them; from version 9 they hold messages (util/Message.h).
    if (Error error = rebuildSummaries(db); error.isError())
        return error;
    return db.exec("PRAGMA user_version = 9");
}

} // namespace casetrack
