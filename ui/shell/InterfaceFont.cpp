#include "shell/InterfaceFont.h"

#include <QApplication>
#include <QFontDatabase>

namespace casetrack {

void chooseInterfaceFont()
{
    QFont font = QApplication::font();
    if (QFontDatabase::writingSystems(font.family()).contains(QFontDatabase::SimplifiedChinese))
        return;
    const QStringList preferred{QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
                                QStringLiteral("Droid Sans Fallback")};
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& family : preferred) {
        if (installed.contains(family)) {
            font.setFamily(family);
            QApplication::setFont(font);
            return;
        }
    }
}

} // namespace casetrack
