#pragma once

#include <QString>

namespace casetrack {

// Article references as the interface language writes them. In Chinese they stay as the
// regulation writes them (第六条第三款); in English every reference in `text` becomes
// "Art. 6(3)", and a named regulation before it follows ("Art. 44 of the CPC Disciplinary
// Regulations"). Applied at the edge, to every text that may carry a reference: the engine and
// the documents keep the Chinese form.
QString localizeArticles(const QString& text);

// A Chinese numeral up to 999 (一, 十二, 一百零一, 四十四); 0 when `numeral` is not one.
int chineseNumeral(const QString& numeral);

} // namespace casetrack
