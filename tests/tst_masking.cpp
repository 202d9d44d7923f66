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
