#pragma once

#include "validationresult.h"

#include <QCoreApplication>
#include <QStringList>

// The identity documents a counter accepts, and a format check for each. Only the mainland
// resident card has a public check character (ResidentIdValidator), and so has the 2023
// foreign permanent residence card; the others are checked for their published shape, so a
// typing slip is caught but a well-formed wrong number is not.
class IdDocumentValidator
{
    Q_DECLARE_TR_FUNCTIONS(IdDocumentValidator)
public:
    // resident (居民身份证), passport (护照), hk_macau (港澳居民来往内地通行证),
    // taiwan (台湾居民来往大陆通行证), foreign_permanent (外国人永久居留身份证).
    static QStringList types();
    // The document's name in English, in the "Documents" translation context, for printed
    // documents in the customer's language (DocumentLanguage::text); the type itself when
    // unknown is "Identity document".
    static const char *sourceName(const QString &type);
    // The document's name on screen, in the application's language.
    static QString name(const QString &type);
    // Spaces are dropped and letters uppercased; an unknown type is invalid.
    static ValidationResult validate(const QString &type, const QString &input);
};
