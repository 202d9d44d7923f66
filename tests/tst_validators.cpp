// Validation of what a clerk types in: resident identity numbers, unified social credit codes
// and mainland mobile numbers. The valid examples' check characters were computed by hand with
// the standards' formulas (a short independent Python script), not with this code:
// 11010519491231002X is GB 11643-1999's own example; 91350100M000100Y43 is the example code
// widely published for GB 32100-2015.
#include "core/clock.h"
#include "validation/creditcodevalidator.h"
#include "validation/iddocumentvalidator.h"
#include "validation/mobilenumbervalidator.h"
#include "validation/residentidvalidator.h"

#include <QTest>

class TestValidators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void residentId_data();
    void residentId();
    void birthDateUsesChinaToday();
    void creditCode_data();
    void creditCode();
    void mobile_data();
    void mobile();
    void otherIdDocuments_data();
    void otherIdDocuments();
};

void TestValidators::init()
{
    // Noon on 2025-06-15 in Beijing; "the future" starts on 2025-06-16.
    Clock::setTestNow(QDateTime(QDate(2025, 6, 15), QTime(4, 0), Qt::UTC));
}

void TestValidators::cleanup()
{
    Clock::setTestNow({});
}

namespace
{
void columns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("reason");
}

void ok(const char *row, const QString &input, const QString &normalised)
{
    QTest::newRow(row) << input << true << normalised << QString();
}

void bad(const char *row, const QString &input, const QString &reason)
{
    QTest::newRow(row) << input << false << QString() << reason;
}

void verify(const ValidationResult &r)
{
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QFETCH(QString, reason);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.valid, valid);
    if (valid) {
        QCOMPARE(r.normalised, normalised);
    }
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

void TestValidators::residentId_data()
{
    columns();
    ok("standard's example", s("11010519491231002X"), s("11010519491231002X"));
    ok("lowercase x, spaces around", s(" 11010519491231002x "), s("11010519491231002X"));
    ok("Shenzhen, check 4", s("440308199901011234"), s("440308199901011234"));
    ok("29 February 2000, check 8", s("110101200002290018"), s("110101200002290018"));
    ok("1 January 1900, check 9", s("310115190001010079"), s("310115190001010079"));
    ok("Taiwan 71", s("710000198001010010"), s("710000198001010010"));
    ok("Hong Kong 81", s("810000198001010014"), s("810000198001010014"));
    ok("Macao 82", s("820000198001010024"), s("820000198001010024"));
    ok("born today", s("110105202506150021"), s("110105202506150021"));

    bad("empty", s(""), s("No identity number given."));
    bad("old 15-digit", s("110105491231002"),
        s("This is an old 15-digit identity number; only 18-character numbers are accepted."));
    bad("17 characters", s("11010519491231002"), s("18 characters expected, got 17."));
    bad("19 characters", s("11010519491231002X1"), s("18 characters expected, got 19."));
    bad("letter inside", s("11010519491231A02X"),
        s("Character 'A' at position 15 is not a digit (the first 17 characters of an identity "
          "number are digits)."));
    bad("last Y", s("11010519491231002Y"), s("The last character must be a digit or X, not 'Y'."));
    // Each of these has the right check character for its digits, so only the region is wrong.
    bad("region 99", s("990105194912310023"),
        s("Region code 990105 does not start with a province-level code (99 is not one)."));
    bad("region 10", s("100105194912310028"),
        s("Region code 100105 does not start with a province-level code (10 is not one)."));
    bad("region 16", s("160105194912310029"),
        s("Region code 160105 does not start with a province-level code (16 is not one)."));
    bad("region 47", s("470105194912310021"),
        s("Region code 470105 does not start with a province-level code (47 is not one)."));
    bad("region 55", s("550105194912310021"),
        s("Region code 550105 does not start with a province-level code (55 is not one)."));
    bad("region 66", s("660105194912310027"),
        s("Region code 660105 does not start with a province-level code (66 is not one)."));
    bad("13th month", s("110105194913310021"), s("Birth date 19491331 is not a real date."));
    bad("29 February 1949", s("110105194902290029"), s("Birth date 19490229 is not a real date."));
    bad("30 February 2000", s("110105200002300023"), s("Birth date 20000230 is not a real date."));
    bad("month 00", s("11010519490001002X"), s("Birth date 19490001 is not a real date."));
    bad("before 1900", s("110105189912310023"), s("Birth date 18991231 is before 1900."));
    bad("tomorrow", s("110105202506160027"), s("Birth date 20250616 is in the future."));
    bad("2099", s("110105209912310029"), s("Birth date 20991231 is in the future."));
    bad("check should be X", s("110105194912310021"), s("The check character should be X, not 1."));
    bad("check should be 4", s("44030819990101123X"), s("The check character should be 4, not X."));
    bad("two digits swapped", s("11010519491213002X"),
        s("The check character should be 9, not X."));
}

void TestValidators::residentId()
{
    QFETCH(QString, input);
    verify(ResidentIdValidator::validate(input));
}

void TestValidators::birthDateUsesChinaToday()
{
    // 16:30 UTC on 2025-06-15 is already 00:30 on the 16th in Beijing.
    Clock::setTestNow(QDateTime(QDate(2025, 6, 15), QTime(16, 30), Qt::UTC));
    QVERIFY(ResidentIdValidator::validate(QStringLiteral("110105202506160027")).valid);
    Clock::setTestNow(QDateTime(QDate(2025, 6, 15), QTime(15, 30), Qt::UTC));
    QVERIFY(!ResidentIdValidator::validate(QStringLiteral("110105202506160027")).valid);
}

void TestValidators::creditCode_data()
{
    columns();
    ok("published example", s("91350100M000100Y43"), s("91350100M000100Y43"));
    ok("lowercase, spaces around", s(" 91350100m000100y43 "), s("91350100M000100Y43"));
    ok("central organ, national region", s("11100000000013127D"), s("11100000000013127D"));
    ok("private non-enterprise 52", s("52330000MJ0000000Q"), s("52330000MJ0000000Q"));
    ok("other authority Y1", s("Y1110000MB1234567M"), s("Y1110000MB1234567M"));
    ok("individual business 92", s("92440300L12345678R"), s("92440300L12345678R"));
    ok("village collective N2", s("N2110105MB0000001K"), s("N2110105MB0000001K"));
    ok("law firm 31", s("31110000400000448M"), s("31110000400000448M"));

    bad("empty", s(""), s("No credit code given."));
    bad("17 characters", s("91350100M000100Y4"), s("18 characters expected, got 17."));
    bad("19 characters", s("91350100M000100Y433"), s("18 characters expected, got 19."));
    bad("letter I", s("91350100M000100I43"),
        s("Character 'I' at position 16 is not allowed in a credit code (it uses digits and "
          "capital letters except I, O, S, V and Z)."));
    bad("letter O", s("91350100MO00100Y43"),
        s("Character 'O' at position 10 is not allowed in a credit code (it uses digits and "
          "capital letters except I, O, S, V and Z)."));
    bad("lowercase s", s("91350100M000100s43"),
        s("Character 'S' at position 16 is not allowed in a credit code (it uses digits and "
          "capital letters except I, O, S, V and Z)."));
    bad("hyphen", s("91350100-000100Y43"),
        s("Character '-' at position 9 is not allowed in a credit code (it uses digits and "
          "capital letters except I, O, S, V and Z)."));
    bad("authority B", s("B1350100M000100Y43"),
        s("The first character (registering authority) is 'B'; the standard defines only 1 to "
          "9, A, N and Y."));
    bad("authority 0", s("01350100M000100Y43"),
        s("The first character (registering authority) is '0'; the standard defines only 1 to "
          "9, A, N and Y."));
    // Correct check character for its first 17, so only the type is wrong.
    bad("enterprise type 9", s("99350100M000100Y4A"),
        s("The second character (organisation type) is '9', which is not defined for "
          "registering authority 9 (allowed: 1, 2, 3)."));
    bad("Y with type 2", s("Y2110000MB1234567M"),
        s("The second character (organisation type) is '2', which is not defined for "
          "registering authority Y (allowed: 1)."));
    bad("civil affairs type A", s("5A330000MJ0000000Q"),
        s("The second character (organisation type) is 'A', which is not defined for "
          "registering authority 5 (allowed: 1, 2, 3, 9)."));
    bad("letter in region", s("913501A0M000100Y43"),
        s("Characters 3 to 8 are the region code and must be digits, not 3501A0."));
    bad("check should be 3", s("91350100M000100Y44"), s("The check character should be 3, not 4."));
    bad("check should be D", s("111000000000131270"), s("The check character should be D, not 0."));
}

void TestValidators::creditCode()
{
    QFETCH(QString, input);
    verify(CreditCodeValidator::validate(input));
}

void TestValidators::mobile_data()
{
    columns();
    ok("plain", s("13812345678"), s("13812345678"));
    ok("199", s("19912345678"), s("19912345678"));
    ok("166", s("16612345678"), s("16612345678"));
    ok("+86 and spaces", s("+86 138 1234 5678"), s("13812345678"));
    ok("+86 and hyphens", s("+86-138-1234-5678"), s("13812345678"));
    ok("0086", s("0086 13812345678"), s("13812345678"));
    ok("86 without plus", s("8613812345678"), s("13812345678"));
    ok("86 and spaces", s("86 138 1234 5678"), s("13812345678"));

    bad("empty", s(""), s("No mobile number given."));
    bad("only spaces", s("  "), s("No mobile number given."));
    bad("Hong Kong", s("+852 9123 4567"),
        s("Only mainland numbers (+86) are accepted; +85291234567 has another country code."));
    bad("10 digits", s("1381234567"), s("11 digits expected, got 10."));
    bad("12 digits", s("138123456789"), s("11 digits expected, got 12."));
    bad("+86 and 10 digits", s("+86 1381234567"), s("11 digits expected, got 10."));
    bad("starts with 2", s("23812345678"), s("A mainland mobile number starts with 1, not 2."));
    bad("starts with 12", s("12812345678"),
        s("A mainland mobile number starts with 13 to 19, not 12."));
    bad("starts with 10", s("10812345678"),
        s("A mainland mobile number starts with 13 to 19, not 10."));
    bad("letter", s("138a2345678"),
        s("Character 'a' is not allowed in a mobile number (digits, spaces, hyphens and a +86 "
          "prefix are)."));
    bad("landline in brackets", s("(010) 12345678"),
        s("Character '(' is not allowed in a mobile number (digits, spaces, hyphens and a +86 "
          "prefix are)."));
}

void TestValidators::mobile()
{
    QFETCH(QString, input);
    verify(MobileNumberValidator::validate(input));
}

void TestValidators::otherIdDocuments_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("resident delegates") << "resident"
                                        << "11010519491231002x" << true << "11010519491231002X";
    QTest::newRow("passport") << "passport"
                              << " e1234 5678 " << true << "E12345678";
    QTest::newRow("passport too short") << "passport"
                                        << "E12" << false << "E12";
    QTest::newRow("passport punctuation") << "passport"
                                          << "E123-45678" << false << "E123-45678";
    QTest::newRow("hk permit") << "hk_macau"
                               << "H12345678" << true << "H12345678";
    QTest::newRow("macao permit, 10 digits") << "hk_macau"
                                             << "m1234567890" << true << "M1234567890";
    QTest::newRow("hk permit, 7 digits") << "hk_macau"
                                         << "H1234567" << false << "H1234567";
    QTest::newRow("hk permit, wrong letter") << "hk_macau"
                                             << "K12345678" << false << "K12345678";
    QTest::newRow("taiwan permit") << "taiwan"
                                   << "12345678" << true << "12345678";
    QTest::newRow("taiwan permit, old") << "taiwan"
                                        << "1234567890B" << true << "1234567890B";
    QTest::newRow("taiwan permit, 9 digits") << "taiwan"
                                             << "123456789" << false << "123456789";
    QTest::newRow("foreign 2017") << "foreign_permanent"
                                  << "USA110080010101" << true << "USA110080010101";
    QTest::newRow("foreign 2023") << "foreign_permanent"
                                  << "931116198001010019" << true << "931116198001010019";
    QTest::newRow("foreign 2023, check") << "foreign_permanent"
                                         << "931116198001010010" << false << "931116198001010010";
    QTest::newRow("empty") << "passport"
                           << "  " << false << "";
    QTest::newRow("unknown type") << "library_card"
                                  << "123456" << false << "123456";
}

void TestValidators::otherIdDocuments()
{
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const ValidationResult r = IdDocumentValidator::validate(type, input);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.normalised, normalised);
    QCOMPARE(r.reason.isEmpty(), valid); // a refusal always says why
    QVERIFY(IdDocumentValidator::types().contains(QStringLiteral("passport")));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
