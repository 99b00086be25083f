#pragma once

#include "HistoryGenerator.h"
#include "accounts/Role.h"
#include "util/Error.h"

#include <QList>

#include <memory>

namespace casetrack {
class CaseStore;
class Database;
class Session;
} // namespace casetrack

namespace casetrack::bench {

// The benchmark's account; administrators may record every step.
inline const QString kUser = QStringLiteral("bench");
inline const QString kPassword = QStringLiteral("bench-password-not-secret");

// A real CaseTrack database (key file, Argon2id "fast" profile, audited creation) through
// Session::create; the bulk load then writes through session->database().
Result<std::unique_ptr<Session>> createEncrypted(const QString& path);
// The baseline: the same SQLCipher library and schema, no key.
Result<std::unique_ptr<Database>> createPlain(const QString& path);
Result<std::unique_ptr<Database>> openPlain(const QString& path);

// Generates cases [first, first + count). Every `verifyEvery`th case is walked event by event
// through checkEvent, and a complete one must derive as closed: an invalid history aborts the
// bench (the figures would measure refusals, not work).
Result<QList<GeneratedCase>> generateChunk(const HistoryGenerator& generator, int first, int count,
                                           int verifyEvery, int* verified);

// The bench-only bulk path: one transaction per chunk, through CaseStore, without audit records.
Error insertChunk(Database& db, const QList<GeneratedCase>& cases);
// The same inside the caller's transaction (one transaction for a whole generated database).
Error insertCases(CaseStore& store, Database& db, const QList<GeneratedCase>& cases);

// Session::recordEvent on a bare Database, statement for statement: load the case, read the
// engine settings and calendar, checkEvent, then append and audit in one durable transaction.
Error recordStepDirect(Database& db, const QString& caseId, Event event, Role role = Role::Administrator);

} // namespace casetrack::bench
