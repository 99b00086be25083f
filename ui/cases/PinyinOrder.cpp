#include "cases/PinyinOrder.h"

#include "cases/CaseSummary.h"

#include <QCollator>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace casetrack {

PinyinOrder PinyinOrder::of(const QStringList& texts, const QStringList& more)
{
    // The characters of the texts' natural sort keys (CaseSummary.h): collected here rather than
    // from the keys themselves, which would be made twice.
    std::vector<bool> seen(0x10000, false);
    for (const QStringList* list : {&texts, &more}) {
        for (const QString& text : *list) {
            for (const QChar c : text) {
                seen[c.unicode()] = true;
                if (c.isDigit())
                    seen[kNaturalSortPadding] = true;
            }
        }
    }
    QList<char16_t> chars;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (seen[c])
            chars.append(char16_t(c));
    }
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
    // Texts repeat (units most of all, names often): each distinct text is keyed once, the keys
    // are sorted, and the ranks are handed out in position order, so that equal keys keep their
    // texts' positions (as a sort by key, then position, would).
    QHash<QString, int> distinctOf;
    QStringList distinct;
    QList<int> which(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto it = distinctOf.constFind(texts[i]);
        if (it == distinctOf.cend()) {
            it = distinctOf.insert(texts[i], int(distinct.size()));
            distinct.append(texts[i]);
        }
        which[i] = *it;
    }
    QStringList keys;
    keys.reserve(distinct.size());
    for (const QString& text : std::as_const(distinct))
        keys.append(order.key(text));
    QList<int> byKey(distinct.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    // Texts with equal keys ("01" and "1") form one group; a group's rows take consecutive ranks.
    QList<int> groupOf(distinct.size());
    int groups = 0;
    for (qsizetype i = 0; i < byKey.size(); ++i) {
        if (i > 0 && keys[byKey[i]] != keys[byKey[i - 1]])
            ++groups;
        groupOf[byKey[i]] = groups;
    }
    QList<int> next(distinct.isEmpty() ? 0 : groups + 1, 0); // first free rank of each group
    for (int d : std::as_const(which))
        ++next[groupOf[d]];
    int first = 0;
    for (int& n : next)
        first += std::exchange(n, first);
    QList<int> rank(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        rank[i] = next[groupOf[which[i]]]++;
    return rank;
}

} // namespace casetrack
