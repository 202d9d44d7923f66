// Migrations: from an empty file and from every earlier version to the latest, with the data kept
// and the schema identical to a fresh one.
#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEmptyFile();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void neverGoesDown();

private:
    static QStringList schemaOf(Database &db);
};

QStringList TestMigrations::schemaOf(Database &db)
{
    QStringList rows;
    Statement s = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                             "FROM sqlite_schema ORDER BY type, name");
    while (s.step()) {
        rows << s.text(0);
    }
    return rows;
}

void TestMigrations::fromEmptyFile()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("branch.db")), TestSupport::passphrase(),
                             Database::Mode::CreateNew);
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QCOMPARE(static_cast<quint32>(db->queryInt("PRAGMA application_id")), Database::ApplicationId);
    QVERIFY(schemaOf(*db).size() > 5);
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const int v : Migrations::versions()) {
        if (v < Migrations::latestVersion()) {
            QTest::addRow("from version %d", v) << v;
        }
    }
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir fresh;
    auto reference = Database::open(fresh.filePath(QStringLiteral("branch.db")),
                                    TestSupport::passphrase(), Database::Mode::CreateNew);
    const QStringList expected = schemaOf(*reference);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    {
        auto old = Database::open(path, TestSupport::passphrase(), Database::Mode::CreateNew, from);
        QCOMPARE(old->userVersion(), from);
        // Every version has the settings table: data written there must survive.
        Statement s = old->prepare("INSERT INTO setting (key, value) VALUES ('kept', 'yes')");
        s.run();
    }
    auto db = Database::open(path, TestSupport::passphrase(), Database::Mode::OpenExisting);
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QCOMPARE(schemaOf(*db), expected);
    Statement s = db->prepare("SELECT value FROM setting WHERE key = 'kept'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("yes"));
}

void TestMigrations::neverGoesDown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    Database::open(path, TestSupport::passphrase(), Database::Mode::CreateNew);
    auto db = Database::open(path, TestSupport::passphrase(), Database::Mode::OpenExisting, 1);
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
