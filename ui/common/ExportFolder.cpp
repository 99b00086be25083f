#include "common/ExportFolder.h"

#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace casetrack {

namespace {
struct ExportFolderTr
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};
} // namespace

QString defaultExportFolder(const QString& documents, const QString& home)
{
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return home;
}

QString defaultExportFolder()
{
    return defaultExportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                               QDir::homePath());
}

Error makeFolderFor(const QString& filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (QFileInfo(folder).isDir())
        return Error::ok();
    if (QDir().mkpath(folder))
        return Error::ok();
    return Error::make(ErrorCode::Unavailable, ExportFolderTr::tr("无法创建文件夹 %1。%2")
                                                   .arg(QDir::toNativeSeparators(folder),
                                                        fileWriteProblem(folder + QStringLiteral("/x"))));
}

} // namespace casetrack
