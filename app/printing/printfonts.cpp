#include "printfonts.h"

#include <QStringList>

QFont PrintFonts::body(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies(
        QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}
