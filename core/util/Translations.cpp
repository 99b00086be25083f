#include "util/Translations.h"

#include "util/TextCache.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace casetrack {

QString installTranslations(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen =
            QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (chosen != QLatin1String("en"))
        chosen = QStringLiteral("zh_CN");

    // Dates and numbers follow the interface language, not the machine's locale.
    QLocale::setDefault(chosen == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                      : QLocale(QLocale::Chinese, QLocale::China));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/casetrack_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Messages cache their translations per thread (util/TextCache.h); they must follow the new
    // language.
    resetTranslationCache();
    return chosen;
}

} // namespace casetrack
