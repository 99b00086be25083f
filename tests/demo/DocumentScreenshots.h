#pragma once

#include <functional>

class QWidget;

namespace casetrack {

class MainWindow;

// The document dialogs for the screenshot tour (print-dialog.png, export-dialog.png), kept out
// of ScreenshotTour.cpp so the tour needs one call. `save` grabs a widget under a name and
// returns true on success. Returns the number of pictures that failed.
int saveDocumentScreenshots(MainWindow& window, const std::function<bool(QWidget*, const char*)>& save);

} // namespace casetrack
