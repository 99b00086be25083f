#pragma once

#include <QStringList>

class QWidget;

namespace casetrack::test {

// Every text `root` shows a user, with where it was found: labels, buttons, group boxes,
// placeholders, window titles, tooltips, combo entries, and the headers and cells an item view
// shows (its visible rows).
QStringList visibleTexts(QWidget* root);

// The texts that look like internal identifiers (snake_case such as "members_total", dotted
// names such as "case.document_inputs", JSON), each with where it was found.
QStringList internalIdentifiers(QWidget* root);

// The visible labels and buttons whose text does not fit the room the layout gave them.
QStringList clippedTexts(QWidget* root);

} // namespace casetrack::test
