// libFuzzer: holiday-cn calendar files (calendar import).
#include "calendar/HolidayCalendar.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    int year = 0;
    (void)casetrack::HolidayCalendar::parseHolidayCn(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &year);
    return 0;
}
