#pragma once

#include "audit/AuditRecord.h"
#include "util/Error.h"

#include <QList>

namespace casetrack {

class Database;
class SecureBytes;

// The append-only audit trail. Each record holds the BLAKE2b-256 hash of the one before, and the
// head (last seq and hash) is kept in the metadata, so an altered, missing, reordered or
// truncated record breaks the chain. Appending happens inside the caller's transaction.
class AuditTrail
{
public:
    // `signSecret` (the author's Ed25519 key) signs the record's hash, which covers its content
    // and the previous record's hash; null writes an unsigned record (recovery, legacy files).
    static Error append(Database& db, AuditRecord record, const SecureBytes* signSecret = nullptr);
    // The last record's seq and hash as kept in the metadata.
    static void head(Database& db, qint64* seq, QByteArray* hash);
    // The hash of record `seq`, empty when there is none (or, with `readFailed` set, when it
    // could not be read).
    static QByteArray hashAt(Database& db, qint64 seq, bool* readFailed = nullptr);
    static AuditVerification verify(Database& db);
    static QList<AuditRecord> read(Database& db, qint64 offset = 0, qint64 limit = -1);
};

} // namespace casetrack
