#include "documents/ZipPackage.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace casetrack {

Error writeZipPackage(const QString& path, const QList<QPair<QByteArray, QByteArray>>& entries,
                      bool firstStored)
{
    const QString tmp = path + QStringLiteral(".part");
    QFile::remove(tmp);
    int err = 0;
    zip_t* zip = zip_open(QFile::encodeName(tmp).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    auto fail = [&]() {
        QFile::remove(tmp);
        return Error::make(ErrorCode::Unavailable,
                           QCoreApplication::translate("Documents", "无法写入文件 %1").arg(path));
    };
    if (!zip)
        return fail();
    // libzip keeps the buffers until zip_close: `entries` outlives it.
    for (int i = 0; i < entries.size(); ++i) {
        const QByteArray& data = entries.at(i).second;
        zip_source_t* src = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index =
            src ? zip_file_add(zip, entries.at(i).first.constData(), src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            zip_discard(zip);
            return fail();
        }
        if (i == 0 && firstStored)
            zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return fail();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return fail();
    return Error::ok();
}

} // namespace casetrack
