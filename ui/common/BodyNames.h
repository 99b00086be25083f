#pragma once

#include <QString>

namespace casetrack {

// The body ids of procedure.md "Bodies" as a user reads them (党组, 派驻机构, ...); the id itself
// when unknown.
QString bodyDisplayName(const QString& kind);

} // namespace casetrack
