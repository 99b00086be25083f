#pragma once

#include <QString>

namespace casetrack {

// QCoreApplication::translate(context, source), cached per thread. deriveState translates the
// same few dozen texts (deadline labels, step names, reasons) for every case; translate() takes
// the application's translator lock and converts the source from UTF-8 each time, and with two
// threads deriving, that shared lock serialised them. The cache is thread-local, so neither a lock
// nor a shared reference count is touched per call.
//
// `context` and `source` must be string literals (or other text with static storage, such as the
// step table's name sources): they are keyed by address. Wrap a literal in QT_TRANSLATE_NOOP so
// that lupdate still extracts it.
QString cachedTranslation(const char* context, const char* source);

// Drops every thread's cached texts (each thread notices on its next lookup). Call after
// installing or removing a translator once states have been derived (a language switch without
// restart); translators installed at startup, before any derivation, need nothing.
void resetTranslationCache();

// Changes with every resetTranslationCache(): lets other per-thread caches of translated texts
// (procedure/StepRules.cpp) drop them at the same moment.
unsigned translationGeneration();

} // namespace casetrack
