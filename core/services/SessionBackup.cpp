// Verified, encrypted backups and a restore that checks before it replaces anything.
#include "audit/AuditTrail.h"
#include "crypto/KeyFile.h"
#include "services/Session.h"
#include "services/SessionPrivate.h"
#include "storage/Backup.h"
#include "storage/IntegrityCheck.h"
#include "util/ProcessHardening.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace casetrack {

namespace {

const QStringList kDatabaseSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeCopy(const QString& path)
{
    for (const QString& suffix : kDatabaseSuffixes)
        QFile::remove(path + suffix);
    QFile::remove(KeyFile::pathFor(path));
}

// The copy, opened on its own and read in full: every page, and the audit chain.
Error verifyCopy(const QString& path, const SecureBytes& key, qint64 expectedRecords, qint64* records)
{
    auto copy = Database::open(path, key, Database::Mode::ReadOnly);
    if (!copy.ok())
        return copy.error();
    if (Error error = checkIntegrity(*copy.value()); error.isError())
        return error;
    const AuditVerification audit = AuditTrail::verify(*copy.value());
    if (Error failure = copy.value()->readFailure(); failure.isError())
        return failure;
    if (!audit.intact || audit.records < expectedRecords)
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "备份 %1 核验失败：%2").arg(path, audit.message));
    *records = audit.records;
    return Error::ok();
}

QString asidePath(const QString& path)
{
    QString aside = path + QStringLiteral(".before-restore");
    if (QFile::exists(aside))
        aside += QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"));
    return aside;
}

bool copyPrivately(const QString& from, const QString& to)
{
    const QString partial = to + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(from, partial) || !makeOwnerOnly(partial))
        return false;
    return std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Error Session::backupTo(const QString& rawOut, QJsonObject* report)
{
    const QString out = QFileInfo(rawOut).absoluteFilePath();
    if (QFile::exists(out) || QFile::exists(KeyFile::pathFor(out)))
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("Session", "文件 %1 已存在，备份不会覆盖它。请另选文件名。")
                .arg(out));
    if (out == d->path)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "备份不能写到数据库本身。"));
    if (!makePrivateFolder(QFileInfo(out).absolutePath()))
        return Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "无法创建文件夹 %1。").arg(QFileInfo(out).absolutePath()));
    const AuditVerification ours = AuditTrail::verify(*d->db);
    Error error;
    {
        auto copy = Database::open(out, d->databaseKey, Database::Mode::Create);
        if (!copy.ok())
            return copy.error();
        error = copyDatabase(*d->db, *copy.value());
    }
    for (const QString& suffix : kDatabaseSuffixes)
        makeOwnerOnly(out + suffix);
    if (!error.isError() && !copyPrivately(KeyFile::pathFor(d->path), KeyFile::pathFor(out)))
        error = Error::make(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Session", "无法复制密钥文件到 %1。").arg(KeyFile::pathFor(out)));
    qint64 records = 0;
    if (!error.isError())
        error = verifyCopy(out, d->databaseKey, ours.intact ? ours.records : 0, &records);
    if (error.isError()) {
        removeCopy(out);
        return error;
    }
    const QJsonObject details{{QStringLiteral("file"), out},
                              {QStringLiteral("key_file"), KeyFile::pathFor(out)},
                              {QStringLiteral("audit_records"), records}};
    if (Error recorded = recordAccess(QStringLiteral("backup"), out, details); recorded.isError()) {
        removeCopy(out); // no record, no copy
        return recorded;
    }
    if (report)
        *report = details;
    return Error::ok();
}

Error Session::automaticBackup(const QString& folder, int keep)
{
    if (keep <= 0)
        return Error::ok();
    const QString base = QFileInfo(d->path).completeBaseName();
    const QString name = base + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) +
                         QStringLiteral(".db");
    if (Error error = backupTo(QDir(folder).filePath(name)); error.isError())
        return error;
    // Oldest first by name (the time stamp sorts): keep the newest `keep`.
    QStringList backups = QDir(folder).entryList({base + QStringLiteral("-*.db")}, QDir::Files, QDir::Name);
    while (backups.size() > keep)
        removeCopy(QDir(folder).filePath(backups.takeFirst()));
    return Error::ok();
}

Result<std::unique_ptr<Session>> Session::restore(const QString& rawPath, const QString& rawFrom,
                                                  const QString& user, const QString& password)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString from = QFileInfo(rawFrom).absoluteFilePath();
    if (path == from)
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("Session", "备份与数据库是同一个文件。"));
    qint64 records = 0;
    {
        // The backup opened like any database (its own key file), then read in full.
        auto backup = Session::open(from, user, password, Access::ReadOnly);
        if (!backup.ok())
            return backup.error();
        Session& b = *backup.value();
        if (b.account().role != Role::Administrator)
            return Error::make(ErrorCode::Refused,
                               QCoreApplication::translate("Session", "只有管理员可以从备份恢复数据库。"));
        if (Error error = b.checkFiles(); error.isError())
            return error;
        const AuditVerification audit = b.verifyAudit();
        if (!audit.intact)
            return Error::make(ErrorCode::Tampered,
                               QCoreApplication::translate("Session", "备份 %1 的审计记录不完整，未恢复：%2")
                                   .arg(from, audit.message));
        records = audit.records;
    }
    Result<KeyFile> backupKeys = KeyFile::load(from);
    Result<KeyFile> currentKeys = KeyFile::load(path);
    if (!backupKeys.ok())
        return backupKeys.error();
    if (currentKeys.ok() && currentKeys->databaseId != backupKeys->databaseId)
        return Error::make(ErrorCode::Refused, QCoreApplication::translate(
                                                   "Session", "备份 %1 属于另一个数据库，不能用来替换 %2。")
                                                   .arg(from, path));
    {
        auto lock = DatabaseLock::acquire(path, user);
        if (!lock.ok())
            return lock.error();
        const QString aside = asidePath(path);
        for (const QString& suffix : kDatabaseSuffixes) {
            if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
                return Error::make(ErrorCode::Unavailable,
                                   QCoreApplication::translate("Session", "无法把 %1 移到 %2，未恢复。")
                                       .arg(path + suffix, aside + suffix));
        }
        if (QFile::exists(KeyFile::pathFor(path)))
            QFile::copy(KeyFile::pathFor(path), KeyFile::pathFor(aside));
        if (!copyPrivately(from, path) || !copyPrivately(KeyFile::pathFor(from), KeyFile::pathFor(path)))
            return Error::make(
                ErrorCode::Unavailable,
                QCoreApplication::translate("Session", "无法复制备份到 %1。原数据库保存在 %2。")
                    .arg(path, aside));
    }
    auto restored = Session::open(path, user, password);
    if (!restored.ok())
        return restored.error();
    Error error = restored.value()->d->change(
        QStringLiteral("database.restore"), path, {},
        QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("audit_records"), records}},
        []() { return Error::ok(); });
    if (error.isError())
        return error;
    return restored;
}

} // namespace casetrack
