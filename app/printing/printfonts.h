#pragma once

#include <QFont>

// Fonts for printed documents. The PDF's text layer must search and copy as the real characters:
// with Noto CJK, Qt maps glyphs shared with Kangxi radicals to the radical (一 becomes U+2F00),
// and digits in Latin-only runs vanish from the text layer. Latin text is set in DejaVu Sans and
// Chinese in Droid Sans Fallback, both of which extract exactly (tests check with pdftotext),
// without ligatures.
namespace PrintFonts
{
QFont body(double pointSize, bool bold = false);
} // namespace PrintFonts
