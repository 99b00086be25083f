#pragma once

#include "procedure/EngineSettings.h"

#include <QString>

#include <optional>

namespace casetrack {

// The thresholds a collective step is checked against, as the engine checks them: the Party
// group's (第九条), the grassroots bodies' (第四条第二款) or the local commission's (第十二条).
// The desktop's live quorum line asks here instead of assuming the Party group's.
struct MeetingThresholds
{
    Threshold quorum;
    std::optional<Threshold> majority; // none: the meeting records no votes (a rejection)
    QString article;
};

MeetingThresholds meetingThresholds(const EngineSettings& settings, const QString& stepId);

} // namespace casetrack
