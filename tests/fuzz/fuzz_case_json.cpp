// libFuzzer: case facts and step/document JSON as the CLI receives them, through the same
// checks (parse, CaseFacts::fromJson, input limits, document inputs).
#include "documents/DocumentInputsJson.h"
#include "procedure/CaseFacts.h"
#include "procedure/InputLimits.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject object = doc.object();
    (void)casetrack::checkCaseFactsInput(object);
    (void)casetrack::checkMultiLineInput(object, QStringLiteral("data"));
    casetrack::Result<casetrack::CaseFacts> facts = casetrack::CaseFacts::fromJson(object);
    if (facts.ok())
        (void)casetrack::checkCaseFactsInput(facts->toJson());
    (void)casetrack::documentInputsFromJson(object);
    return 0;
}
