#pragma once

#include <QString>

namespace casetrack {

// Preferences of this computer's user, kept in QSettings. They never hold case data (names,
// numbers, facts); what the procedure depends on lives in the database (EngineSettings).
namespace UiSettings {

int idleLockMinutes(); // default 10; 0 = never
void setIdleLockMinutes(int minutes);
QString language(); // "" (system), "zh_CN" or "en"
void setLanguage(const QString& language);

} // namespace UiSettings
} // namespace casetrack
