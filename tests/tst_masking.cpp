// Masking of personal data for screens and printouts.
#include "validation/masking.h"

#include <QTest>

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idNumber()
    {
        QCOMPARE(Masking::idNumber(QStringLiteral("11010519491231002X")),
                 QStringLiteral("1101**********002X"));
    }
    void phone()
    {
        QCOMPARE(Masking::phone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
    }
    // Found by fuzz_validators: a character outside the BMP was cut in half (a lone surrogate,
    // printed as "?"), in a name or at the edge of what a number keeps.
    void charactersOutsideTheBmp()
    {
        QCOMPARE(Masking::name(QString::fromUtf8("𠀋三")), QString::fromUtf8("𠀋*"));
        QCOMPARE(Masking::name(QString::fromUtf8("𠀋")), QString::fromUtf8("𠀋"));
        QCOMPARE(Masking::name(QString::fromUtf8("Ann 𝒜bc")), QString::fromUtf8("A** 𝒜**"));
        QCOMPARE(Masking::idNumber(QString::fromUtf8("110𠀋0519491231002X")),
                 QString::fromUtf8("110𠀋**********002X"));
        QCOMPARE(Masking::phone(QString::fromUtf8("138𠀋12345678")),
                 QString::fromUtf8("138*****5678"));
        QVERIFY(Masking::idNumber(QString::fromUtf8("𠀋𠀋𠀋𠀋")).isValidUtf16());
        QCOMPARE(Masking::idNumber(QString::fromUtf8("𠀋𠀋𠀋𠀋")), QStringLiteral("****"));
    }
    void names_data();
    void names();
};

void TestMasking::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("two characters") << QString::fromUtf8("张三") << QString::fromUtf8("张*");
    QTest::newRow("three characters") << QString::fromUtf8("张三丰") << QString::fromUtf8("张**");
    QTest::newRow("compound surname")
        << QString::fromUtf8("欧阳娜娜") << QString::fromUtf8("欧阳**");
    QTest::newRow("compound, short") << QString::fromUtf8("欧阳") << QString::fromUtf8("欧*");
    QTest::newRow("latin") << QStringLiteral("John Smith") << QStringLiteral("J*** S****");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::names()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(Masking::name(name), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
