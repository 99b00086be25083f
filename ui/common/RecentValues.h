#pragma once

#include <QStringList>

class QLineEdit;

namespace casetrack {

// Offers `values` (newest first) in `field`: the purposes and recipients a user gave before
// (issue 11, Session::recentUses). Typing shows those that contain the text, in any case; ↓ in
// the field shows them all. Nothing is filled in by itself: the field stays required, and what
// is sent is what the user typed or picked this time.
void offerRecentValues(QLineEdit* field, const QStringList& values);

} // namespace casetrack
