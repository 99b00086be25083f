#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace casetrack {

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_holderPath(databasePath + QStringLiteral(".holder")), m_lock(databasePath + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0); // only a dead process's lock is stale, never a long session
}

DatabaseLock::~DatabaseLock()
{
    if (!m_holderPath.isEmpty())
        QFile::remove(m_holderPath);
    m_lock.unlock();
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString& databasePath, const QString& user)
{
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (!lock->m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->m_lock.getLockInfo(&pid, &host, &app);
        QFile holderFile(lock->m_holderPath);
        QString holder;
        if (holderFile.open(QIODevice::ReadOnly))
            holder = QJsonDocument::fromJson(holderFile.readAll())
                         .object()
                         .value(QStringLiteral("user"))
                         .toString();
        if (holder.isEmpty())
            holder = QCoreApplication::translate("DatabaseLock", "未知用户");
        lock->m_holderPath.clear(); // not ours: never remove it
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate(
                               "DatabaseLock", "数据库 %1 正被 %2 使用（程序 %3，计算机 %4，进程 %5）。"
                                               "请等对方关闭或锁定后再试；只读查询不受影响。")
                               .arg(databasePath, holder, app.isEmpty() ? QStringLiteral("?") : app, host)
                               .arg(pid));
    }
    QFile holderFile(lock->m_holderPath);
    if (holderFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QJsonObject info{{QStringLiteral("user"), user},
                               {QStringLiteral("program"), QCoreApplication::applicationName()},
                               {QStringLiteral("host"), QSysInfo::machineHostName()},
                               {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
        holderFile.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
    }
    return lock;
}

} // namespace casetrack
