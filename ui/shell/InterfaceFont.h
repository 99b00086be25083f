#pragma once

namespace casetrack {

// Gives the interface a font that has Chinese glyphs. Office desktops with a Chinese system font
// keep it; a desktop whose default font lacks Chinese (fontconfig then falls back to whatever
// CJK face it finds first, often a calligraphic one) gets a plain sans-serif CJK face.
void chooseInterfaceFont();

} // namespace casetrack
