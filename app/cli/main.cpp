#include "cli/Cli.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QFile>
#include <memory>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// stderr belongs to the contract's error objects: Qt's own diagnostics (platform plugin, runtime
// dir) would break a script parsing them, and must never carry case data anyway.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("CASETRACK_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    casetrack::hardenProcess(); // before anything holds a secret
    qInstallMessageHandler(quietMessages);
    // Documents need fonts, hence a QGuiApplication; the CLI never shows a window.
    const bool needsFonts = argc > 1 && [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrcmp(argv[i], "print") == 0 || qstrcmp(argv[i], "export") == 0)
                return true;
        }
        return false;
    }();
    if (needsFonts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsFonts ? new QGuiApplication(argc, argv)
                                                     : new QCoreApplication(argc, argv));
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
