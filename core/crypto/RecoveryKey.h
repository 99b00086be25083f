#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace casetrack {

// The recovery key printed on the recovery sheet is the database key itself, written as 64 hex
// digits in groups of eight. With it an administrator can reset passwords in CaseTrack, or open
// the file in the `sqlcipher` shell when everything else is lost (docs/security.md). It is shown
// once, at creation, and never stored anywhere but on that sheet.
QString formatRecoveryKey(const SecureBytes& databaseKey);
// Accepts the printed form with any spacing, dashes or case; an empty result when malformed.
SecureBytes parseRecoveryKey(const QString& text);

} // namespace casetrack
