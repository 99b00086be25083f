#include "common/ArticleText.h"

#include "common/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casetrack {

namespace {

struct ArticleTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleText)
};

QString regulationName(const QString& book)
{
    if (book == QStringLiteral("《中国共产党纪律处分条例》"))
        return ArticleTextTr::tr("《中国共产党纪律处分条例》");
    if (book == QStringLiteral("《中国共产党章程》") || book == QStringLiteral("党章"))
        return ArticleTextTr::tr("《中国共产党章程》");
    if (book == QStringLiteral("《中国共产党党员权利保障条例》"))
        return ArticleTextTr::tr("《中国共产党党员权利保障条例》");
    return book;
}

} // namespace

int chineseNumeral(const QString& numeral)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, current = 0;
    bool any = false;
    for (const QChar c : numeral) {
        const int digit = digits.indexOf(c == QChar(0x3007) ? QChar(0x96f6) : c);
        if (digit >= 0) {
            current = digit;
            any = true;
        } else if (c == QChar(0x5341)) { // 十
            total += (any && current > 0 ? current : 1) * 10;
            current = 0;
            any = true;
        } else if (c == QChar(0x767e)) { // 百
            total += (current > 0 ? current : 1) * 100;
            current = 0;
            any = true;
        } else {
            return 0;
        }
    }
    return any ? total + current : 0;
}

QString localizeArticles(const QString& text)
{
    if (!englishInterface() || text.isEmpty())
        return text;
    static const QString n = QStringLiteral("([零〇一二三四五六七八九十百]+)");
    static const QRegularExpression reference(QStringLiteral("(《[^》]+》|党章)?第") + n +
                                              QStringLiteral("条(?:第") + n + QStringLiteral("款)?(?:第") +
                                              n + QStringLiteral("项)?"));
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        QString art = QStringLiteral("Art. %1").arg(chineseNumeral(m.captured(2)));
        if (m.capturedLength(3) > 0)
            art += QStringLiteral("(%1)").arg(chineseNumeral(m.captured(3)));
        if (m.capturedLength(4) > 0)
            art += QStringLiteral("(%1)").arg(chineseNumeral(m.captured(4)));
        if (m.capturedLength(1) > 0)
            // Source in the Chinese order (regulation, then article); English puts the article first.
            art = ArticleTextTr::tr("%2%1").arg(art, regulationName(m.captured(1)));
        out += art;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    // Translated messages that spell the reference out ("Article 9") read the same way.
    static const QRegularExpression spelled(QStringLiteral("\\bArticle (\\d+)"));
    out.replace(spelled, QStringLiteral("Art. \\1"));
    return out;
}

} // namespace casetrack
