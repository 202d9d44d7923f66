// File > Language: the screens' language is kept in the user's settings for the next start.
#include "screenlanguage.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

class TestScreenLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CounterDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenlanguage"));
    }
    void savedForTheNextStart()
    {
        QVERIFY(ScreenLanguage::save(QStringLiteral("zh_CN")));
        QCOMPARE(ScreenLanguage::saved(), QStringLiteral("zh_CN"));
        QVERIFY(ScreenLanguage::save(QStringLiteral("en")));
        QCOMPARE(ScreenLanguage::saved(), QStringLiteral("en"));
        QVERIFY(!ScreenLanguage::save(QStringLiteral("fr")));
        QCOMPARE(ScreenLanguage::saved(), QStringLiteral("en"));
        QVERIFY(ScreenLanguage::save(QStringLiteral("zh_TW")));
        QCOMPARE(ScreenLanguage::nativeName(ScreenLanguage::saved()),
                 QString::fromUtf8("繁體中文"));
    }
};

QTEST_MAIN(TestScreenLanguage)
#include "tst_screenlanguage.moc"
