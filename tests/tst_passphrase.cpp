// Where the passphrase comes from, and the strength meter's judgement.
#include "core/passphrase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPassphrase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileFirstLineWithoutNewline();
    void emptyAndMissingFiles();
    void environment();
    void keychainUnavailableFailsFastAndClearly();
    void strength_data();
    void strength();
};

void TestPassphrase::fileFirstLineWithoutNewline()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("p")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("blue tiger river\r\nsecond line\n");
    f.close();
    const auto r = Passphrase::fromFile(f.fileName());
    QCOMPARE(r.passphrase, QByteArray("blue tiger river"));
    QVERIFY(r.error.isEmpty());
}

void TestPassphrase::emptyAndMissingFiles()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("empty")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\n");
    f.close();
    QVERIFY(Passphrase::fromFile(f.fileName()).passphrase.isEmpty());
    QVERIFY(Passphrase::fromFile(f.fileName()).error.contains(QLatin1String("empty")));
    QVERIFY(Passphrase::fromFile(dir.filePath(QStringLiteral("none")))
                .error.contains(QLatin1String("Cannot read")));
}

void TestPassphrase::environment()
{
    qputenv(Passphrase::EnvironmentVariable, "from the environment");
    const auto r = Passphrase::resolve({}, QStringLiteral("/tmp/x"), false);
    QCOMPARE(r.passphrase, QByteArray("from the environment"));
    QCOMPARE(r.origin, QStringLiteral("environment"));
    qunsetenv(Passphrase::EnvironmentVariable);
}

void TestPassphrase::keychainUnavailableFailsFastAndClearly()
{
    // Headless, no D-Bus session: the keychain must fail at once, say why, and give nothing.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QElapsedTimer t;
    t.start();
    const auto r = Passphrase::resolve({}, QStringLiteral("/tmp/nowhere"), true);
    QVERIFY(r.passphrase.isEmpty());
    QCOMPARE(r.origin, QStringLiteral("keychain"));
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(t.elapsed() < 10000, "the keychain hung");
}

void TestPassphrase::strength_data()
{
    QTest::addColumn<QString>("pass");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("123456") << QStringLiteral("123456") << 0 << 0;
    QTest::newRow("aaaaaaaaaaaaaaaa") << QStringLiteral("aaaaaaaaaaaaaaaa") << 0 << 1;
    QTest::newRow("password") << QStringLiteral("password") << 0 << 1;
    QTest::newRow("four words") << QStringLiteral("blue tiger river lamp") << 3 << 4;
    QTest::newRow("mixed") << QStringLiteral("Kettle-Orchid 47 Lantern") << 3 << 4;
    QTest::newRow("chinese phrase") << QString::fromUtf8("春眠不觉晓处处闻啼鸟") << 3 << 4;
}

void TestPassphrase::strength()
{
    QFETCH(QString, pass);
    QFETCH(int, min);
    QFETCH(int, max);
    const int s = Passphrase::strength(pass);
    QVERIFY2(s >= min && s <= max, qPrintable(QStringLiteral("%1 scored %2").arg(pass).arg(s)));
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
