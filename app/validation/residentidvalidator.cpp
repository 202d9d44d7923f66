#include "residentidvalidator.h"

#include "core/clock.h"

#include <QTimeZone>

#include <array>

namespace
{
bool isProvinceCode(int code)
{
    // GB/T 2260: 11-15 north, 21-23 north-east, 31-37 east, 41-46 centre-south, 50-54
    // south-west, 61-65 north-west, 71 Taiwan, 81 Hong Kong, 82 Macao.
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
           || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
           || code == 71 || code == 81 || code == 82;
}
} // namespace

QChar ResidentIdValidator::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        sum += first17.at(i).digitValue() * weights[static_cast<size_t>(i)];
    }
    return QLatin1Char(checks[sum % 11]);
}

ValidationResult ResidentIdValidator::validate(const QString &input)
{
    ValidationResult r;
    QString id = input.trimmed();
    if (id.endsWith(QLatin1Char('x'))) {
        id.back() = QLatin1Char('X');
    }
    r.normalised = id;
    if (id.isEmpty()) {
        r.reason = tr("No identity number given.");
        return r;
    }
    if (id.size() == 15 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
            return c.isDigit();
        })) {
        r.reason = tr("This is an old 15-digit identity number; only 18-character numbers are "
                      "accepted.");
        return r;
    }
    if (id.size() != 18) {
        r.reason = tr("18 characters expected, got %1.").arg(id.size());
        return r;
    }
    for (qsizetype i = 0; i < 17; ++i) {
        const QChar c = id.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            r.reason = tr("Character '%1' at position %2 is not a digit (the first 17 characters "
                          "of an identity number are digits).")
                           .arg(c)
                           .arg(i + 1);
            return r;
        }
    }
    const QChar last = id.at(17);
    if ((last < QLatin1Char('0') || last > QLatin1Char('9')) && last != QLatin1Char('X')) {
        r.reason = tr("The last character must be a digit or X, not '%1'.").arg(last);
        return r;
    }
    const QString region = id.left(6);
    if (!isProvinceCode(region.left(2).toInt())) {
        r.reason = tr("Region code %1 does not start with a province-level code (%2 is not one).")
                       .arg(region, region.left(2));
        return r;
    }
    const QString birthText = id.mid(6, 8);
    const QDate birth = QDate::fromString(birthText, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid()) {
        r.reason = tr("Birth date %1 is not a real date.").arg(birthText);
        return r;
    }
    if (birth.year() < 1900) {
        r.reason = tr("Birth date %1 is before 1900.").arg(birthText);
        return r;
    }
    const QDate today =
        Clock::nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
    if (birth > today) {
        r.reason = tr("Birth date %1 is in the future.").arg(birthText);
        return r;
    }
    const QChar expected = checkCharacter(QStringView(id).left(17));
    if (last != expected) {
        r.reason = tr("The check character should be %1, not %2.").arg(expected).arg(last);
        return r;
    }
    r.valid = true;
    return r;
}
