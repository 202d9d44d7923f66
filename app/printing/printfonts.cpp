#include "printfonts.h"

#include <QStringList>

QFont PrintFonts::body(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies(
        QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No shaping: DejaVu Sans would set "fi" and "ffi" as ligatures, and the text layer would
    // then hold U+FB01 where the reader searches for "fi" (neither script here needs shaping).
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}
