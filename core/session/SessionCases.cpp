// Cases and their append-only events.
#include "audit/AuditTrail.h"
#include "procedure/ProcedureEngine.h"
#include "session/Session.h"
#include "session/SessionPrivate.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace casetrack {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Session", text);
}

QJsonObject parseObject(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject eventToJson(const Event& event)
{
    return {{QStringLiteral("seq"), event.seq},
            {QStringLiteral("step"), event.step},
            {QStringLiteral("date"), isoDate(event.date)},
            {QStringLiteral("data"), event.data}};
}

Event readEvent(const Statement& stmt, int first)
{
    Event event;
    event.seq = static_cast<int>(stmt.integer(first));
    event.step = stmt.text(first + 1);
    event.date = QDate::fromString(stmt.text(first + 2), Qt::ISODate);
    if (!stmt.isNull(first + 3))
        event.data = parseObject(stmt.text(first + 3));
    event.recordedBy = stmt.text(first + 4);
    event.recordedAt = QDateTime::fromString(stmt.text(first + 5), Qt::ISODate);
    return event;
}

CaseFacts readFacts(const QString& text)
{
    Result<CaseFacts> facts = CaseFacts::fromJson(parseObject(text));
    return facts.ok() ? facts.take() : CaseFacts();
}

Error noSuchCase(const QString& caseId)
{
    return Error::make(ErrorCode::Invalid,
                       tr("没有编号为 %1 的案件。请用 case list 查看已有案件。").arg(caseId));
}

} // namespace

Result<QString> Session::addCase(const CaseFacts& facts)
{
    if (Error error = d->refuseUnless(Action::CreateCase); error.isError())
        return error;
    // Readable ids: the year of entry and a running number, e.g. 2026-00042.
    const QString prefix = QString::number(QDate::currentDate().year()) + QLatin1Char('-');
    Statement last = d->db->prepare("SELECT id FROM cases WHERE id LIKE ? ORDER BY id DESC LIMIT 1");
    last.bind(1, prefix + QLatin1Char('%'));
    const int next = last.next() ? last.text(0).mid(prefix.size()).toInt() + 1 : 1;
    last.reset();
    const QString id = prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));
    const QJsonObject json = facts.toJson();
    Error error = d->change(QStringLiteral("case.create"), id, {}, json, [&]() {
        Statement insert =
            d->db->prepare("INSERT INTO cases(id, facts, created_at, created_by) VALUES(?, ?, ?, ?)");
        insert.bind(1, id).bind(2, compact(json));
        insert.bind(3, QDateTime::currentDateTime().toString(Qt::ISODate)).bind(4, d->account.name);
        return insert.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
    if (error.isError())
        return error;
    return id;
}

Result<CaseRecord> Session::loadCase(const QString& caseId) const
{
    Statement caseRow = d->db->prepare("SELECT facts FROM cases WHERE id = ?");
    caseRow.bind(1, caseId);
    if (!caseRow.next())
        return noSuchCase(caseId);
    CaseRecord record;
    record.id = caseId;
    record.facts = readFacts(caseRow.text(0));
    Statement events = d->db->prepare("SELECT seq, step, date, data, recorded_by, recorded_at FROM events "
                                      "WHERE case_id = ? ORDER BY seq");
    events.bind(1, caseId);
    while (events.next())
        record.events.append(readEvent(events, 0));
    return record;
}

QList<CaseRecord> Session::loadAllCases() const
{
    QList<CaseRecord> records;
    QHash<QString, qsizetype> index;
    Statement cases = d->db->prepare("SELECT id, facts FROM cases ORDER BY id");
    while (cases.next()) {
        CaseRecord record;
        record.id = cases.text(0);
        record.facts = readFacts(cases.text(1));
        index.insert(record.id, records.size());
        records.append(std::move(record));
    }
    // One pass over all events, in primary-key order (case, seq): no query per case.
    Statement events =
        d->db->prepare("SELECT case_id, seq, step, date, data, recorded_by, recorded_at FROM events");
    QString currentId;
    CaseRecord* current = nullptr;
    while (events.next()) {
        const QString caseId = events.text(0);
        if (!current || caseId != currentId) {
            const auto it = index.constFind(caseId);
            current = it == index.cend() ? nullptr : &records[*it];
            currentId = caseId;
        }
        if (current)
            current->events.append(readEvent(events, 1));
    }
    return records;
}

int Session::caseCount() const
{
    Statement stmt = d->db->prepare("SELECT count(*) FROM cases");
    return stmt.next() ? static_cast<int>(stmt.integer(0)) : 0;
}

Result<Event> Session::recordEvent(const QString& caseId, Event event)
{
    if (Error error = d->refuseUnless(Action::RecordStep); error.isError())
        return error;
    Result<CaseRecord> record = loadCase(caseId);
    if (!record.ok())
        return record.error();
    if (Error error = checkEvent(record.value(), event, d->account.role, calendar(), engineSettings());
        error.isError())
        return error;
    event.seq = record->events.isEmpty() ? 1 : record->events.last().seq + 1;
    event.recordedBy = d->account.name;
    event.recordedAt = QDateTime::currentDateTime();
    event.recordedAt = event.recordedAt.addMSecs(-event.recordedAt.time().msec());
    Error error = d->change(QStringLiteral("event.record"), caseId, {}, eventToJson(event), [&]() {
        Statement insert =
            d->db->prepare("INSERT INTO events(case_id, seq, step, date, data, recorded_by, recorded_at) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, caseId).bind(2, event.seq).bind(3, event.step).bind(4, isoDate(event.date));
        event.data.isEmpty() ? insert.bindNull(5) : insert.bind(5, compact(event.data));
        insert.bind(6, event.recordedBy)
            .bind(7,
                  event.recordedAt.toOffsetFromUtc(event.recordedAt.offsetFromUtc()).toString(Qt::ISODate));
        return insert.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
    if (error.isError())
        return error;
    return event;
}

Error Session::correctFacts(const QString& caseId, const CaseFacts& facts, const QString& reason)
{
    if (Error error = d->refuseUnless(Action::CorrectCaseFacts); error.isError())
        return error;
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("更正案件信息必须写明理由。"));
    Result<CaseRecord> record = loadCase(caseId);
    if (!record.ok())
        return record.error();
    const QJsonObject after{{QStringLiteral("facts"), facts.toJson()},
                            {QStringLiteral("reason"), reason.trimmed()}};
    return d->change(QStringLiteral("case.correct_facts"), caseId, record->facts.toJson(), after, [&]() {
        Statement update = d->db->prepare("UPDATE cases SET facts = ? WHERE id = ?");
        update.bind(1, compact(facts.toJson())).bind(2, caseId);
        return update.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
}

} // namespace casetrack
