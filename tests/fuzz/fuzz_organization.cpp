// libFuzzer: organization records as `org add --data` receives them (cli.md), and the document
// settings JSON stored beside them: strict parsing, every field checked, nothing crashes.
#include "documents/DocumentSettings.h"
#include "procedure/Organization.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    casetrack::Result<casetrack::Organization> org = casetrack::Organization::fromJson(doc.object());
    if (org.ok())
        (void)casetrack::Organization::fromJson(org->toJson());
    (void)casetrack::DocumentSettings::fromJson(doc.object());
    return 0;
}
