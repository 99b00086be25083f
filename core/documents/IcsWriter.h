#pragma once

#include "documents/ListExport.h"

#include <QByteArray>
#include <QDateTime>

namespace casetrack {

// RFC 5545 text of a calendar with one all-day VEVENT per deadline: DTSTART;VALUE=DATE (the due
// date), DTEND the day after, a UID stable across exports (case id + kind), SUMMARY naming the
// case, the deadline and the article, DESCRIPTION with how the due date was reached. CRLF line
// endings, lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values escaped.
// A calendar travels to phones and cloud accounts: the subject's name is in SUMMARY only with
// `includeNames` (the user ticked it after a warning). `stamp` is the DTSTAMP (UTC).
QByteArray deadlinesToIcs(const QList<DeadlineRow>& rows, const QDateTime& stamp, bool includeNames = false);

// Escapes a TEXT value (backslash, semicolon, comma, newline; control characters dropped) and
// folds a content line.
QByteArray icsEscape(const QString& text);
QByteArray icsFold(const QByteArray& line);

} // namespace casetrack
