#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// A case-facts error from the core (CaseFacts::fromJson, case add, case correct) as the
// desktop's fact dialogs show it: the core's own words, with the JSON field names and values it
// quotes for the command line replaced by the labels the dialogs show. The rules stay in core.
QString factErrorText(const Error& error);

} // namespace casetrack
