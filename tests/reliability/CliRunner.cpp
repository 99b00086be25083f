#include "CliRunner.h"

#include <QProcess>

namespace casetrack::reliability {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASETRACK_PASSWORD"), QString::fromLatin1(kPassword));
    env.insert(QStringLiteral("CASETRACK_ALLOW_TEST_KDF"), QStringLiteral("1"));
    return env;
}

CliRun runCli(const QString& db, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(CASETRACK_CLI_PATH),
                  QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + args);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = !run.timedOut && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int scaled(int base)
{
    const int scale = qEnvironmentVariableIsSet("CASETRACK_RELIABILITY_SCALE")
                          ? qMax(1, qEnvironmentVariableIntValue("CASETRACK_RELIABILITY_SCALE"))
                          : 1;
    return base * scale;
}

} // namespace casetrack::reliability
