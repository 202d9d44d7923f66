#pragma once

#include <QString>

// What a validator says about one value: whether it is valid, the value in its normal form
// (as far as it could be normalised), and, when invalid, exactly what is wrong, for the user.
struct ValidationResult
{
    bool valid = false;
    QString normalised;
    QString reason;
};
