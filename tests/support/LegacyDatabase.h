#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace casetrack {
class Database;
}

namespace casetrack::test {

struct LegacyAccount
{
    QString name;
    QString role; // role id, e.g. "administrator"
    QString password;
};

// Writes what CaseTrack wrote before accounts were bound to their keys: schema `version`
// (1 or 2), unsigned audit records, and a key file of format version 1 with bare secretbox
// slots (the old code path, KeyFile::wrap). The first account creates the database. `more`
// adds rows and their (unsigned) audit records inside the same transaction.
bool writeLegacyDatabase(const QString& path, int version, const QList<LegacyAccount>& accounts,
                         const std::function<bool(Database&)>& more = {});

} // namespace casetrack::test
