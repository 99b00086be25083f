#include "documents/FontSet.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QStringList>

namespace casetrack {

namespace {

struct RoleCandidates
{
    FontRole role;
    const char* wanted;
    QStringList standardFaces; // the standard's face under its usual installed names
    QStringList fallbacks;     // free faces, best first
};

QList<RoleCandidates> candidates()
{
    const QString fandolFang = QStringLiteral("FandolFang");
    const QString notoSerif = QStringLiteral("Noto Serif CJK SC");
    const QString notoSans = QStringLiteral("Noto Sans CJK SC");
    const QString ukai = QStringLiteral("AR PL UKai CN");
    return {
        {FontRole::Body,
         "仿宋_GB2312",
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
          QStringLiteral("FangSong"), QStringLiteral("STFangsong"), QStringLiteral("华文仿宋")},
         {fandolFang, notoSerif, notoSans, ukai}},
        {FontRole::Title,
         "方正小标宋简体",
         {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
          QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("FZXiaoBiaoSong-B05")},
         {notoSerif, QStringLiteral("FandolSong"), notoSans, ukai}},
        {FontRole::Heading1,
         "黑体",
         {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("STHeiti")},
         {QStringLiteral("FandolHei"), notoSans, notoSerif, ukai}},
        {FontRole::Heading2,
         "楷体_GB2312",
         {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
          QStringLiteral("KaiTi"), QStringLiteral("STKaiti")},
         {QStringLiteral("FandolKai"), ukai, notoSerif, notoSans}},
        {FontRole::Song,
         "宋体",
         {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("STSong")},
         {QStringLiteral("FandolSong"), notoSerif, notoSans, ukai}},
    };
}

QString firstInstalled(const QStringList& faces, const QStringList& installed)
{
    for (const QString& face : faces) {
        for (const QString& family : installed) {
            // Fontconfig may list a family with a foundry suffix, e.g. "SimHei [Foundry]".
            if (family.compare(face, Qt::CaseInsensitive) == 0 ||
                family.startsWith(face + QStringLiteral(" ["), Qt::CaseInsensitive))
                return family;
        }
    }
    return {};
}

} // namespace

QString fontRoleName(FontRole role)
{
    switch (role) {
    case FontRole::Body:
        return QCoreApplication::translate("Documents", "正文");
    case FontRole::Title:
        return QCoreApplication::translate("Documents", "标题");
    case FontRole::Heading1:
        return QCoreApplication::translate("Documents", "一级标题");
    case FontRole::Heading2:
        return QCoreApplication::translate("Documents", "二级标题");
    case FontRole::Song:
        return QCoreApplication::translate("Documents", "页码");
    }
    return {};
}

bool FontReport::allStandard() const
{
    for (const FontChoice& choice : choices) {
        if (!choice.standard)
            return false;
    }
    return true;
}

QString FontReport::summary() const
{
    QStringList lines;
    for (const FontChoice& choice : choices) {
        if (choice.standard)
            lines << QCoreApplication::translate("Documents", "%1：%2")
                         .arg(fontRoleName(choice.role), choice.used);
        else
            lines << QCoreApplication::translate("Documents", "%1：%2 未安装，以 %3 代替")
                         .arg(fontRoleName(choice.role), choice.wanted, choice.used);
    }
    return lines.join(QLatin1Char('\n'));
}

FontSet FontSet::resolve()
{
    FontSet set;
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const RoleCandidates& c : candidates()) {
        FontChoice choice;
        choice.role = c.role;
        choice.wanted = QString::fromUtf8(c.wanted);
        choice.used = firstInstalled(c.standardFaces, installed);
        choice.standard = !choice.used.isEmpty();
        if (!choice.standard)
            choice.used = firstInstalled(c.fallbacks, installed);
        if (choice.used.isEmpty()) // no CJK face at all: let fontconfig pick, and say so
            choice.used = QFont().defaultFamily();
        set.m_report.choices << choice;
    }
    return set;
}

QString FontSet::family(FontRole role) const
{
    for (const FontChoice& choice : m_report.choices) {
        if (choice.role == role)
            return choice.used;
    }
    return {};
}

QFont FontSet::font(FontRole role, qreal pointSize) const
{
    QFont font(family(role));
    font.setPointSizeF(pointSize);
    font.setKerning(false); // the grid places every character; kerning would fight it
    font.setHintingPreference(QFont::PreferNoHinting);
    if (role == FontRole::Title) {
        for (const FontChoice& choice : m_report.choices) {
            if (choice.role == role && !choice.standard)
                font.setWeight(QFont::Bold);
        }
    }
    return font;
}

} // namespace casetrack
