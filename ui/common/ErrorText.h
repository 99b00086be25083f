#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// The text a user sees for an error from the core: its own message (already worded for users)
// with the article that refused, when a rule did. Falls back to a generic sentence per code.
QString errorText(const Error& error);

} // namespace casetrack
