#pragma once

#include "util/Error.h"

#include <QString>

#include <optional>

namespace casetrack {

class Database;

// One 发文字号 given to a case's document: its organ's number pattern (e.g. "财党〔{year}〕{seq}号";
// organs that share a pattern share its numbers, as they would on paper), the year and the number.
struct DocumentNumber
{
    QString pattern;
    int year = 0;
    int seq = 0;
    QString caseId;
    QString kind; // documentKindId
};

// The document_numbers table (schema version 8): every number a print or save released, written
// in the transaction of its "print" record (the trail is the truth; `audit verify` replays it).
// Append-only. The caller holds the transaction.
namespace DocumentNumberStore {

// The number last given to this case's document of this kind under `pattern` in `year`.
Result<std::optional<int>> givenTo(Database& db, const QString& pattern, int year, const QString& caseId,
                                   const QString& kind);
// One more than the highest number given under `pattern` in `year` (1 for the first).
Result<int> next(Database& db, const QString& pattern, int year);
// Who holds a number: the case and kind it was given to, if any.
Result<std::optional<DocumentNumber>> holder(Database& db, const QString& pattern, int year, int seq);
// Writes `number` unless the same case and kind already hold it; Refused when another holds it.
Error give(Database& db, const DocumentNumber& number);

} // namespace DocumentNumberStore

} // namespace casetrack
