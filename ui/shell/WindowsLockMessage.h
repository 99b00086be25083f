#pragma once

#include <QtGlobal>

namespace casetrack {

// Which Windows messages lock CaseTrack (issue 9: "also on session lock/suspend"). Kept apart
// from the Windows glue (shell/WindowsSessionWatcher) so that the choice is compiled and tested
// on every platform; the numbers are those of WinUser.h and WtsApi32.h.
namespace windows_message {
constexpr unsigned kSessionChange = 0x02B1;  // WM_WTSSESSION_CHANGE
constexpr unsigned kPowerBroadcast = 0x0218; // WM_POWERBROADCAST
// WM_WTSSESSION_CHANGE's wParam
constexpr quintptr kConsoleDisconnect = 0x2; // WTS_CONSOLE_DISCONNECT (fast user switching)
constexpr quintptr kRemoteDisconnect = 0x4;  // WTS_REMOTE_DISCONNECT
constexpr quintptr kSessionLogoff = 0x6;     // WTS_SESSION_LOGOFF
constexpr quintptr kSessionLock = 0x7;       // WTS_SESSION_LOCK
// WM_POWERBROADCAST's wParam
constexpr quintptr kSuspend = 0x4; // PBT_APMSUSPEND: sent before the computer sleeps or hibernates
} // namespace windows_message

// True for the session locking, another user taking the console, a remote desktop closing
// without signing out, the session signing out, and the computer about to suspend: after each
// of them somebody else may be next at the keyboard. Unlocking, resuming and every other message:
// false.
bool locksWithWindowsMessage(unsigned message, quintptr wParam);

} // namespace casetrack
