#pragma once

#include "validationresult.h"

#include <QCoreApplication>

// Checks a mainland mobile number: 11 digits starting 13 to 19, once a +86, 0086 or 86 prefix
// and any spaces or hyphens are taken away (the normal form is the 11 digits alone).
class MobileNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumberValidator)
public:
    static ValidationResult validate(const QString &input);
};
