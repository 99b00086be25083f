#pragma once

#include <QIcon>

namespace casetrack {

// CaseTrack's icon (resources/icons, compiled in) at every size drawn for it: the window icon,
// the tray icon and the About dialog's picture. Built from PNGs so that no SVG plugin is needed.
QIcon applicationIcon();

// The reverse-DNS id the .desktop file, the AppStream metainfo and the installed icons are named
// after; Wayland compositors match the running window to its .desktop entry by it.
inline constexpr char kApplicationId[] = "cn.casetrack.CaseTrack";

} // namespace casetrack
