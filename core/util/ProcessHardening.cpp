#include "util/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace casetrack {

void hardenProcess()
{
#ifdef __linux__
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::umask(077);
}

bool makeOwnerOnly(const QString& path)
{
    if (!QFile::exists(path))
        return true;
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

bool makePrivateFolder(const QString& folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return true;
    if (!makePrivateFolder(QFileInfo(absolute).path()))
        return false;
    return ::mkdir(QFile::encodeName(absolute).constData(), S_IRWXU) == 0 || QFileInfo(absolute).isDir();
}

} // namespace casetrack
