#pragma once

class QWidget;

namespace casetrack {

// Makes a dialog taller when its word-wrapped messages grow (a refusal, a quorum hint) so that
// nothing is cut off: a layout's minimum size does not follow wrapped text, its height-for-width
// does. Never shrinks what the user sized; runs once the layout has taken the new text.
void growToFit(QWidget* dialog);

} // namespace casetrack
