#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

class Database;

// PRAGMA quick_check: walks every b-tree page, so each page is decrypted and its HMAC checked on
// the way (SQLCipher 3.4 has no cipher_integrity_check; `PRAGMA cipher_integrity_check` is
// silently ignored there). Ok, or Unavailable naming the file and the first problem found.
Error checkIntegrity(Database& db);

} // namespace casetrack
