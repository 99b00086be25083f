#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace casetrack {

// Pinyin order for many short texts (names, units: "按姓名拼音排序") at the cost of plain string
// comparison. QCollator with the Chinese locale (ICU) orders Han characters by pinyin, one
// character at a time; so the characters the texts use are collated once, each gets its rank,
// and a text's key is the string of its characters' ranks (digit runs zero-padded first, so "3"
// sorts before "11"). Comparing 100,000 ICU sort keys took half a second, the keys themselves
// as much memory again as the rows; these keys are compared and dropped.
class PinyinOrder
{
public:
    // The ranks of every character of the keys of `texts` and `more`.
    static PinyinOrder of(const QStringList& texts, const QStringList& more = {});

    // Empty when a character of `text` has no rank yet (then make a new PinyinOrder).
    QString key(const QString& text) const;
    bool knows(const QString& text) const;

private:
    QHash<char16_t, char16_t> m_rank; // character -> rank + 1
};

// The rank of each text in pinyin order (ties by position), for texts.size() texts.
QList<int> pinyinRanks(const PinyinOrder& order, const QStringList& texts);

} // namespace casetrack
