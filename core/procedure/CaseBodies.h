#pragma once

#include "procedure/Organization.h"
#include "util/Error.h"

#include <QList>
#include <QMap>
#include <QString>

namespace casetrack {

// A case's `bodies` (body id -> organization id) against the organization registry: every id
// must name a registered organ of that kind. Invalid, naming the field (bodies.<kind>), for an
// unknown id or an organ of another kind; Ok otherwise (an empty map is fine: the defaults apply).
Error checkCaseBodies(const QMap<QString, QString>& bodies, const QList<Organization>& registry);

} // namespace casetrack
