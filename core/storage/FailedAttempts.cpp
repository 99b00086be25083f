#include "storage/FailedAttempts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace casetrack {

namespace {

QJsonObject readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeAll(const QString& path, const QJsonObject& root)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace

FailedAttempts::FailedAttempts(const QString& databasePath)
    : m_path(databasePath + QStringLiteral(".attempts"))
{}

int FailedAttempts::failures(const QString& user) const
{
    return readAll(m_path).value(user).toObject().value(QStringLiteral("failures")).toInt();
}

QDateTime FailedAttempts::lockedUntil(const QString& user, const QDateTime& now) const
{
    const QJsonObject entry = readAll(m_path).value(user).toObject();
    const int count = entry.value(QStringLiteral("failures")).toInt();
    if (count < kFreeAttempts)
        return {};
    const QDateTime last = QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODate);
    const qint64 wait = qMin<qint64>(30ll << qMin(count - kFreeAttempts, 10), 15 * 60);
    const QDateTime until = last.addSecs(wait);
    return until > now ? until : QDateTime();
}

void FailedAttempts::recordFailure(const QString& user, const QDateTime& now)
{
    QJsonObject root = readAll(m_path);
    QJsonObject entry = root.value(user).toObject();
    entry.insert(QStringLiteral("failures"), entry.value(QStringLiteral("failures")).toInt() + 1);
    entry.insert(QStringLiteral("last"), now.toUTC().toString(Qt::ISODate));
    root.insert(user, entry);
    writeAll(m_path, root);
}

void FailedAttempts::recordSuccess(const QString& user)
{
    QJsonObject root = readAll(m_path);
    if (root.contains(user)) {
        root.remove(user);
        writeAll(m_path, root);
    }
}

} // namespace casetrack
