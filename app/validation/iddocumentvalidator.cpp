#include "iddocumentvalidator.h"

#include "residentidvalidator.h"

#include <QHash>
#include <QRegularExpression>

QStringList IdDocumentValidator::types()
{
    return {QStringLiteral("resident"), QStringLiteral("passport"), QStringLiteral("hk_macau"),
            QStringLiteral("taiwan"), QStringLiteral("foreign_permanent")};
}

const char *IdDocumentValidator::sourceName(const QString &type)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("resident"), QT_TRANSLATE_NOOP("Documents", "Resident identity card")},
        {QStringLiteral("passport"), QT_TRANSLATE_NOOP("Documents", "Passport")},
        {QStringLiteral("hk_macau"),
         QT_TRANSLATE_NOOP("Documents",
                           "Mainland travel permit for Hong Kong and Macao residents")},
        {QStringLiteral("taiwan"),
         QT_TRANSLATE_NOOP("Documents", "Mainland travel permit for Taiwan residents")},
        {QStringLiteral("foreign_permanent"),
         QT_TRANSLATE_NOOP("Documents", "Foreign permanent resident ID card")},
    };
    return names.value(type, QT_TRANSLATE_NOOP("Documents", "Identity document"));
}

QString IdDocumentValidator::name(const QString &type)
{
    return QCoreApplication::translate("Documents", sourceName(type));
}

ValidationResult IdDocumentValidator::validate(const QString &type, const QString &input)
{
    if (type == QLatin1String("resident")) {
        return ResidentIdValidator::validate(input);
    }
    ValidationResult r;
    r.normalised = input.simplified().remove(QLatin1Char(' ')).toUpper();
    const QString &n = r.normalised;
    if (n.isEmpty()) {
        r.reason = tr("The number is missing.");
        return r;
    }
    if (type == QLatin1String("passport")) {
        // ICAO 9303 allows up to 9 characters in the machine-readable zone; some states print
        // longer numbers on the page, so 5 to 17 letters and digits are let through.
        static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{5,17}$"));
        r.valid = re.match(n).hasMatch();
        r.reason = r.valid ? QString() : tr("A passport number has 5 to 17 letters and digits.");
        return r;
    }
    if (type == QLatin1String("hk_macau")) {
        static const QRegularExpression re(QStringLiteral("^[HM][0-9]{8}([0-9]{2})?$"));
        r.valid = re.match(n).hasMatch();
        r.reason =
            r.valid ? QString() : tr("The permit number is H or M followed by 8 (or 10) digits.");
        return r;
    }
    if (type == QLatin1String("taiwan")) {
        static const QRegularExpression re(QStringLiteral("^([0-9]{8}|[0-9]{10}[A-Z]?)$"));
        r.valid = re.match(n).hasMatch();
        r.reason = r.valid ? QString() : tr("The permit number has 8 digits (older ones 10).");
        return r;
    }
    if (type == QLatin1String("foreign_permanent")) {
        // 2017 card: three letters (nationality) and 12 digits. 2023 card: 18 characters that
        // begin with 9 and end with the GB 11643 check character.
        static const QRegularExpression old(QStringLiteral("^[A-Z]{3}[0-9]{12}$"));
        static const QRegularExpression current(QStringLiteral("^9[0-9]{16}[0-9X]$"));
        if (old.match(n).hasMatch()) {
            r.valid = true;
        } else if (current.match(n).hasMatch()) {
            r.valid = ResidentIdValidator::checkCharacter(QStringView(n).left(17)) == n.back();
            r.reason = r.valid ? QString()
                               : tr("The check character does not match: a digit "
                                    "is probably mistyped.");
            return r;
        }
        r.reason = r.valid ? QString()
                           : tr("The card number has 18 characters beginning with 9, or three "
                                "letters and 12 digits.");
        return r;
    }
    r.reason = tr("Unknown identity document type \"%1\".").arg(type);
    return r;
}
