#pragma once

#include <QIODevice>
#include <QStringList>

namespace casetrack {

// Where the command line reads and writes; the real program passes stdin/stdout/stderr, tests
// pass buffers and run commands in-process.
struct CliIo
{
    QIODevice* in = nullptr;
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
    bool interactive = false; // stdin is a terminal: prompt for passwords without echo
};

// Runs `casetrack-cli` per ../shared/spec/cli.md (arguments without the program name) and
// returns the exit code. Needs a QCoreApplication.
int runCli(const QStringList& arguments, CliIo& io);

} // namespace casetrack
