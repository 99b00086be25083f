#include "BenchDatabase.h"

#include "audit/AuditTrail.h"
#include "procedure/ProcedureEngine.h"
#include "services/Session.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/StoredEngineInputs.h"
#include "util/DateText.h"

#include <QJsonObject>

namespace casetrack::bench {

namespace {

Error failed(const QString& what)
{
    return Error::make(ErrorCode::Unavailable, what);
}

} // namespace

Result<std::unique_ptr<Session>> createEncrypted(const QString& path)
{
    QString recoveryKey;
    // The benchmark measures storage, not Argon2id: the tests-only profile, asked for explicitly.
    qputenv("CASETRACK_ALLOW_TEST_KDF", "1");
    return Session::create(path, kUser, kPassword, KdfProfile::Fast, &recoveryKey);
}

Result<std::unique_ptr<Database>> createPlain(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, SecureBytes(), Database::Mode::Create);
    if (!db.ok())
        return db;
    Database& database = *db.value();
    Error error = database.begin();
    if (!error.isError())
        error = createSchema(database);
    if (!error.isError())
        error = database.commit();
    if (error.isError())
        return error;
    return db;
}

Result<std::unique_ptr<Database>> openPlain(const QString& path)
{
    return Database::open(path, SecureBytes(), Database::Mode::ReadWrite);
}

Result<QList<GeneratedCase>> generateChunk(const HistoryGenerator& generator, int first, int count,
                                           int verifyEvery, int* verified)
{
    static const HolidayCalendar calendar = HolidayCalendar::builtin();
    static const EngineSettings settings;
    QList<GeneratedCase> cases;
    cases.reserve(count);
    for (int i = first; i < first + count; ++i) {
        GeneratedCase c = generator.make(i);
        if (i % verifyEvery == 0) {
            CaseRecord walked{c.record.id, c.record.facts, {}};
            for (const Event& e : c.record.events) {
                if (Error error = checkEvent(walked, e, Role::Administrator, calendar, settings);
                    error.isError())
                    return failed(QStringLiteral("generated case %1 step %2 (%3) refused: %4 [%5]")
                                      .arg(c.record.id)
                                      .arg(e.seq)
                                      .arg(e.step, error.message, error.article));
                walked.events.append(e);
            }
            if (c.nextEvent) {
                if (Error error = checkEvent(walked, *c.nextEvent, Role::Administrator, calendar, settings);
                    error.isError())
                    return failed(QStringLiteral("generated case %1 next step %2 refused: %3 [%4]")
                                      .arg(c.record.id, c.nextEvent->step, error.message, error.article));
            }
            const CaseState state = deriveState(walked, calendar, settings, QDate(2026, 12, 31));
            if (c.complete != state.closed)
                return failed(QStringLiteral("generated case %1: complete=%2 but closed=%3 (stage %4)")
                                  .arg(c.record.id)
                                  .arg(c.complete)
                                  .arg(state.closed)
                                  .arg(stageId(state.stage)));
            ++*verified;
        }
        cases.append(std::move(c));
    }
    return cases;
}

Error insertCases(CaseStore& store, Database& db, const QList<GeneratedCase>& cases)
{
    const QString createdAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (const GeneratedCase& c : cases) {
        bool ok = store.insertCase(c.record.id, c.factsJson, createdAt, kUser);
        for (qsizetype i = 0; ok && i < c.record.events.size(); ++i)
            ok = store.appendEvent(c.record.id, c.record.events[i]);
        if (!ok)
            return failed(db.lastError());
    }
    return {};
}

Error insertChunk(Database& db, const QList<GeneratedCase>& cases)
{
    CaseStore store(db);
    if (Error error = db.begin(); error.isError())
        return error;
    if (Error error = insertCases(store, db, cases); error.isError()) {
        db.rollback();
        return error;
    }
    return db.commit();
}

Error recordStepDirect(Database& db, const QString& caseId, Event event, Role role)
{
    CaseStore store(db);
    std::optional<CaseRecord> record = store.loadCase(caseId);
    if (!record)
        return failed(QStringLiteral("no case %1").arg(caseId));
    if (Error error = checkEvent(*record, event, role, storedCalendar(db), storedEngineSettings(db));
        error.isError())
        return error;
    event.seq = record->events.isEmpty() ? 1 : record->events.last().seq + 1;
    event.recordedBy = kUser;
    event.recordedAt = QDateTime::currentDateTime();
    event.recordedAt = event.recordedAt.addMSecs(-event.recordedAt.time().msec());
    const QJsonObject after{{QStringLiteral("seq"), event.seq},
                            {QStringLiteral("step"), event.step},
                            {QStringLiteral("date"), isoDate(event.date)},
                            {QStringLiteral("data"), event.data}};
    Error error = db.begin();
    if (!error.isError() && !store.appendEvent(caseId, event))
        error = failed(db.lastError());
    if (!error.isError())
        error = AuditTrail::append(
            db, {0, {}, kUser, QStringLiteral("event.record"), caseId, {}, after, {}, {}, {}});
    if (!error.isError())
        error = db.commit();
    if (error.isError())
        db.rollback();
    return error;
}

} // namespace casetrack::bench
