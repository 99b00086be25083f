#include "common/BodyNames.h"

#include <QCoreApplication>
#include <QHash>

namespace casetrack {

QString bodyDisplayName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("party_group"), QT_TRANSLATE_NOOP("BodyNames", "党组")},
        {QStringLiteral("stationed_body"), QT_TRANSLATE_NOOP("BodyNames", "派驻机构")},
        {QStringLiteral("dispatched_body"), QT_TRANSLATE_NOOP("BodyNames", "派出机构")},
        {QStringLiteral("dispatching_organ"), QT_TRANSLATE_NOOP("BodyNames", "派出机关")},
        {QStringLiteral("grassroots_commission"), QT_TRANSLATE_NOOP("BodyNames", "基层纪委")},
        {QStringLiteral("grassroots_committee"), QT_TRANSLATE_NOOP("BodyNames", "基层党委")},
        {QStringLiteral("local_commission"), QT_TRANSLATE_NOOP("BodyNames", "地方纪委")},
        {QStringLiteral("org_department"), QT_TRANSLATE_NOOP("BodyNames", "组织部门")}};
    const char* name = names.value(kind);
    return name ? QCoreApplication::translate("BodyNames", name) : kind;
}

} // namespace casetrack
