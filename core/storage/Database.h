#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
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
    QString lastError() const;
    sqlite3* handle() { return m_db; }

    // BEGIN IMMEDIATE ... COMMIT: one writer, taken up front so a transaction never fails half way.
    Error begin();
    Error commit();
    void rollback();

private:
    explicit Database(sqlite3* db);
    sqlite3* m_db = nullptr;
};

// A prepared statement; binds are 1-based like SQLite's.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
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

    // True while a row is available.
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    bool failed() const { return m_failed; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace casetrack
