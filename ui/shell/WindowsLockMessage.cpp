#include "shell/WindowsLockMessage.h"

namespace casetrack {

bool locksWithWindowsMessage(unsigned message, quintptr wParam)
{
    using namespace windows_message;
    if (message == kSessionChange)
        return wParam == kSessionLock || wParam == kConsoleDisconnect || wParam == kRemoteDisconnect ||
               wParam == kSessionLogoff;
    return message == kPowerBroadcast && wParam == kSuspend;
}

} // namespace casetrack
