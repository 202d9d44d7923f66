#pragma once

#include <QString>
#include <QTranslator>

// The language a printed document is written in. It follows the branch's (or the customer's)
// choice, not the clerk's screen: strings are marked QT_TRANSLATE_NOOP("Documents", ...) and
// translated here through a translator of their own.
class DocumentLanguage
{
public:
    // lang: zh_CN (the default), zh_TW or en.
    explicit DocumentLanguage(const QString &lang = QStringLiteral("zh_CN"));

    const QString &code() const { return m_code; }
    QString text(const char *source) const;
    // A string marked in another context (e.g. a report's own, QT_TRANSLATE_NOOP(context, ...)).
    QString text(const char *context, const char *source) const;
    QString date(const QDate &date) const;
    QString dateTime(const QDateTime &local) const;

private:
    QString m_code;
    QTranslator m_translator;
};
