#pragma once

#include <QDateTime>
#include <QString>

namespace casetrack {

// Counts failed unlocks per account in "<database>.attempts", beside the database (the database
// itself must stay byte-for-byte unchanged on a wrong password). After kFreeAttempts failures the
// account waits, doubling from 30 s up to 15 minutes; a success clears the count.
class FailedAttempts
{
public:
    static constexpr int kFreeAttempts = 5;

    explicit FailedAttempts(const QString& databasePath);

    // When the account may try again; invalid when it may try now.
    QDateTime lockedUntil(const QString& user, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    int failures(const QString& user) const;
    void recordFailure(const QString& user, const QDateTime& now = QDateTime::currentDateTimeUtc());
    void recordSuccess(const QString& user);

private:
    QString m_path;
};

} // namespace casetrack
