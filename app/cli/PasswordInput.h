#pragma once

#include "cli/Cli.h"

#include <QString>

namespace casetrack {

// Passwords never come from an argument (cli.md): from an environment variable when set,
// otherwise prompted on a terminal without echo, otherwise one line of standard input.
class PasswordInput
{
public:
    explicit PasswordInput(CliIo& io) : m_io(io) {}

    // The unlocking password: CASETRACK_PASSWORD.
    QString current(const QString& prompt);
    // A new password (init, user add/passwd/reset): CASETRACK_NEW_PASSWORD, or for `init`
    // CASETRACK_PASSWORD; on a terminal it is asked twice.
    QString fresh(const QString& prompt, const char* environmentVariable = "CASETRACK_NEW_PASSWORD");

    // Standard input carries the password on its first line and then, for `--data -`, the JSON:
    // reads the password line now when that is where it will come from.
    void takeFirstLineIfNeeded();

private:
    QString readLine();
    QString m_firstLine;
    bool m_hasFirstLine = false;
    QString promptHidden(const QString& prompt);
    CliIo& m_io;
};

} // namespace casetrack
