#pragma once

namespace casetrack {

// True when the interface speaks English: the English translation is installed. Not the
// locale's language: tests and machines without translations installed show the Chinese source
// texts, and their dates and articles must match them.
bool englishInterface();

} // namespace casetrack
