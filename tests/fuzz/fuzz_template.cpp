// libFuzzer: document templates, which a user may replace with their own files in the template
// folder (docs/documents.md). Any input ends in a document or an Invalid error naming the line.
#include "documents/DocumentTemplate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const casetrack::TemplateValues values = [] {
        casetrack::TemplateValues v;
        v.text.insert(QStringLiteral("name"), QStringLiteral("张三"));
        v.text.insert(QStringLiteral("empty"), QString());
        v.lists.insert(QStringLiteral("facts"), {{QStringLiteral("一、事实")}, {QStringLiteral("二、事实")}});
        v.lists.insert(QStringLiteral("deadlines"), {{QStringLiteral("宣布"), QStringLiteral("2026-12-01")},
                                                     {QStringLiteral("备案"), QStringLiteral("2027-02-27")}});
        return v;
    }();
    const QString source = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)casetrack::instantiateTemplate(source, values); // only that it returns, whatever it says
    return 0;
}
