#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace casetrack {

class Statement;

// One SQLCipher connection, through SQLCipher's C API. Opened with a raw 256-bit key (no
// passphrase KDF inside SQLCipher: ours is Argon2id). WAL with synchronous=FULL, so a committed
// transaction survives a crash.
class Database
{
public:
    enum class Mode
    {
        Create,
        ReadWrite,
        ReadOnly
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `key` empty opens a plain (unencrypted) SQLite file: the benchmark's baseline only.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key, Mode mode);

    Error exec(const char* sql);
    Statement prepare(const char* sql);
    // The last failure, described for the user: what was being read or written, in which file.
    QString lastError() const;
    sqlite3* handle() { return m_db; }
    const QString& path() const { return m_path; }

    // The first failed read since the connection opened: a damaged page, an I/O error, a busy
    // file. A read loop that meets one stops, and the rows it returned are incomplete, so every
    // caller checks this before showing or using them (damage is an error, never data).
    // Thread-safe: the desktop reads all cases on a pool thread.
    Error readFailure() const;
    // Records a failed statement (from Statement and the loading loops).
    void noteFailure(const char* sql, int resultCode, bool isRead);
    void noteReadFailure(const Error& error);

    // BEGIN IMMEDIATE ... COMMIT: one writer, taken up front so a transaction never fails half way.
    Error begin();
    Error commit();
    void rollback();

private:
    Database(sqlite3* db, const QString& path);
    void noteReadFailureOr(const Error& error, bool isRead);
    sqlite3* m_db = nullptr;
    QString m_path;
    mutable QMutex m_failureMutex;
    Error m_readFailure;
    Error m_lastFailure;
};

// A prepared statement; binds are 1-based like SQLite's. A failure is described with the text
// SQLite keeps with the statement (sqlite3_sql), so it may be prepared from a temporary string.
class Statement
{
public:
    Statement(Database* owner, sqlite3_stmt* stmt) : m_owner(owner), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bindNull(int index);

    // True while a row is available. False at the end and on an error: failed() tells them
    // apart, and the error is also kept as the Database's readFailure().
    bool next();
    // Runs a statement that returns no rows; false on error (Database::lastError() says which).
    bool run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    bool failed() const { return m_failed; }

private:
    void check(int resultCode);
    Database* m_owner = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace casetrack
