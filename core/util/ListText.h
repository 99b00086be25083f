#pragma once

#include <QStringList>

namespace casetrack {

// Lists inside a message in the language of the message: items joined by 、 in Chinese and by ", "
// in English; clauses by ； and "; ". The separators are translations (context "ListText"), so a
// message translated to English does not carry Chinese punctuation. Documents keep 、 and ；:
// they are always in Chinese.
QString joinList(const QStringList& items);
QString joinClauses(const QStringList& clauses);

} // namespace casetrack
