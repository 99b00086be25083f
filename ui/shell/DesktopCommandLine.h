#pragma once

namespace casetrack {

// The desktop's own options, --help (-h) and --version, answered before any window system is
// touched, so that `casetrack --version` works without a display (over ssh, in the package
// test). Every other argument is left to Qt (-platform, -style, ...).
// Returns the exit code when one of them was answered, else -1 (go on and start the desktop).
int answerDesktopOptions(int argc, char** argv);

} // namespace casetrack
