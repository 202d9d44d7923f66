#pragma once

class QApplication;

// Fonts and look for the whole GUI. CJK text must get a Chinese face explicitly: reached by
// fallback, Qt picks the Japanese variant of Noto CJK.
namespace Appearance
{
void apply(QApplication &app);
}
