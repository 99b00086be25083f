#pragma once

#include <QString>

namespace casetrack {

// Installs CaseTrack's translation for `language` ("zh_CN", "en", or empty for the system
// locale: English for English locales, Chinese otherwise). Chinese is the source language.
// Returns the language in force.
QString installTranslations(const QString& language = {});

} // namespace casetrack
