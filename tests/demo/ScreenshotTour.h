#pragma once

#include <QString>

namespace casetrack {

// For scripts/screenshots (hidden option `casetrack --screenshot DIR`): builds a demo database
// in a temporary folder, shows each main screen and saves it as a PNG in DIR. Returns 0 on
// success.
int runScreenshotTour(const QString& directory);

} // namespace casetrack
