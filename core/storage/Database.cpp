#include "storage/Database.h"

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

Database::Database(sqlite3* db) : m_db(db) {}

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
    std::unique_ptr<Database> db(new Database(raw));
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
        db->exec("PRAGMA cipher_page_size = 4096");
    }
    // The first read decrypts page 1: a wrong key, a foreign or a corrupt file fails here.
    Statement probe = db->prepare("SELECT count(*) FROM sqlite_master");
    if (!probe.isValid() || !probe.next())
        return unavailable(QCoreApplication::translate("Database", "%1 不是 CaseTrack 数据库，或文件已损坏。"
                                                                   "请选择正确的文件，或从备份恢复。")
                               .arg(path));
    probe.reset();
    sqlite3_busy_timeout(raw, 5000);
    if (mode != Mode::ReadOnly) {
        db->exec("PRAGMA journal_mode=WAL");
        db->exec("PRAGMA synchronous=FULL");
    }
    db->exec("PRAGMA foreign_keys=ON");
    return db;
}

Error Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return unavailable(QCoreApplication::translate("Database", "数据库操作失败：%1").arg(text));
    }
    return Error::ok();
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        stmt = nullptr;
    return Statement(m_db, stmt);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
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
    if (!sqlite3_get_autocommit(m_db))
        exec("ROLLBACK");
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_failed(other.m_failed)
{}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), blob.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool Statement::run()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    return !m_failed;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
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
