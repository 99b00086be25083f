#pragma once

namespace casetrack {

// Runs the desktop application: first-run wizard or unlock dialog, then the main window.
int runDesktop(int argc, char** argv);

} // namespace casetrack
