#pragma once

namespace casetrack {

// Initialises libsodium once per process (thread-safe; libsodium's own guarantee).
void ensureSodium();

} // namespace casetrack
