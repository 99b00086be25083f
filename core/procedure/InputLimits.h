#pragma once

#include "util/Error.h"

#include <QJsonObject>

namespace casetrack {

// Limits on texts from outside (CLI JSON, desktop forms), checked at the core's boundary before
// anything is stored: a name at most kMaxNameLength characters, any other single-line value at
// most kMaxLineLength, a multi-line text (step data, document texts) at most kMaxTextLength;
// control characters are refused, except newline and tab in multi-line texts. An Invalid error
// (exit 5) names the field, e.g. "subject.name".
constexpr int kMaxNameLength = 64;
constexpr int kMaxLineLength = 200;
constexpr int kMaxTextLength = 20000;

// Case facts: every value is single-line.
Error checkCaseFactsInput(const QJsonObject& facts);
// A step's data or a case's document texts: texts may span lines; names and dates may not.
Error checkMultiLineInput(const QJsonObject& data, const QString& fieldPrefix);

} // namespace casetrack
