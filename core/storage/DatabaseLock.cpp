#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casetrack {

namespace {

QString lockPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QByteArray readAllFrom(int fd)
{
    QByteArray content;
    char buffer[1024];
    ssize_t n = 0;
    while ((n = ::pread(fd, buffer, sizeof buffer, content.size())) > 0 && content.size() < 65536)
        content.append(buffer, n);
    return content;
}

QJsonObject parseHolder(const QByteArray& content)
{
    if (content.trimmed().isEmpty())
        return QJsonObject{{QStringLiteral("empty"), true}};
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (!object.isEmpty())
        return object;
    // Older versions wrote QLockFile's "pid\napp\nhost\n".
    const QList<QByteArray> lines = content.split('\n');
    return QJsonObject{{QStringLiteral("pid"), QString::fromUtf8(lines.value(0)).toLongLong()},
                       {QStringLiteral("program"), QString::fromUtf8(lines.value(1))},
                       {QStringLiteral("host"), QString::fromUtf8(lines.value(2))}};
}

QString describe(const QJsonObject& holder)
{
    QString user = holder.value(QStringLiteral("user")).toString();
    if (user.isEmpty())
        user = QCoreApplication::translate("DatabaseLock", "未知用户");
    const QString program = holder.value(QStringLiteral("program")).toString();
    return QCoreApplication::translate("DatabaseLock", "%1（程序 %2，计算机 %3，进程 %4）")
        .arg(user, program.isEmpty() ? QStringLiteral("?") : program,
             holder.value(QStringLiteral("host")).toString())
        .arg(holder.value(QStringLiteral("pid")).toVariant().toLongLong());
}

bool sameFile(int fd, const QByteArray& path)
{
    struct stat a
    {
    }, b{};
    return ::fstat(fd, &a) == 0 && ::stat(path.constData(), &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

bool fromOtherHost(const QJsonObject& holder)
{
    const QString host = holder.value(QStringLiteral("host")).toString();
    return !host.isEmpty() && host != QSysInfo::machineHostName();
}

Error inUse(const QString& databasePath, const QJsonObject& holder)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate("DatabaseLock",
                                                   "数据库 %1 正被 %2 使用。"
                                                   "请等对方关闭或锁定后再试；只读查询不受影响。")
                           .arg(databasePath, describe(holder)));
}

Error lockFailed(const QString& path)
{
    return Error::make(
        ErrorCode::Unavailable,
        QCoreApplication::translate("DatabaseLock", "无法创建锁文件 %1：%2。请检查文件夹的写入权限。")
            .arg(path, QString::fromLocal8Bit(strerror(errno))));
}

// Private lock files of processes killed before they could link theirs into place: each is
// flock()ed by its creator while it lives, so one nobody holds is an orphan.
void removeOrphans(const QString& lockPath)
{
    const QFileInfo lock(lockPath);
    const QDir folder = lock.dir();
    for (const QString& name :
         folder.entryList({lock.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden)) {
        // Not one being made this very moment (created, not yet flock()ed).
        if (QFileInfo(folder.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) < 10)
            continue;
        const QByteArray path = QFile::encodeName(folder.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(path.constData());
        ::close(fd);
    }
}

} // namespace

DatabaseLock::~DatabaseLock()
{
    if (m_fd < 0)
        return;
    // Still ours (nobody can replace it while we hold its flock): remove it, then let go.
    const QByteArray path = QFile::encodeName(m_lockPath);
    if (sameFile(m_fd, path))
        ::unlink(path.constData());
    ::close(m_fd);
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString& databasePath, const QString& user)
{
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock);
    lock->m_lockPath = lockPathFor(databasePath);
    const QByteArray path = QFile::encodeName(lock->m_lockPath);
    const QByteArray privatePath = path + '.' + QByteArray::number(::getpid()) + '.' +
                                   QByteArray::number(QRandomGenerator::global()->generate());

    // Our lock, complete and flock()ed before anyone can see it.
    const int fd = ::open(privatePath.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return lockFailed(lock->m_lockPath);
    const QJsonObject info{{QStringLiteral("user"), user},
                           {QStringLiteral("program"), QCoreApplication::applicationName()},
                           {QStringLiteral("host"), QSysInfo::machineHostName()},
                           {QStringLiteral("pid"), static_cast<qint64>(::getpid())},
                           {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    const QByteArray content = QJsonDocument(info).toJson(QJsonDocument::Compact);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 ||
        ::write(fd, content.constData(), size_t(content.size())) != content.size() || ::fsync(fd) != 0) {
        ::close(fd);
        ::unlink(privatePath.constData());
        return lockFailed(lock->m_lockPath);
    }
    auto giveUp = [&](Error error) {
        ::close(fd);
        ::unlink(privatePath.constData());
        return error;
    };

    for (int attempt = 0; attempt < 20; ++attempt) {
        if (::link(privatePath.constData(), path.constData()) == 0) {
            ::unlink(privatePath.constData());
            lock->m_fd = fd;
            removeOrphans(lock->m_lockPath);
            return lock;
        }
        if (errno != EEXIST)
            return giveUp(lockFailed(lock->m_lockPath));
        const int other = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (other < 0) {
            if (errno == ENOENT)
                continue; // released meanwhile: try again
            return giveUp(lockFailed(lock->m_lockPath));
        }
        const QJsonObject holder = parseHolder(readAllFrom(other));
        if (::flock(other, LOCK_EX | LOCK_NB) != 0 || fromOtherHost(holder)) {
            ::close(other);
            // A reader's brief look (isHeld) also holds the flock for an instant: ask again.
            if (attempt < 3 && !fromOtherHost(holder)) {
                ::usleep(20000);
                continue;
            }
            return giveUp(inUse(databasePath, holder));
        }
        // Nobody holds it: its process is gone. Replace it, unless it changed meanwhile.
        if (!sameFile(other, path)) {
            ::close(other);
            continue;
        }
        const QJsonObject stale = parseHolder(readAllFrom(other));
        if (::rename(privatePath.constData(), path.constData()) != 0) {
            ::close(other);
            return giveUp(lockFailed(lock->m_lockPath));
        }
        ::close(other);
        lock->m_fd = fd;
        removeOrphans(lock->m_lockPath);
        lock->m_tookOver = true;
        lock->m_replaced = stale;
        return lock;
    }
    return giveUp(inUse(databasePath, {}));
}

bool DatabaseLock::isHeld(const QString& databasePath)
{
    const QByteArray path = QFile::encodeName(lockPathFor(databasePath));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 || fromOtherHost(parseHolder(readAllFrom(fd)));
    ::close(fd);
    return held;
}

QString DatabaseLock::describeHolder(const QString& databasePath)
{
    QFile file(lockPathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("DatabaseLock", "另一个程序");
    return describe(parseHolder(file.readAll()));
}

} // namespace casetrack
