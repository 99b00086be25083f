#include "OfficeConvert.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace casetrack::test {

QString officeProgram()
{
    for (const char* name : {"soffice", "libreoffice"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool officeConvert(const QStringList& files, const QString& target, const QString& outDir,
                   const QString& inFilter, QString* log)
{
    const QString program = officeProgram();
    if (program.isEmpty())
        return false;
    QDir().mkpath(outDir);
    const QString profile = QDir(outDir).filePath(QStringLiteral(".lo-profile"));
    QStringList args{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                     QStringLiteral("--headless"), QStringLiteral("--norestore")};
    if (!inFilter.isEmpty())
        args << QStringLiteral("--infilter=") + inFilter;
    args << QStringLiteral("--convert-to") << target << QStringLiteral("--outdir") << outDir << files;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    // About 2-5 s per file on a loaded 2-core machine, plus the start.
    const bool done = p.waitForFinished(20000 + 8000 * int(files.size()));
    if (!done)
        p.kill();
    if (log)
        *log = QString::fromUtf8(p.readAll());
    return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace casetrack::test
