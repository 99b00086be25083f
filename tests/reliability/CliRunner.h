#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace casetrack::reliability {

// One run of casetrack-cli: how it ended and what it said.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;  // ended by a signal it did not ask for
    bool timedOut = false; // killed by us after the timeout
    QByteArray out;
    QByteArray err;
};

// The environment every run gets: the password, the tests-only key derivation allowed.
QProcessEnvironment cliEnvironment();
// Runs casetrack-cli --db DB --json ARGS with a timeout (a hang is a failure, not a wait).
CliRun runCli(const QString& db, const QStringList& args, int timeoutMs = 30000);
// How many iterations: `base` times CASETRACK_RELIABILITY_SCALE (default 1).
int scaled(int base);

constexpr const char* kPassword = "reliability-pw-violet-kettle";

} // namespace casetrack::reliability
