#include "storage/CaseMaterial.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace casetrack {

const QStringList& materialTypeIds()
{
    static const QStringList ids{
        QStringLiteral("decision"),      QStringLiteral("review_report"), QStringLiteral("meeting_minutes"),
        QStringLiteral("investigation"), QStringLiteral("statement"),     QStringLiteral("notification"),
        QStringLiteral("filing"),        QStringLiteral("other"),
    };
    return ids;
}

bool isMaterialType(const QString& id)
{
    return materialTypeIds().contains(id);
}

QString materialTypeName(const QString& id)
{
    if (id == QLatin1String("decision"))
        return QCoreApplication::translate("CaseMaterial", "处分决定（盖章扫描件）");
    if (id == QLatin1String("review_report"))
        return QCoreApplication::translate("CaseMaterial", "审理报告");
    if (id == QLatin1String("meeting_minutes"))
        return QCoreApplication::translate("CaseMaterial", "会议纪要");
    if (id == QLatin1String("investigation"))
        return QCoreApplication::translate("CaseMaterial", "审查调查报告");
    if (id == QLatin1String("statement"))
        return QCoreApplication::translate("CaseMaterial", "本人陈述和申辩材料");
    if (id == QLatin1String("notification"))
        return QCoreApplication::translate("CaseMaterial", "通报、通知");
    if (id == QLatin1String("filing"))
        return QCoreApplication::translate("CaseMaterial", "备案材料");
    if (id == QLatin1String("other"))
        return QCoreApplication::translate("CaseMaterial", "其他");
    return id;
}

QString sanitizedMaterialFileName(const QString& name)
{
    // Both separators: a name typed on Windows arrives with backslashes.
    QString base = name;
    base.replace(QLatin1Char('\\'), QLatin1Char('/'));
    base = base.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : std::as_const(base)) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029;
        if (!control)
            clean.append(c);
    }
    while (!clean.isEmpty() && (clean.front() == QLatin1Char('.') || clean.front().isSpace()))
        clean.remove(0, 1);
    clean = clean.trimmed();
    constexpr int kMaxLength = 120;
    if (clean.size() > kMaxLength) {
        const QString suffix = QFileInfo(clean).suffix();
        const QString tail = suffix.isEmpty() || suffix.size() > 10 ? QString() : QLatin1Char('.') + suffix;
        clean = clean.left(kMaxLength - tail.size()) + tail;
    }
    return clean.isEmpty() ? QCoreApplication::translate("CaseMaterial", "材料") : clean;
}

} // namespace casetrack
