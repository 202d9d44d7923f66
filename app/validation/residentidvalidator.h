#pragma once

#include "validationresult.h"

#include <QCoreApplication>
#include <QDate>

// Checks a mainland resident identity number (居民身份证号码, GB 11643-1999): 18 characters,
// a province-level region, a real birth date and the ISO 7064 MOD 11-2 check character.
class ResidentIdValidator
{
    Q_DECLARE_TR_FUNCTIONS(ResidentIdValidator)
public:
    // Surrounding spaces are ignored and a final lowercase x becomes X. The birth date must not
    // be after today in China (Clock::nowUtc(), Asia/Shanghai).
    static ValidationResult validate(const QString &input);
    // The check character for the first 17 digits (which must be digits).
    static QChar checkCharacter(QStringView first17);
};
