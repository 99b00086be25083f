#include "cli/Cli.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("casetrack-cli"));
    casetrack::installTranslations(qEnvironmentVariable("CASETRACK_LANG"));

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    casetrack::CliIo io{&in, &out, &err, false};
#ifdef Q_OS_UNIX
    io.interactive = isatty(STDIN_FILENO) != 0;
#endif
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return casetrack::runCli(arguments, io);
}
