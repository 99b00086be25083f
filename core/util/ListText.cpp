#include "util/ListText.h"

#include "util/TextCache.h"

#include <QCoreApplication>

namespace casetrack {

QString joinList(const QStringList& items)
{
    return items.join(cachedTranslation("ListText", QT_TRANSLATE_NOOP("ListText", "、")));
}

QString joinClauses(const QStringList& clauses)
{
    return clauses.join(cachedTranslation("ListText", QT_TRANSLATE_NOOP("ListText", "；")));
}

} // namespace casetrack
