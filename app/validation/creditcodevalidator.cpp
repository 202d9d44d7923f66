#include "creditcodevalidator.h"

#include <array>

namespace
{
// Registering authority (position 1) -> the organisation types (position 2) defined for it:
// GB 32100-2015 Table 1 with its amendment (1 organisation establishment: 1 organ, 2 public
// institution, 3 mass organisation, 9 other; 2 foreign affairs; 3 justice; 4 culture; 5 civil
// affairs: 1 social group, 2 private non-enterprise, 3 foundation, 9 other; 6 tourism;
// 7 religion; 8 trade unions; 9 industry and commerce: 1 enterprise, 2 individual business,
// 3 farmers' cooperative; A military; N agriculture; Y other: always 1).
QLatin1String typesFor(QChar authority)
{
    switch (authority.unicode()) {
    case '1':
        return QLatin1String("1239");
    case '2':
        return QLatin1String("19");
    case '3':
        return QLatin1String("123459");
    case '4':
        return QLatin1String("19");
    case '5':
        return QLatin1String("1239");
    case '6':
        return QLatin1String("129");
    case '7':
        return QLatin1String("129");
    case '8':
        return QLatin1String("19");
    case '9':
        return QLatin1String("123");
    case 'A':
        return QLatin1String("19");
    case 'N':
        return QLatin1String("1239");
    case 'Y':
        return QLatin1String("1");
    default:
        return {};
    }
}

QString listed(QLatin1String chars)
{
    QStringList items;
    for (const char c : chars) {
        items << QString(QLatin1Char(c));
    }
    return items.join(QStringLiteral(", "));
}
} // namespace

QChar CreditCodeValidator::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                 29, 25, 13, 8,  24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        sum += static_cast<int>(Alphabet.indexOf(first17.at(i))) * weights[static_cast<size_t>(i)];
    }
    return Alphabet.at((31 - sum % 31) % 31);
}

ValidationResult CreditCodeValidator::validate(const QString &input)
{
    ValidationResult r;
    const QString code = input.trimmed().toUpper();
    r.normalised = code;
    if (code.isEmpty()) {
        r.reason = tr("No credit code given.");
        return r;
    }
    if (code.size() != 18) {
        r.reason = tr("18 characters expected, got %1.").arg(code.size());
        return r;
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!Alphabet.contains(code.at(i))) {
            r.reason = tr("Character '%1' at position %2 is not allowed in a credit code (it uses "
                          "digits and capital letters except I, O, S, V and Z).")
                           .arg(code.at(i))
                           .arg(i + 1);
            return r;
        }
    }
    const QChar authority = code.at(0);
    const QLatin1String types = typesFor(authority);
    if (types.isEmpty()) {
        r.reason = tr("The first character (registering authority) is '%1'; the standard "
                      "defines only 1 to 9, A, N and Y.")
                       .arg(authority);
        return r;
    }
    if (!types.contains(code.at(1))) {
        r.reason = tr("The second character (organisation type) is '%1', which is not defined "
                      "for registering authority %2 (allowed: %3).")
                       .arg(code.at(1), authority, listed(types));
        return r;
    }
    const QString region = code.mid(2, 6);
    for (const QChar c : region) {
        if (!c.isDigit()) {
            r.reason =
                tr("Characters 3 to 8 are the region code and must be digits, not %1.").arg(region);
            return r;
        }
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (code.at(17) != expected) {
        r.reason = tr("The check character should be %1, not %2.").arg(expected, code.at(17));
        return r;
    }
    r.valid = true;
    return r;
}
