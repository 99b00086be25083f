#pragma once

#include "audit/AuditRecord.h"
#include "util/Error.h"

#include <QList>

namespace casetrack {

class Database;

// The append-only audit trail. Each record holds the BLAKE2b-256 hash of the one before, and the
// head (last seq and hash) is kept in the metadata, so an altered, missing, reordered or
// truncated record breaks the chain. Appending happens inside the caller's transaction.
class AuditTrail
{
public:
    static Error append(Database& db, AuditRecord record);
    static AuditVerification verify(Database& db);
    static QList<AuditRecord> read(Database& db, qint64 offset = 0, qint64 limit = -1);
};

} // namespace casetrack
