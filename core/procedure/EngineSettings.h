#pragma once

#include "util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace casetrack {

// The settings the procedure engine depends on. Stored in the database (audited), never in
// QSettings. The procedure helper extends this (quorum thresholds, users' own deadline rules).
struct EngineSettings
{
    int warningDays = 7;         // a deadline within this many days is "due_soon"
    bool strictCounting = false; // no extension past rest days

    QJsonObject toJson() const;
    static Result<EngineSettings> fromJson(const QJsonObject& json);
};

} // namespace casetrack
