#include "cases/PinyinOrder.h"

#include "cases/CaseSummary.h"

#include <QCollator>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace casetrack {

PinyinOrder PinyinOrder::of(const QStringList& texts)
{
    QSet<char16_t> seen;
    for (const QString& text : texts) {
        for (const QChar c : naturalSortKey(text))
            seen.insert(c.unicode());
    }
    QList<char16_t> chars(seen.cbegin(), seen.cend());
    const QCollator collator = pinyinCollator();
    std::sort(chars.begin(), chars.end(), [&](char16_t a, char16_t b) {
        const int order = collator.compare(QString(QChar(a)), QString(QChar(b)));
        return order != 0 ? order < 0 : a < b;
    });
    PinyinOrder out;
    out.m_rank.reserve(chars.size());
    for (qsizetype i = 0; i < chars.size(); ++i)
        out.m_rank.insert(chars[i], char16_t(i + 1));
    return out;
}

QString PinyinOrder::key(const QString& text) const
{
    const QString padded = naturalSortKey(text);
    QString key(padded.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < padded.size(); ++i) {
        const char16_t rank = m_rank.value(padded[i].unicode(), 0);
        if (rank == 0)
            return {};
        key[i] = QChar(rank);
    }
    return key;
}

bool PinyinOrder::knows(const QString& text) const
{
    return text.isEmpty() || !key(text).isEmpty();
}

QList<int> pinyinRanks(const PinyinOrder& order, const QStringList& texts)
{
    QStringList keys;
    keys.reserve(texts.size());
    for (const QString& text : texts)
        keys.append(order.key(text));
    QList<int> byKey(texts.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
        const int c = keys[a].compare(keys[b]);
        return c != 0 ? c < 0 : a < b;
    });
    QList<int> rank(texts.size());
    for (qsizetype i = 0; i < byKey.size(); ++i)
        rank[byKey[i]] = int(i);
    return rank;
}

} // namespace casetrack
