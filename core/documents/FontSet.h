#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace casetrack {

// The typefaces GB/T 9704-2012 names, one per role.
enum class FontRole
{
    Body,     // 仿宋_GB2312 三号
    Title,    // 方正小标宋简体 二号
    Heading1, // 黑体
    Heading2, // 楷体_GB2312
    Song,     // 宋体: page numbers (4号半角宋体阿拉伯数字)
};

// Which family a role got, so the caller can tell the user when a free fallback stood in.
struct FontChoice
{
    FontRole role = FontRole::Body;
    QString wanted; // the standard's face, e.g. 仿宋_GB2312
    QString used;   // the family actually used
    bool standard = false;
};

struct FontReport
{
    QList<FontChoice> choices;

    bool allStandard() const;
    // One line per role in Chinese, e.g. "正文：仿宋_GB2312 未安装，以 Noto Serif CJK SC 代替".
    QString summary() const;
};

// Resolves the roles against the installed fonts (QFontDatabase, so a QGuiApplication must
// exist). The standard's faces win when present; otherwise FandolFang, Noto Serif CJK SC,
// Noto Sans CJK SC and AR PL UKai CN, in that order of fitness for the role.
class FontSet
{
public:
    static FontSet resolve();

    QString family(FontRole role) const;
    // A font of the role at `pointSize`; the title face is bold when a fallback stands in for
    // 小标宋, whose heavy strokes a regular Song face does not have.
    QFont font(FontRole role, qreal pointSize) const;
    const FontReport& report() const { return m_report; }

private:
    FontReport m_report;
};

QString fontRoleName(FontRole role);

} // namespace casetrack
