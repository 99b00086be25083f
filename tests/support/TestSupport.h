#pragma once

#include <QString>

namespace casetrack::test {

// The shared/ folder beside the project (holiday-cn files, spec), from CASETRACK_SHARED_DIR.
QString sharedDir();

} // namespace casetrack::test
