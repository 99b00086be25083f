#pragma once

#include "accounts/Role.h"
#include "calendar/HolidayCalendar.h"
#include "procedure/CaseRecord.h"
#include "procedure/CaseState.h"
#include "procedure/EngineSettings.h"
#include "util/Error.h"

#include <QDate>
#include <QJsonObject>

namespace casetrack {

// The procedure engine: the spec's rules evaluated against a case's events. Pure functions, no
// state of their own, safe to call from several threads at once.

// The state of a case as of `asOf` (deadline statuses depend on it). Never fails: a history that
// the rules would refuse today (imported, or recorded under other settings) still yields a state.
CaseState deriveState(const CaseRecord& record, const HolidayCalendar& calendar,
                      const EngineSettings& settings, const QDate& asOf);

// Whether `candidate` may be appended to the case by a user of `role`:
// - Invalid for an unknown step id, unknown or missing or mistyped data fields, a bad sanction
//   id, probation without probation_years 1|2, an invalid date;
// - Refused (message + article) when the role may not record the step (docs/roles.md), the case
//   is closed, a required earlier step is missing, the step is dated before a step it depends
//   on, or a rule of the regulation is not met (第九条 quorum, 第八条 decision follows the
//   suggestion, ...). A correction is refused when the corrected history would break a rule.
// Dates after "today" are the caller's concern.
Error checkEvent(const CaseRecord& record, const Event& candidate, Role role, const HolidayCalendar& calendar,
                 const EngineSettings& settings);

// Fact corrections (procedure.md "Fact corrections"): `patch` merged into `current` (only the
// keys given; a nested `subject` merged key by key), then checked as input (Invalid naming the
// field or the contradictory fields).
Result<CaseFacts> correctedFacts(const CaseFacts& current, const QJsonObject& patch);
// The history replayed under `corrected`: Refused, naming every recorded step (seq, name, id and
// why) that the rules would then refuse, e.g. a decision the new track has no room for.
Error checkFactsCorrection(const CaseRecord& record, const CaseFacts& corrected,
                           const EngineSettings& settings);

// The case state as the CLI prints it (cli.md), plus: major_complex, stage_name, track_name,
// as_of, effective_events, sanction_periods, and per deadline label/met_on/unknown_years.
QJsonObject caseStateToJson(const CaseState& state);

// One deadline as JSON (the objects of the "deadlines" array), for the CLI's `deadlines`.
QJsonObject caseDeadlineToJson(const CaseDeadline& deadline);

} // namespace casetrack
