#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// Turns an SQLite result code into a message a user can act on, naming the file and what was
// being read or written. A busy database is "in use" (naming the lock's holder), never
// "damaged"; everything else that is not OK is damage or an I/O failure (Unavailable, exit 6).
Error storageError(const QString& databasePath, const char* sql, int resultCode,
                   const QString& sqliteMessage);

// "案件事件", "审计记录", ... for the table a statement reads or writes.
QString whatStatementTouches(const char* sql);

} // namespace casetrack
