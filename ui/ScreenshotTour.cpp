#include "ScreenshotTour.h"

namespace casetrack {

int runScreenshotTour(const QString&)
{
    return 1;
}

} // namespace casetrack
