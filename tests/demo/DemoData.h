#pragma once

namespace casetrack {

class Session;

// Fills a database with a handful of invented cases at different stages (for screenshots and
// demonstrations). Every step goes through Session::recordEvent, so the engine checks it.
// Returns the number of steps that were refused (0 when the demo matches the procedure).
int fillDemoData(Session& session);

} // namespace casetrack
