#include "util/FileProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace casetrack {

namespace {
struct FileProblemTr
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)
};
} // namespace

QString fileWriteProblem(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return FileProblemTr::tr("文件夹 %1 不存在。请选择已有的文件夹，或先创建它。").arg(folderName);
    if (!folder.isDir())
        return FileProblemTr::tr("%1 不是文件夹。请另选保存位置。").arg(folderName);
    if (!folder.isWritable())
        return FileProblemTr::tr("没有在文件夹 %1 中保存文件的权限。请选择自己的文件夹，如“文档”或主目录。")
            .arg(folderName);
    if (file.exists() && file.isDir())
        return FileProblemTr::tr("已有同名的文件夹。请换一个文件名。");
    if (file.exists() && !file.isWritable())
        return FileProblemTr::tr("已有同名的只读文件。请换一个文件名，或先关闭正在使用它的程序。");
    return FileProblemTr::tr("磁盘可能已满或不可用。请检查磁盘空间或另选保存位置后重试。");
}

} // namespace casetrack
