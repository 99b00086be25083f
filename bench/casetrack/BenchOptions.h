#pragma once

#include <QDate>
#include <QString>

namespace casetrack::bench {

struct BenchOptions
{
    int cases = 100000;
    QString outputDir;     // empty: a temporary directory, removed at the end
    int recordSteps = 200; // how many single steps to time, per database
    int threads = 2;       // for deriving states (deriveState is pure)
    int verifyEvery = 50;  // check every Nth generated case event by event with checkEvent
    QDate asOf = QDate(2026, 12, 31);
    bool quick = false;
};

// --cases N, --out DIR, --quick, --steps N, --threads N, --verify-every N, --as-of YYYY-MM-DD.
// False (after printing usage to stderr) on a bad command line.
bool parseOptions(const QStringList& arguments, BenchOptions* options);

} // namespace casetrack::bench
