#pragma once

#include <QtGlobal>

namespace casetrack {
class Database;
}

namespace casetrack::bench {

// The floor every "load" figure is compared with: every row of `cases` and `events` stepped
// through once on `db` (so through SQLCipher with the same key and page decryption), every
// column's bytes touched, nothing parsed or copied. No loader can be faster than this.
struct RawReadFigures
{
    double seconds = 0;
    qint64 caseRows = 0;
    qint64 eventRows = 0;
    qint64 bytes = 0; // the column bytes seen, so the read cannot be optimised away
};

RawReadFigures readEveryRow(Database& db);

} // namespace casetrack::bench
