#pragma once

class QScrollArea;
class QWidget;

namespace casetrack {

// Makes a dialog taller when its word-wrapped messages grow (a refusal, a quorum hint) so that
// nothing is cut off: a layout's minimum size does not follow wrapped text, its height-for-width
// does. Never shrinks what the user sized; runs once the layout has taken the new text.
void growToFit(QWidget* dialog);

// Makes a dialog whose form sits in `area` wide enough for the form's widest row (a check box
// label in English does not wrap), so that it scrolls only up and down; never narrower than it is,
// never wider than the screen. Call after the first resize.
void widenForScrollArea(QWidget* dialog, QScrollArea* area);

} // namespace casetrack
