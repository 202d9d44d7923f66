#pragma once

#include <QJsonObject>
#include <QString>

// Catalogue content in the hall's three languages. zh_CN is required; the others fall back to it.
struct LocalizedText
{
    QString zhCN;
    QString zhTW;
    QString en;

    // lang: "zh_CN", "zh_TW" or "en" (anything else: zh_CN).
    QString text(const QString &lang) const;
    // The language of the screens (the application's QLocale), as text() takes it.
    static QString screenLanguage();
    bool isEmpty() const { return zhCN.isEmpty(); }
    QJsonObject toJson() const;
    // Accepts an object {"zh_CN": ..., "zh_TW": ..., "en": ...}; false when zh_CN is missing.
    static bool fromJson(const QJsonValue &value, LocalizedText &out);
};
