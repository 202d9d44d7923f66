#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

void Appearance::apply(QApplication &app)
{
    QFont font = app.font();
    QStringList families;
    const QStringList available = QFontDatabase::families();
    for (const char *family : {"Noto Sans CJK SC", "Droid Sans Fallback"}) {
        if (available.contains(QLatin1String(family))) {
            families << QLatin1String(family);
        }
    }
    if (!families.isEmpty()) {
        font.setFamilies(families);
    }
    font.setPointSize(11);
    app.setFont(font);
}
