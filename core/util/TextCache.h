#pragma once

#include <QString>

namespace casetrack {

// QCoreApplication::translate(context, source), cached per thread. The lists show the same few
// dozen messages (deadline names, step names) on every row (Message::toString); translate() takes
// the application's translator lock and converts the source from UTF-8 each time, and with two
// threads making rows, that shared lock serialised them. The cache is thread-local, so neither a
// lock nor a shared reference count is touched per call.
//
// `context` and `source` must be string literals (or other text with static storage, such as the
// step table's name sources): they are keyed by address. Wrap a literal in QT_TRANSLATE_NOOP so
// that lupdate still extracts it.
QString cachedTranslation(const char* context, const char* source);

// Drops every thread's cached texts (each thread notices on its next lookup). Call after
// installing or removing a translator once texts have been shown (a language switch without
// restart); translators installed at startup, before anything is shown, need nothing.
void resetTranslationCache();

} // namespace casetrack
