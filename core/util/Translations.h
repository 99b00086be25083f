#pragma once

#include <QString>

namespace casetrack {

// Installs CaseTrack's translation for `language` ("zh_CN", "en", or empty for the system
// locale: English for English locales, Chinese otherwise). Chinese is the source language.
// Returns the language in force.
QString installTranslations(const QString& language = {});
// The language of the translated texts now: what installTranslations chose last, "zh_CN" (the
// source language) before it is called. Stored beside texts kept in the database (the case
// summaries' deadline labels), which are in the language they were made in.
QString currentLanguage();

} // namespace casetrack
