#pragma once

#include "documents/DocumentKind.h"
#include "procedure/CaseState.h"
#include "util/Error.h"

#include <QDate>
#include <QList>

namespace casetrack {

// When each document kind is true of a case (issue 11). Two questions, answered from the case's
// track, facts, recorded steps and decision only:
//
// - does the kind belong to the case at all (its track, who filed, who decided, the 第十一条第三款
//   and 第十二条 facts)? A kind that does not is never offered (documentKindsForCase);
// - has the case reached the step the document reports? checkDocumentApplies refuses (naming the
//   article and what is missing) a kind that does not belong or is not reached yet.
//
// docs/documents.md has the table of every kind, its tracks, steps and date source.

// The kinds that belong to this case, in the order of allDocumentKinds(); what the desktop's
// print dialog lists.
QList<DocumentKind> documentKindsForCase(const CaseState& state);

// Ok, or Refused with the reason and the article.
Error checkDocumentApplies(DocumentKind kind, const CaseState& state);

// The 成文日期 by default: the date of the event the document reports (立案通报: the notice,
// else the filing; 移送审理函: the transfer; decision: the decision; 备案表: the filing; ...),
// or, for a document that itself performs a step not recorded yet, the case's as-of date.
QDate documentDate(DocumentKind kind, const CaseState& state);

// The grassroots expulsion a Party-group meeting approved (第四条第二款), or null.
const Event* partyGroupApproval(const CaseState& state);
// The latest effective event of a step (corrections applied), or null when none is recorded.
const Event* latestEvent(const CaseState& state, const char* step);

} // namespace casetrack
