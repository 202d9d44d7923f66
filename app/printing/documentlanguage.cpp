#include "documentlanguage.h"

#include <QDate>
#include <QLocale>

DocumentLanguage::DocumentLanguage(const QString &lang)
    : m_code(lang)
{
    // English is the source language; Chinese documents need the catalogue compiled in.
    if (lang != QLatin1String("en")
        && !m_translator.load(QStringLiteral(":/i18n/counterdesk_") + lang)) {
        qWarning("no translation for documents in %s", qPrintable(lang));
    }
}

QString DocumentLanguage::text(const char *source) const
{
    return text("Documents", source);
}

QString DocumentLanguage::text(const char *context, const char *source) const
{
    const QString t = m_translator.translate(context, source);
    return t.isEmpty() ? QString::fromUtf8(source) : t;
}

QString DocumentLanguage::date(const QDate &date) const
{
    if (m_code == QLatin1String("en")) {
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    }
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString DocumentLanguage::dateTime(const QDateTime &local) const
{
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}
