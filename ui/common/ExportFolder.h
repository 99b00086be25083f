#pragma once

#include "util/Error.h"

#include <QString>

namespace casetrack {

// Where exports and saved documents go by default: the user's Documents folder when it exists,
// else the home folder (a fresh account often has no ~/Documents). Never a folder that is not
// there.
QString defaultExportFolder();
QString defaultExportFolder(const QString& documents, const QString& home);

// Creates the folder that will hold `filePath` when it is missing (the user typed a new one).
// An error in the user's language when it cannot be created; nothing else is changed.
Error makeFolderFor(const QString& filePath);

} // namespace casetrack
