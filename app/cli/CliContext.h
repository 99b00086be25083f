#pragma once

#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/PasswordInput.h"
#include "services/Session.h"
#include "util/Error.h"

#include <QDate>
#include <QJsonValue>

#include <memory>

namespace casetrack {

struct CaseState;

// What every command needs: its arguments, output in text or JSON, errors with exit codes, and
// unlocking the database as cli.md says.
class CliContext
{
public:
    CliContext(CliArgs args, CliIo& io) : args(std::move(args)), io(io), passwords(io) {}
    ~CliContext(); // wipes the unlocking password

    CliArgs args;
    CliIo& io;
    PasswordInput passwords;

    QString databasePath() const;
    // Unlocks with --user (or the only account) and the password from the usual sources.
    Result<std::unique_ptr<Session>> unlock(Session::Access access);

    // Prints JSON (always with --json, for machine-readable output) or the given text.
    void print(const QJsonValue& json, const QString& text);
    // Prints the error (JSON on stderr with --json) and returns its exit code.
    int fail(const Error& error);
    int usage(const QString& message);

    // --as-of (default today); an Invalid error for an impossible date.
    Result<QDate> asOf() const;
    // Reads a JSON object argument: inline, or "-" for standard input.
    Result<QJsonObject> jsonObjectArgument(const QString& value);
    // Checks the command's words and options; a usage message when they are off.
    bool checkShape(int minWords, int maxWords, const QStringList& allowedOptions, int* exitCode);
    // What most commands begin with: checkShape(), then unlock(). Null, with the failure printed
    // and *exitCode set, when either fails.
    std::unique_ptr<Session> checkAndUnlock(int minWords, int maxWords, const QStringList& allowedOptions,
                                            Session::Access access, int* exitCode);

    // The password unlock() used (user passwd checks it again as the old password).
    QString unlockPassword;
    // Set when print() refused to show data that could not be read in full: the exit code the
    // command ends with, whatever it returns.
    int forcedExit = 0;
    // The database was made with the tests-only key derivation: warned about on stderr (text mode).
    bool testKdfDatabase = false;
    QString testKdfWarning() const;

    QJsonObject stateJson(const CaseState& state) const;
    // The session unlock() opened, whose read failures print() checks. Not owned.
    Session* session = nullptr;
    QString stateText(const CaseState& state) const;
};

} // namespace casetrack
