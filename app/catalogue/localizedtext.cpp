#include "localizedtext.h"

#include <QLocale>

QString LocalizedText::text(const QString &lang) const
{
    if (lang == QLatin1String("zh_TW") && !zhTW.isEmpty()) {
        return zhTW;
    }
    if (lang == QLatin1String("en") && !en.isEmpty()) {
        return en;
    }
    return zhCN;
}

QString LocalizedText::screenLanguage()
{
    const QString name = QLocale().name();
    return name.startsWith(QLatin1String("en")) ? QStringLiteral("en") : name;
}

QJsonObject LocalizedText::toJson() const
{
    QJsonObject o{{QStringLiteral("zh_CN"), zhCN}};
    if (!zhTW.isEmpty()) {
        o.insert(QStringLiteral("zh_TW"), zhTW);
    }
    if (!en.isEmpty()) {
        o.insert(QStringLiteral("en"), en);
    }
    return o;
}

bool LocalizedText::fromJson(const QJsonValue &value, LocalizedText &out)
{
    const QJsonObject o = value.toObject();
    out.zhCN = o.value(QStringLiteral("zh_CN")).toString().trimmed();
    out.zhTW = o.value(QStringLiteral("zh_TW")).toString().trimmed();
    out.en = o.value(QStringLiteral("en")).toString().trimmed();
    return !out.zhCN.isEmpty();
}
