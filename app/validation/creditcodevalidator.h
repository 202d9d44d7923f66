#pragma once

#include "validationresult.h"

#include <QCoreApplication>

// Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of its
// own alphabet, a registering authority and organisation type the standard defines, a region
// code of digits, and the mod-31 check character.
class CreditCodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(CreditCodeValidator)
public:
    // The 31 characters a code may use: digits and capitals without I, O, S, V and Z.
    static constexpr QLatin1String Alphabet{"0123456789ABCDEFGHJKLMNPQRTUWXY"};

    // Surrounding spaces are ignored and lowercase letters become capitals.
    static ValidationResult validate(const QString &input);
    // The check character for the first 17 characters (which must be in Alphabet).
    static QChar checkCharacter(QStringView first17);
};
