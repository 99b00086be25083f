#include "case/MaterialTempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casetrack {

namespace {

const QLatin1String kPrefix("casetrack-materials-");

Error writeProblem(const QString& path)
{
    return Error::make(ErrorCode::Unavailable,
                       QCoreApplication::translate("MaterialTempFiles",
                                                   "无法为查看程序写入临时副本 %1。请检查磁盘空间后重试。")
                           .arg(path));
}

// O_EXCL after removing an earlier copy: a link planted in the folder is never followed.
bool writePrivate(const QString& path, const QByteArray& content)
{
    const QByteArray native = QFile::encodeName(path);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    qsizetype done = 0;
    while (ok && done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, static_cast<size_t>(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? n : 0;
    }
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        ::unlink(native.constData());
    return ok;
}

} // namespace

MaterialTempFiles::MaterialTempFiles() = default;

MaterialTempFiles::~MaterialTempFiles()
{
    removeAll();
}

QString MaterialTempFiles::baseFolder()
{
    // The runtime folder is the user's own (0700), in memory, and emptied at logout. Only when
    // the session has one: Qt would otherwise make up /tmp/runtime-<user> (and warn).
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!runtime.isEmpty() && QDir(runtime).exists())
            return runtime;
    }
    return QDir::tempPath();
}

Result<QString> MaterialTempFiles::write(qint64 id, const QString& fileName, const QByteArray& content)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(baseFolder() + QLatin1Char('/') + kPrefix +
                                                QString::number(QCoreApplication::applicationPid()) +
                                                QStringLiteral("-XXXXXX"));
        if (!m_dir->isValid()) {
            const QString path = m_dir->path();
            m_dir.reset();
            return writeProblem(path);
        }
        // QTemporaryDir makes it 0700; said again, whatever the platform does.
        QFile::setPermissions(m_dir->path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString sub = m_dir->filePath(QString::number(id));
    if (!QDir().mkpath(sub))
        return writeProblem(sub);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = sub + QLatin1Char('/') + fileName;
    if (!writePrivate(path, content))
        return writeProblem(path);
    return path;
}

QString MaterialTempFiles::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

void MaterialTempFiles::removeAll()
{
    m_dir.reset(); // QTemporaryDir removes the folder and everything in it
}

int MaterialTempFiles::removeStale()
{
    int removed = 0;
    const QDir base(baseFolder());
    const QStringList folders =
        base.entryList({kPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : folders) {
        bool ok = false;
        const qint64 pid = name.mid(kPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        // A running process's folder stays (another CaseTrack window may have copies open).
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)
            continue;
        QFileInfo info(base.filePath(name));
        if (info.isSymLink() || info.ownerId() != ::getuid())
            continue;
        if (QDir(info.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace casetrack
