#include "util/TextCache.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <utility>

namespace casetrack {

namespace {

// Bumped by resetTranslationCache(). Only read on the hot path: a cache line that every thread
// reads and nobody writes stays shared in every core's cache, so reading it costs no contention.
std::atomic<unsigned> g_generation{0};

struct ThreadCache
{
    unsigned generation = 0;
    QHash<std::pair<quintptr, quintptr>, QString> texts;
};

} // namespace

QString cachedTranslation(const char* context, const char* source)
{
    thread_local ThreadCache cache;
    const unsigned generation = g_generation.load(std::memory_order_acquire);
    if (cache.generation != generation) {
        cache.texts.clear();
        cache.generation = generation;
    }
    const std::pair<quintptr, quintptr> key{reinterpret_cast<quintptr>(context),
                                            reinterpret_cast<quintptr>(source)};
    const auto it = cache.texts.constFind(key);
    if (it != cache.texts.cend())
        return *it;
    // Returned by value: a reference into the hash would dangle once a later insert rehashes it.
    return *cache.texts.insert(key, QCoreApplication::translate(context, source));
}

void resetTranslationCache()
{
    g_generation.fetch_add(1, std::memory_order_acq_rel);
}

} // namespace casetrack
