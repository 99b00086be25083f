#include "services/Session.h"

#include "audit/AuditTrail.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyFile.h"
#include "crypto/KeySlotCrypto.h"
#include "crypto/RecoveryKey.h"
#include "services/SessionKeys.h"
#include "services/SessionPrivate.h"
#include "storage/FailedAttempts.h"
#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/WalCheck.h"
#include "util/ProcessHardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace casetrack {

namespace {

Error authFailed()
{
    return Error::make(ErrorCode::Auth,
                       QCoreApplication::translate(
                           "Session", "用户名或密码不正确。请检查后重试；忘记密码请联系管理员重置。"));
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".keys"), QStringLiteral(".keys.lock")})
        QFile::remove(path + suffix);
}

bool insertMeta(Database& db, const QString& key, const QString& value)
{
    Statement stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    stmt.bind(1, key).bind(2, value);
    return stmt.run();
}

QString readMeta(Database& db, const QString& key)
{
    Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, key);
    return stmt.next() ? stmt.text(0) : QString();
}

} // namespace

Session::Session() : d(new Private) {}

Session::~Session()
{
    // Close the connection (SQLCipher wipes its copy of the key) before our copy goes.
    d->db.reset();
    d->lock.reset();
}

QString Session::defaultPath()
{
    const QByteArray overridePath = qgetenv("CASETRACK_DB");
    if (!overridePath.isEmpty())
        return QString::fromLocal8Bit(overridePath);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("CaseTrack/casetrack.db"));
}

QStringList Session::accountNames(const QString& path)
{
    Result<KeyFile> keys = KeyFile::load(path);
    QStringList names;
    if (keys.ok()) {
        for (const KeySlot& slot : keys->keySlots)
            names.append(slot.user);
    }
    return names;
}

Result<std::unique_ptr<Session>> Session::create(const QString& path, const QString& adminName,
                                                 const QString& password, KdfProfile profile,
                                                 QString* recoveryKey)
{
    const QString name = adminName.trimmed();
    if (name.isEmpty())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "请填写管理员的用户名。"));
    if (Error error = checkNewPassword(password, name); error.isError())
        return error;
    if (profile == KdfProfile::Fast && !testKdfAllowed())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "fast 密钥派生仅供自动化测试使用，"
                                                                  "不能用于实际数据库。请使用 standard。"));
    if (QFile::exists(path) || QFile::exists(KeyFile::pathFor(path)))
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate(
                               "Session", "文件 %1 已存在，不会覆盖。请另选文件名，或打开这个已有的数据库。")
                               .arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!makePrivateFolder(folder))
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "无法创建文件夹 %1。请检查写入权限。").arg(folder));

    SecureBytes key = SecureBytes::random(kKeyBytes);
    SecureBytes signSecret = newSigningSecret();
    const QString accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeyFile keys;
    keys.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    keys.kdfProfile = kdfProfileId(profile);
    keys.keyCheck = KeyFile::keyCheckFor(key);
    const KeySlot slot =
        wrapSlot(keys.databaseId, name, accountId, key, signSecret, password, newKdfParams(profile));
    keys.putSlot(slot);

    Error error;
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, key, Database::Mode::Create);
        if (!db.ok())
            return db.error();
        Database& database = *db.value();
        const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
        error = database.begin();
        if (!error.isError())
            error = createSchema(database);
        if (!error.isError()) {
            insertMeta(database, QStringLiteral("database_id"), keys.databaseId);
            insertMeta(database, QStringLiteral("kdf_profile"), keys.kdfProfile);
            insertMeta(database, QStringLiteral("created_at"), now);
            insertMeta(database, QStringLiteral("created_with"), QStringLiteral(CASETRACK_VERSION));
            Statement account = database.prepare("INSERT INTO accounts(name, role, active, created_at, "
                                                 "account_id, sign_public, slot_verifier) "
                                                 "VALUES(?, ?, 1, ?, ?, ?, ?)");
            account.bind(1, name)
                .bind(2, roleId(Role::Administrator))
                .bind(3, now)
                .bind(4, accountId)
                .bind(5, publicKeyOf(signSecret))
                .bind(6, slotVerifier(key, keys.databaseId, slot));
            if (!account.run())
                error = Error::make(ErrorCode::Unavailable, database.lastError());
        }
        if (!error.isError())
            error = AuditTrail::append(database,
                                       {0,
                                        {},
                                        name,
                                        QStringLiteral("database.create"),
                                        keys.databaseId,
                                        {},
                                        QJsonObject{{QStringLiteral("kdf_profile"), keys.kdfProfile},
                                                    {QStringLiteral("schema"), kSchemaVersion}},
                                        {},
                                        {},
                                        {}},
                                       &signSecret);
        if (!error.isError())
            error = AuditTrail::append(database,
                                       {0,
                                        {},
                                        name,
                                        QStringLiteral("account.add"),
                                        name,
                                        {},
                                        accountAddedJson(Role::Administrator, accountId, signSecret),
                                        {},
                                        {},
                                        {}},
                                       &signSecret);
        if (!error.isError())
            error = keys.save(path);
        if (!error.isError())
            error = database.commit();
    }
    if (error.isError()) {
        removeDatabaseFiles(path);
        return error;
    }
    makeOwnerOnly(KeyFile::pathFor(path));
    if (recoveryKey)
        *recoveryKey = formatRecoveryKey(key);
    auto session = openWithKey(path, std::move(key), name, Access::ReadWrite);
    if (session.ok()) {
        session.value()->d->signSecret = std::move(signSecret);
        session.value()->d->anchorChain();
    }
    return session;
}

Result<std::unique_ptr<Session>> Session::openWithRecoveryKey(const QString& path, const QString& recoveryKey)
{
    if (!QFile::exists(path))
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Session", "找不到数据库文件 %1。").arg(path));
    Result<KeyFile> keys = KeyFile::load(path);
    if (!keys.ok())
        return keys.error();
    SecureBytes key = parseRecoveryKey(recoveryKey);
    if (key.isEmpty() || KeyFile::keyCheckFor(key) != keys->keyCheck)
        return Error::make(
            ErrorCode::Auth,
            QCoreApplication::translate("Session", "恢复密钥不正确。请按恢复单上的 64 位字符逐组核对。"));
    auto session = openWithKey(path, std::move(key), QString(), Access::ReadWrite);
    if (session.ok())
        session.value()->d->viaRecovery = true;
    return session;
}

Result<std::unique_ptr<Session>> Session::openWithKey(const QString& path, SecureBytes&& key,
                                                      const QString& userName, Access access)
{
    std::unique_ptr<Session> session(new Session);
    Private& p = *session->d;
    p.path = QFileInfo(path).absoluteFilePath();
    p.access = access;
    // The files at rest (no live writer) with a WAL left behind: the last writer did not close
    // cleanly. Check the WAL before SQLite replays it, and every page after opening.
    const bool heldByOther = DatabaseLock::isHeld(p.path);
    if (access == Access::ReadWrite) {
        auto lock = DatabaseLock::acquire(p.path, userName);
        if (!lock.ok())
            return lock.error();
        p.lock = lock.take();
    }
    const QFileInfo wal(p.path + QStringLiteral("-wal"));
    const bool unclean =
        !heldByOther && ((p.lock && p.lock->tookOverStaleLock()) || (wal.exists() && wal.size() > 0));
    if (!heldByOther) {
        if (Error error = checkWal(p.path); error.isError())
            return error;
    }
    // Read-write at the SQLite level even for a read-only session: its access records are
    // appended (recordAccess). A file that cannot be written opens read-only; showing data then
    // fails when its access record cannot be written.
    auto db = Database::open(p.path, key, Database::Mode::ReadWrite);
    if (!db.ok() && access == Access::ReadOnly && !QFileInfo(p.path).isWritable())
        db = Database::open(p.path, key, Database::Mode::ReadOnly);
    if (!db.ok())
        return db.error();
    p.db = db.take();
    p.databaseKey = std::move(key);
    // Owner only, whatever the umask (SQLite creates the database, -wal and -shm itself).
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")})
        makeOwnerOnly(p.path + suffix);
    if (unclean) {
        if (Error error = checkIntegrity(*p.db); error.isError())
            return error;
    }

    Result<KeyFile> keys = KeyFile::load(p.path);
    p.databaseId = readMeta(*p.db, QStringLiteral("database_id"));
    if (p.db->readFailure().isError())
        return p.db->readFailure();
    p.testKdf = readMeta(*p.db, QStringLiteral("kdf_profile")) == QLatin1String("fast");
    if (keys.ok() && p.databaseId != keys->databaseId)
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "密钥文件与数据库文件不匹配：它们不属于同一个数据库。"));
    // An older copy of the database presented with the current key file; the recovery key
    // still opens it, so that an administrator can look and restore.
    if (keys.ok() && !userName.isEmpty()) {
        if (Error error = checkChainAnchor(*p.db, p.databaseKey, keys.value()); error.isError())
            return error;
    }

    // Bring an older schema up to date, audited, before anything else reads it.
    const int version = schemaVersion(*p.db);
    if (version != kSchemaVersion) {
        if (access == Access::ReadOnly || version > kSchemaVersion)
            return migrateSchema(*p.db); // refuses newer; an older file needs one read-write open
        Error error = p.db->begin();
        int from = 0;
        if (!error.isError())
            error = migrateSchema(*p.db, &from);
        if (!error.isError())
            error = AuditTrail::append(*p.db, {0,
                                               {},
                                               userName.isEmpty() ? QStringLiteral("recovery") : userName,
                                               QStringLiteral("schema.migrate"),
                                               p.path,
                                               QJsonObject{{QStringLiteral("version"), from}},
                                               QJsonObject{{QStringLiteral("version"), kSchemaVersion}},
                                               {},
                                               {},
                                               {}});
        if (!error.isError())
            error = p.db->commit();
        if (error.isError()) {
            p.db->rollback();
            return error;
        }
        p.anchorChain();
    }

    Statement stmt =
        userName.isEmpty()
            ? p.db->prepare("SELECT name, role, active, created_at FROM accounts "
                            "WHERE role = 'administrator' AND active = 1 ORDER BY created_at LIMIT 1")
            : p.db->prepare("SELECT name, role, active, created_at FROM accounts WHERE name = ?");
    if (!userName.isEmpty())
        stmt.bind(1, userName);
    if (!stmt.next())
        return p.db->readFailure().isError() ? p.db->readFailure() : authFailed();
    p.account.name = stmt.text(0);
    roleFromId(stmt.text(1), &p.account.role);
    p.account.active = stmt.integer(2) != 0;
    p.account.createdAt = QDateTime::fromString(stmt.text(3), Qt::ISODate);
    if (!p.account.active)
        return Error::make(ErrorCode::Auth,
                           QCoreApplication::translate("Session", "账户 %1 已停用。如需使用，请联系管理员。")
                               .arg(p.account.name));
    return session;
}

Error Session::Private::recordLockTakeover()
{
    // A crashed program's lock was taken over: on the record, with what it said. Called once the
    // account's signing key is in hand (every record is signed by its author); a session opened
    // with the recovery key signs nothing and may only reset passwords, so it records nothing.
    if (!lock || !lock->tookOverStaleLock() || lockTakeoverRecorded || signSecret.isEmpty())
        return Error::ok();
    lockTakeoverRecorded = true;
    return change(QStringLiteral("lock.takeover"), path, lock->replacedStaleLock(), {},
                  []() { return Error::ok(); });
}

QString Session::path() const
{
    return d->path;
}

const Account& Session::account() const
{
    return d->account;
}

bool Session::mayDo(Action action) const
{
    return roleMay(d->account.role, action);
}

bool Session::usesTestKdf() const
{
    return d->testKdf;
}

Error Session::readFailure() const
{
    return d->db->readFailure();
}

Database& Session::database()
{
    return *d->db;
}

Error Session::Private::refuseReadOnly() const
{
    if (access == Access::ReadOnly)
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Session", "数据库以只读方式打开，不能修改。"));
    return Error::ok();
}

Error Session::Private::refuseUnless(Action action) const
{
    if (Error error = refuseReadOnly(); error.isError())
        return error;
    return refuseRoleUnless(action);
}

Error Session::Private::refuseRoleUnless(Action action) const
{
    if (!roleMay(account.role, action))
        return Error::make(ErrorCode::Refused,
                           QCoreApplication::translate(
                               "Session", "账户 %1（%2）无权进行此项操作。如确需办理，请联系管理员调整角色。")
                               .arg(account.name, roleDisplayName(account.role)));
    return Error::ok();
}

QString Session::Private::author() const
{
    return viaRecovery ? QStringLiteral("recovery") : account.name;
}

Error Session::Private::change(const QString& action, const QString& target, const QJsonValue& before,
                               const QJsonValue& after, const std::function<Error()>& apply)
{
    if (Error error = refuseReadOnly(); error.isError())
        return error;
    // The recovery key is the database key, which every account holder also has: records by
    // "recovery" cannot be signed, so the only change it may make is a password reset.
    if (viaRecovery && action != QLatin1String("account.password_reset"))
        return Error::make(ErrorCode::Refused,
                           QCoreApplication::translate("Session",
                                                       "用恢复密钥解锁后只能重置密码。请重置管理员密码，"
                                                       "再以管理员账户登录办理其他事项。"));
    // A change decided on data that could not be read in full is not made.
    if (const Error& failure = db->readFailure(); failure.isError())
        return failure;
    Error error = db->begin();
    if (!error.isError())
        error = apply();
    if (!error.isError())
        error = AuditTrail::append(*db, {0, {}, author(), action, target, before, after, {}, {}, {}},
                                   signSecret.isEmpty() ? nullptr : &signSecret);
    if (!error.isError() && db->readFailure().isError())
        error = db->readFailure();
    if (!error.isError())
        error = db->commit();
    if (error.isError()) {
        db->rollback();
        return error;
    }
    anchorChain();
    return error;
}

} // namespace casetrack
