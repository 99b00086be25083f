#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/RevisionTwoMigration.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>

namespace casetrack {

namespace {

// Version 1: accounts, cases with append-only events, settings, hand-edited calendar days, and
// the append-only, hash-chained audit trail. Triggers refuse UPDATE and DELETE on the
// append-only tables, so nothing in the app can rewrite history.
const char kVersion1[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL);
CREATE TABLE cases(
    id TEXT PRIMARY KEY,
    facts TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL);
CREATE TABLE events(
    case_id TEXT NOT NULL REFERENCES cases(id),
    seq INTEGER NOT NULL,
    step TEXT NOT NULL,
    date TEXT NOT NULL,
    data TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY(case_id, seq)) WITHOUT ROWID;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE calendar_days(date TEXT PRIMARY KEY, name TEXT NOT NULL, off_day INTEGER NOT NULL);
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correction'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correction'); END;
PRAGMA user_version = 1;
)sql";

// Version 2: which years of the calendar the database holds itself (imported or edited by
// hand), so a year can be known even when it has no holiday at all; and an index for listing
// events by step across cases.
const char kVersion2[] = R"sql(
CREATE TABLE calendar_years(year INTEGER PRIMARY KEY, source TEXT NOT NULL);
INSERT INTO calendar_years(year, source)
    SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER), 'manual' FROM calendar_days;
CREATE INDEX events_by_step ON events(step);
PRAGMA user_version = 2;
)sql";

// Version 3: accounts bound to their key slots and signing keys (docs/security.md): each
// account's random id, its Ed25519 public key and the verifier of its slot, and the failed
// unlocks the database has already seen (to notice a counter that went backwards); each audit
// record's Ed25519 signature by its author. Records written before this version stay unsigned.
const char kVersion3[] = R"sql(
ALTER TABLE accounts ADD COLUMN account_id TEXT;
ALTER TABLE accounts ADD COLUMN sign_public BLOB;
ALTER TABLE accounts ADD COLUMN slot_verifier BLOB;
ALTER TABLE accounts ADD COLUMN failures_seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit ADD COLUMN signature BLOB;
PRAGMA user_version = 3;
)sql";

// Version 4 (issue 11): the organs that issue and receive documents, each with its kind (a body
// id of procedure.md), its fields as JSON, and whether it is the default of its kind.
const char kVersion4[] = R"sql(
CREATE TABLE organizations(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
PRAGMA user_version = 4;
)sql";

// Version 5 (procedure revision 2) is a data migration in C++ (RevisionTwoMigration.cpp): no JSON
// functions in SQLCipher.
const char kVersion5[] = "";

// Version 6 (issue 13): one summary row per case (SummaryStore.h), filled from a full derivation
// of every case; also in C++.
const char kVersion6[] = "";

// Version 7 (issue 12): case materials, each file inside the encrypted database with its type,
// date, author, description, name, size and SHA-256; removals are rows of their own. Both tables
// are append-only, and `audit verify` explains every row (and every content's hash) by the trail.
const char kVersion7[] = R"sql(
CREATE TABLE case_materials(
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    description TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 BLOB NOT NULL,
    content BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL);
CREATE INDEX case_materials_by_case ON case_materials(case_id);
CREATE TABLE case_material_removals(
    material_id INTEGER PRIMARY KEY REFERENCES case_materials(id),
    removed_by TEXT NOT NULL,
    removed_at TEXT NOT NULL,
    reason TEXT NOT NULL);
CREATE TRIGGER case_materials_no_update BEFORE UPDATE ON case_materials
    BEGIN SELECT RAISE(ABORT, 'case materials are append-only: record a removal'); END;
CREATE TRIGGER case_materials_no_delete BEFORE DELETE ON case_materials
    BEGIN SELECT RAISE(ABORT, 'case materials are append-only: record a removal'); END;
CREATE TRIGGER case_material_removals_no_update BEFORE UPDATE ON case_material_removals
    BEGIN SELECT RAISE(ABORT, 'material removals cannot be changed'); END;
CREATE TRIGGER case_material_removals_no_delete BEFORE DELETE ON case_material_removals
    BEGIN SELECT RAISE(ABORT, 'material removals cannot be deleted'); END;
PRAGMA user_version = 7;
)sql";

// Version 8 (issue 11): the 发文字号 each organ gave, per number pattern and year, so a number is
// never given twice and a reprint keeps its number. Written with the "print" record that released
// the document; append-only, and `audit verify` explains every row by those records.
const char kVersion8[] = R"sql(
CREATE TABLE document_numbers(
    pattern TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    PRIMARY KEY (pattern, year, seq));
CREATE INDEX document_numbers_by_case ON document_numbers(case_id, kind);
CREATE TRIGGER document_numbers_no_update BEFORE UPDATE ON document_numbers
    BEGIN SELECT RAISE(ABORT, 'document numbers are append-only'); END;
CREATE TRIGGER document_numbers_no_delete BEFORE DELETE ON document_numbers
    BEGIN SELECT RAISE(ABORT, 'document numbers are append-only'); END;
PRAGMA user_version = 8;
)sql";

const char* const kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4,
                                   kVersion5, kVersion6, kVersion7, kVersion8};

Error runMigration(Database& db, int version)
{
    if (version == 5)
        return migrateToRevisionTwo(db);
    if (version == 6)
        return migrateToSummaries(db);
    if (version == 9)
        return migrateToStoredMessages(db);
    return db.exec(kMigrations[version - 1]);
}

} // namespace

int schemaVersion(Database& db)
{
    Statement stmt = db.prepare("PRAGMA user_version");
    return stmt.next() ? static_cast<int>(stmt.integer(0)) : -1;
}

Error createSchema(Database& db, int version)
{
    for (int v = 1; v <= version; ++v) {
        if (Error error = runMigration(db, v); error.isError())
            return error;
    }
    return Error::ok();
}

Error migrateSchema(Database& db, int* fromVersion)
{
    const int current = schemaVersion(db);
    if (fromVersion)
        *fromVersion = current;
    if (current > kSchemaVersion)
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Schema",
                                                       "数据库由更新版本的 CaseTrack 创建（结构版本 %1），"
                                                       "请升级本程序后再打开。")
                               .arg(current));
    if (current < 1)
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Schema", "文件不是 CaseTrack 数据库。"));
    for (int v = current + 1; v <= kSchemaVersion; ++v) {
        if (Error error = runMigration(db, v); error.isError())
            return error;
    }
    return Error::ok();
}

} // namespace casetrack
