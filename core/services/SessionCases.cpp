// Cases and their append-only events.
#include "audit/AuditTrail.h"
#include "procedure/CaseBodies.h"
#include "procedure/InputLimits.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/CaseStore.h"
#include "storage/SummaryStore.h"
#include "util/DateText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casetrack {

namespace {

QJsonObject eventToJson(const Event& event)
{
    return {{QStringLiteral("seq"), event.seq},
            {QStringLiteral("step"), event.step},
            {QStringLiteral("date"), isoDate(event.date)},
            {QStringLiteral("data"), event.data}};
}

// The case's list summary after a change, from its full derivation of the case as now stored
// (read back inside the change's own transaction), so the list never shows a state the events
// do not have.
Error writeSummary(Session& session, Database& db, const QString& caseId)
{
    std::optional<CaseRecord> stored = CaseStore(db).loadCase(caseId);
    if (Error failure = db.readFailure(); failure.isError())
        return failure;
    if (!stored)
        return Error::make(ErrorCode::Unavailable, db.lastError());
    return SummaryStore(db).write(deriveDigest(*stored, session.calendar(), session.engineSettings()))
               ? Error::ok()
               : Error::make(ErrorCode::Unavailable, db.lastError());
}

Error noSuchCase(const QString& caseId)
{
    return Error::make(
        ErrorCode::Invalid,
        QCoreApplication::translate("Session", "没有编号为 %1 的案件。请用 case list 查看已有案件。")
            .arg(caseId));
}

// The organs a case names must be registered, each of its kind (procedure.md "Bodies").
Error checkBodiesRegistered(const Session& session, const CaseFacts& facts)
{
    if (facts.bodies.isEmpty())
        return Error::ok();
    Result<QList<Organization>> registry = session.organizations();
    if (!registry.ok())
        return registry.error();
    return checkCaseBodies(facts.bodies, registry.value());
}

} // namespace

Result<QString> Session::addCase(const CaseFacts& facts)
{
    if (Error error = d->refuseUnless(Action::CreateCase); error.isError())
        return error;
    if (Error error = checkCaseFactsInput(facts.toJson()); error.isError())
        return error;
    if (Error error = checkBodiesRegistered(*this, facts); error.isError())
        return error;
    // Readable ids: the year of entry and a running number, e.g. 2026-00042.
    CaseStore store(*d->db);
    const QString id = store.nextCaseId(QString::number(QDate::currentDate().year()) + QLatin1Char('-'));
    const QJsonObject json = facts.toJson();
    Error error = d->change(QStringLiteral("case.create"), id, {}, json, [&]() {
        if (!store.insertCase(id, json, QDateTime::currentDateTime().toString(Qt::ISODate), d->account.name))
            return Error::make(ErrorCode::Unavailable, d->db->lastError());
        return writeSummary(*this, *d->db, id);
    });
    if (error.isError())
        return error;
    return id;
}

Result<CaseRecord> Session::loadCase(const QString& caseId) const
{
    std::optional<CaseRecord> record = CaseStore(*d->db).loadCase(caseId);
    if (const Error& failure = d->db->readFailure(); failure.isError())
        return failure;
    if (!record)
        return noSuchCase(caseId);
    return std::move(*record);
}

QList<CaseRecord> Session::loadAllCases() const
{
    return CaseStore(*d->db).loadAllCases();
}

int Session::caseCount() const
{
    return CaseStore(*d->db).caseCount();
}

Result<Event> Session::recordEvent(const QString& caseId, Event event)
{
    if (Error error = d->refuseUnless(Action::RecordStep); error.isError())
        return error;
    if (Error error = checkMultiLineInput(event.data, QStringLiteral("data")); error.isError())
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
        if (!CaseStore(*d->db).appendEvent(caseId, event))
            return Error::make(ErrorCode::Unavailable, d->db->lastError());
        return writeSummary(*this, *d->db, caseId);
    });
    if (error.isError())
        return error;
    return event;
}

Error Session::correctFacts(const QString& caseId, const QJsonObject& patch, const QString& reason)
{
    if (Error error = d->refuseUnless(Action::CorrectCaseFacts); error.isError())
        return error;
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "更正案件信息必须写明理由。"));
    if (Error error = checkCaseFactsInput(patch); error.isError())
        return error;
    if (Error error = checkMultiLineInput({{QStringLiteral("reason"), reason}}, QString()); error.isError())
        return error;
    Result<CaseRecord> record = loadCase(caseId);
    if (!record.ok())
        return record.error();
    Result<CaseFacts> corrected = correctedFacts(record->facts, patch);
    if (!corrected.ok())
        return corrected.error();
    if (Error error = checkBodiesRegistered(*this, corrected.value()); error.isError())
        return error;
    // The history replayed under the new facts: a correction that would orphan a recorded step
    // (a decision the new track has no room for, and with it its deadlines) is refused.
    if (Error error = checkFactsCorrection(record.value(), corrected.value(), engineSettings());
        error.isError())
        return error;
    Event event;
    event.seq = record->events.isEmpty() ? 1 : record->events.last().seq + 1;
    event.step = QStringLiteral("facts_corrected");
    event.date = QDate::currentDate();
    event.data = QJsonObject{{QStringLiteral("facts"), patch}, {QStringLiteral("reason"), reason.trimmed()}};
    event.recordedBy = d->account.name;
    event.recordedAt = QDateTime::currentDateTime();
    event.recordedAt = event.recordedAt.addMSecs(-event.recordedAt.time().msec());
    const QJsonObject factsJson = corrected->toJson();
    const QJsonObject after{{QStringLiteral("facts"), factsJson},
                            {QStringLiteral("changes"), patch},
                            {QStringLiteral("reason"), reason.trimmed()},
                            {QStringLiteral("event"), eventToJson(event)}};
    return d->change(QStringLiteral("case.correct_facts"), caseId, record->facts.toJson(), after, [&]() {
        CaseStore store(*d->db);
        if (!store.updateFacts(caseId, factsJson) || !store.appendEvent(caseId, event))
            return Error::make(ErrorCode::Unavailable, d->db->lastError());
        return writeSummary(*this, *d->db, caseId);
    });
}

QJsonObject Session::caseDocumentInputs(const QString& caseId) const
{
    return setting(QStringLiteral("document_inputs/") + caseId);
}

Error Session::setCaseDocumentInputs(const QString& caseId, const QJsonObject& inputs)
{
    // Whoever records the case's steps writes its documents' texts; no settings right needed.
    if (Error error = d->refuseUnless(Action::RecordStep); error.isError())
        return error;
    if (Result<CaseRecord> record = loadCase(caseId); !record.ok())
        return record.error();
    if (Error error = checkMultiLineInput(inputs, QStringLiteral("inputs")); error.isError())
        return error;
    const QString key = QStringLiteral("document_inputs/") + caseId;
    const QJsonObject before = setting(key);
    return d->change(QStringLiteral("case.document_inputs"), caseId, before, inputs, [&]() {
        Statement stmt = d->db->prepare("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
        stmt.bind(1, key).bind(2, QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact)));
        return stmt.run() ? Error::ok() : Error::make(ErrorCode::Unavailable, d->db->lastError());
    });
}

} // namespace casetrack
