#include "common/UiSettings.h"

#include <QSettings>

namespace casetrack::UiSettings {

int idleLockMinutes()
{
    return QSettings().value(QStringLiteral("security/idleLockMinutes"), 10).toInt();
}

void setIdleLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), minutes);
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace casetrack::UiSettings
