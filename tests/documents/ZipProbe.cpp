#include "ZipProbe.h"

#include <QFile>

#include <zip.h>

namespace casetrack::test {

QByteArray zipEntry(const QString& path, const char* name)
{
    int err = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!zip)
        return {};
    QByteArray data;
    if (zip_file_t* f = zip_fopen(zip, name, 0)) {
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            data.append(buf, int(n));
        zip_fclose(f);
    }
    zip_close(zip);
    return data;
}

} // namespace casetrack::test
