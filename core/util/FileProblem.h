#pragma once

#include <QString>

namespace casetrack {

// Why a file could not be written, in the user's language and with what to do: the folder is
// missing, not writable, the file is read-only, or (none of those) the disk. Used instead of
// the libraries' own English ("Usually a permissions error", "Permission denied").
QString fileWriteProblem(const QString& path);

} // namespace casetrack
