#include "screenlanguage.h"

#include <QSettings>

namespace
{
const QString kKey = QStringLiteral("screen/language");
} // namespace

QStringList ScreenLanguage::codes()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString ScreenLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_TW")) {
        return QString::fromUtf8("繁體中文");
    }
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return QString::fromUtf8("简体中文");
}

QString ScreenLanguage::saved()
{
    const QString code = QSettings().value(kKey).toString();
    return codes().contains(code) ? code : QStringLiteral("zh_CN");
}

bool ScreenLanguage::save(const QString &code)
{
    if (!codes().contains(code)) {
        return false;
    }
    QSettings settings;
    settings.setValue(kKey, code);
    settings.sync();
    return settings.status() == QSettings::NoError;
}
