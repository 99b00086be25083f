#pragma once

#include <QJsonValue>
#include <QString>

namespace casetrack {

// An audit record's before or after value in words: "步骤：宣布党纪处分决定；日期：2026年11月3日",
// field names and the core's ids (sanctions, steps, roles, bodies) translated, dates in the
// interface's format, key material shortened. A field this table does not know is shown under
// its own name rather than hidden: the audit page never leaves out what a record holds.
QString auditValueText(const QJsonValue& value);

// A record's target: an organization id in words, anything else (a case, a path) as it is.
QString auditTargetText(const QString& target);

} // namespace casetrack
