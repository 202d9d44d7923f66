#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The language of this PC's screens (zh_CN first, zh_TW, en), chosen in File > Language and kept
// in the user's settings; --lang overrides it for one run. Printed documents follow the
// branch's document language instead (setting documents.language).
class ScreenLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ScreenLanguage)
public:
    static QStringList codes();
    // The language's own name (简体中文, 繁體中文, English).
    static QString nativeName(const QString &code);
    // The saved choice, or zh_CN.
    static QString saved();
    // False (and nothing saved) for a code that is not one of codes().
    static bool save(const QString &code);
};
