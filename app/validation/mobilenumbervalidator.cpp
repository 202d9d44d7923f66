#include "mobilenumbervalidator.h"

ValidationResult MobileNumberValidator::validate(const QString &input)
{
    ValidationResult r;
    QString number;
    for (const QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-')) {
            number.append(c);
        }
    }
    if (number.isEmpty()) {
        r.normalised = number;
        r.reason = tr("No mobile number given.");
        return r;
    }
    if (number.startsWith(QLatin1Char('+'))) {
        if (!number.startsWith(QLatin1String("+86"))) {
            r.normalised = number;
            r.reason = tr("Only mainland numbers (+86) are accepted; %1 has another country code.")
                           .arg(number);
            return r;
        }
        number.remove(0, 3);
    } else if (number.startsWith(QLatin1String("0086"))) {
        number.remove(0, 4);
    } else if (number.size() == 13 && number.startsWith(QLatin1String("86"))) {
        // Only with 13 digits: an 11-digit number cannot start with 86, but be explicit.
        number.remove(0, 2);
    }
    r.normalised = number;
    for (const QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            r.reason = tr("Character '%1' is not allowed in a mobile number (digits, spaces, "
                          "hyphens and a +86 prefix are).")
                           .arg(c);
            return r;
        }
    }
    if (number.size() != 11) {
        r.reason = tr("11 digits expected, got %1.").arg(number.size());
        return r;
    }
    if (number.at(0) != QLatin1Char('1')) {
        r.reason = tr("A mainland mobile number starts with 1, not %1.").arg(number.at(0));
        return r;
    }
    if (number.at(1) < QLatin1Char('3')) {
        r.reason = tr("A mainland mobile number starts with 13 to 19, not %1.").arg(number.left(2));
        return r;
    }
    r.valid = true;
    return r;
}
