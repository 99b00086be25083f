#include "storage/Database.h"

#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace casetrack {

namespace {

Error unavailable(const QString& message)
{
    return Error::make(ErrorCode::Unavailable, message);
}

} // namespace

Database::Database(sqlite3* db, const QString& path) : m_db(db), m_path(path) {}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, Mode mode)
{
    const bool exists = QFile::exists(path);
    if (mode == Mode::Create && exists)
        return unavailable(
            QCoreApplication::translate("Database", "文件 %1 已存在，不能覆盖。请另选一个文件名。")
                .arg(path));
    if (mode != Mode::Create && !exists)
        return unavailable(
            QCoreApplication::translate("Database", "找不到数据库文件 %1。请检查路径，或新建数据库。")
                .arg(path));

    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        const QString message = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close_v2(raw);
        return unavailable(
            QCoreApplication::translate("Database", "无法打开数据库文件 %1：%2").arg(path, message));
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    // Before any statement: a reader meeting a writer's lock waits instead of failing, so a busy
    // file is never taken for a damaged one.
    sqlite3_busy_timeout(raw, 5000);
    if (!key.isEmpty()) {
        // SQLCipher's raw-key form: the literal x'<64 hex digits>' skips its own passphrase KDF.
        const SecureBytes hex = key.toHex();
        SecureBytes literal(hex.size() + 3);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        memcpy(literal.data() + 2, hex.data(), hex.size());
        literal.data()[hex.size() + 2] = '\'';
        if (sqlite3_key(raw, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
            return unavailable(QCoreApplication::translate("Database", "SQLCipher 拒绝了密钥。"));
        // SQLCipher 3 defaults to 1 KiB pages, each decrypted and authenticated on its own;
        // 4 KiB pages (SQLite's own default) halve the cost of reading every case. SQLCipher 3
        // does not record the page size in the file, so every open must say it (and so must the
        // sqlcipher shell: docs/security.md).
        if (Error error = db->exec("PRAGMA cipher_page_size = 4096"); error.isError())
            return error;
    }
    // The first read decrypts page 1: a foreign or a corrupt file fails here. The key was proven
    // by its key slot (or the recovery key's check value) before we get here, so a failure is
    // damage, not a wrong password; a busy file says so.
    {
        Statement probe = db->prepare("SELECT count(*) FROM sqlite_master");
        if (!probe.isValid() || !probe.next()) {
            const int rc = sqlite3_extended_errcode(raw);
            if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
                return db->readFailure();
            return unavailable(QCoreApplication::translate("Database",
                                                           "%1 不是 CaseTrack 数据库，或文件已损坏（%2）。"
                                                           "请选择正确的文件，或从备份恢复。")
                                   .arg(path, QString::fromUtf8(sqlite3_errmsg(raw))));
        }
    }
    if (mode != Mode::ReadOnly) {
        if (Error error = db->exec("PRAGMA journal_mode=WAL"); error.isError())
            return error;
        if (Error error = db->exec("PRAGMA synchronous=FULL"); error.isError())
            return error;
    }
    if (Error error = db->exec("PRAGMA foreign_keys=ON"); error.isError())
        return error;
    return db;
}

Error Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const Error error = storageError(m_path, sql, rc, text);
        noteReadFailureOr(error, false);
        return error;
    }
    return Error::ok();
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
        // Preparing reads the schema: a failure here is a failed read whatever the statement.
        noteFailure(sql, rc, true);
    }
    return Statement(this, stmt);
}

QString Database::lastError() const
{
    QMutexLocker locker(&m_failureMutex);
    return m_lastFailure.isError() ? m_lastFailure.message : QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error Database::readFailure() const
{
    QMutexLocker locker(&m_failureMutex);
    return m_readFailure;
}

void Database::noteFailure(const char* sql, int resultCode, bool isRead)
{
    noteReadFailureOr(storageError(m_path, sql, resultCode, QString::fromUtf8(sqlite3_errmsg(m_db))), isRead);
}

void Database::noteReadFailure(const Error& error)
{
    noteReadFailureOr(error, true);
}

void Database::noteReadFailureOr(const Error& error, bool isRead)
{
    QMutexLocker locker(&m_failureMutex);
    m_lastFailure = error;
    if (isRead && !m_readFailure.isError())
        m_readFailure = error;
}

Error Database::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Error Database::commit()
{
    return exec("COMMIT");
}

void Database::rollback()
{
    // Called on the way out of a failed change, whose error is what the caller reports; a
    // rollback that fails too leaves the transaction open, and the next BEGIN says so.
    if (!sqlite3_get_autocommit(m_db))
        (void)exec("ROLLBACK");
}

Statement::~Statement()
{
    // finalize repeats the last step's error, which check() has already recorded.
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_owner(other.m_owner), m_stmt(std::exchange(other.m_stmt, nullptr)), m_failed(other.m_failed)
{}

void Statement::check(int resultCode)
{
    if (resultCode == SQLITE_OK || m_failed)
        return;
    m_failed = true;
    if (m_owner)
        m_owner->noteFailure(sqlite3_sql(m_stmt), resultCode, true);
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt)
        check(sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (m_stmt)
        check(sqlite3_bind_blob(m_stmt, index, blob.constData(), blob.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_failed = true; // prepare failed and said so
        return false;
    }
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        check(sqlite3_extended_errcode(m_owner->handle()));
    return false;
}

bool Statement::run()
{
    if (!m_stmt || m_failed) {
        // A failed bind fails this run; a cached statement is usable again on the next one.
        m_failed = !m_stmt;
        if (m_stmt)
            sqlite3_reset(m_stmt);
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    const int extended = sqlite3_extended_errcode(m_owner->handle());
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_failed = true;
        // A write's failure is returned to its caller, which rolls back: not a read failure.
        m_owner->noteFailure(sqlite3_sql(m_stmt), extended, false);
        m_failed = false; // reported through the result; the statement can be run again
        return false;
    }
    return true;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failed = false; // a failure stays recorded in the Database
    }
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data && sqlite3_column_type(m_stmt, column) != SQLITE_NULL)
        m_owner->noteFailure(sqlite3_sql(m_stmt), SQLITE_NOMEM, true); // the only way a value has no text
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data && size > 0)
        m_owner->noteFailure(sqlite3_sql(m_stmt), SQLITE_NOMEM, true);
    return QByteArray(data, size);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace casetrack
