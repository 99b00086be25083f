#pragma once

#include <QSize>
#include <QString>

namespace casetrack {

// For scripts/screenshots: builds a demo database in a temporary folder, shows each main screen
// with the main window at `windowSize` and saves it as a PNG in DIR. Returns 0 on success.
int runScreenshotTour(const QString& directory, QSize windowSize);

} // namespace casetrack
