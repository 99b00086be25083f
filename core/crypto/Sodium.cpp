#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace casetrack {

void ensureSodium()
{
    if (sodium_init() < 0)
        std::abort(); // no usable random source: refusing to run is the only safe answer
}

} // namespace casetrack
