#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace casetrack {

// One entry of the hash-chained audit trail: who did what, when, with the before/after values.
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString action; // case.create, event.record, account.add, settings.change, export, ...
    QString target; // case id, account name, settings key, ...
    QJsonValue before;
    QJsonValue after;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature; // Ed25519 by the author over `hash`; empty for records before schema 3
};

struct AuditVerification
{
    bool intact = true;
    qint64 records = 0;
    qint64 firstBadSeq = 0; // the first altered, missing or reordered record
    QByteArray headHash;    // the last record's hash, to note on paper from time to time
    QString message;        // what was found, for the user
    QStringList problems;   // every finding, naming the record or the table and row
};

} // namespace casetrack
