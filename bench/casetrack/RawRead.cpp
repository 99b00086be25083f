#include "RawRead.h"

#include "Measure.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace casetrack::bench {

namespace {

// Steps `sql` to the end; returns the rows, adds every column's byte count to *bytes.
qint64 stepAll(sqlite3* handle, const char* sql, qint64* bytes)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    qint64 rows = 0;
    const int columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            // The blob accessor gives the stored bytes without a text conversion; the bytes
            // must be asked after it (SQLite's rule).
            sqlite3_column_blob(stmt, c);
            *bytes += sqlite3_column_bytes(stmt, c);
        }
    }
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

RawReadFigures readEveryRow(Database& db)
{
    RawReadFigures out;
    Stopwatch clock;
    out.caseRows = stepAll(db.handle(), "SELECT * FROM cases", &out.bytes);
    out.eventRows = stepAll(db.handle(), "SELECT * FROM events", &out.bytes);
    out.seconds = clock.seconds();
    return out;
}

} // namespace casetrack::bench
