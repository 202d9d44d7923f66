// The encrypted branch store: what it opens, what it refuses, and that it never changes a file
// it refuses.
#include "branch/branch.h"
#include "core/datadir.h"
#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using TestSupport::fingerprint;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsEncryptedFileWithPragmas();
    void standardSqlcipherOpensItWithPragmaKey();
    void wrongPassphraseIsRefusedAndFileUnchanged();
    void emptyPassphraseCreatesNothing();
    void missingFileIsNotCreated();
    void truncatedFileIsRefusedAndUnchanged_data();
    void truncatedFileIsRefusedAndUnchanged();
    void newerSchemaIsRefusedAndUnchanged();
    void plaintextSqliteFileIsRefused();
    void createRefusesToOverwrite();
    void transactionRollsBackOnError();

private:
    QString makeBranch(QTemporaryDir &dir);
    DbError::Kind openError(const QString &path, const QByteArray &pass);
};

QString TestDatabase::makeBranch(QTemporaryDir &dir)
{
    Branch::create(dir.path(), TestSupport::passphrase(),
                   {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    return DataDir::databasePath(dir.path());
}

DbError::Kind TestDatabase::openError(const QString &path, const QByteArray &pass)
{
    try {
        Database::open(path, pass, Database::Mode::OpenExisting);
    } catch (const DbException &e) {
        return e.error().kind;
    }
    return DbError::Kind::None;
}

void TestDatabase::createsEncryptedFileWithPragmas()
{
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.read(16).startsWith("SQLite format 3"));
    f.close();

    auto db = Database::open(path, TestSupport::passphrase(), Database::Mode::OpenExisting);
    Statement mode = db->prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QCOMPARE(db->queryInt("PRAGMA foreign_keys"), 1);
    QCOMPARE(db->queryInt("PRAGMA secure_delete"), 1);
    QCOMPARE(db->queryInt("PRAGMA synchronous"), 1); // NORMAL
    QVERIFY(db->queryInt("PRAGMA busy_timeout") >= 1000);
    QCOMPARE(db->userVersion(), Migrations::latestVersion());
    QVERIFY(db->cipherVersion().startsWith(QLatin1String("4.")));
    // No half-made file is left from the atomic creation.
    QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
}

void TestDatabase::standardSqlcipherOpensItWithPragmaKey()
{
    // The administrator's recovery path: any SQLCipher 4 client with default settings.
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    QCOMPARE(TestSupport::rawSql(path, TestSupport::passphrase(),
                                 QStringLiteral("SELECT name FROM branch")),
             QStringLiteral("Test"));
    QVERIFY(TestSupport::rawSql(path, "not the key", QStringLiteral("SELECT count(*) FROM branch"))
                .startsWith(QLatin1String("error")));
}

void TestDatabase::wrongPassphraseIsRefusedAndFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    const auto before = fingerprint(dir.path());
    QCOMPARE(openError(path, "wrong passphrase"), DbError::Kind::WrongPassphrase);
    QCOMPARE(fingerprint(dir.path()), before);
    try {
        Branch::open(dir.path(), "wrong passphrase");
        QFAIL("opened with a wrong passphrase");
    } catch (const DbException &e) {
        QVERIFY(e.error().message.contains(QLatin1String("Wrong passphrase, or not a CounterDesk "
                                                         "database")));
    }
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::emptyPassphraseCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    try {
        Database::open(path, QByteArray(), Database::Mode::CreateNew);
        QFAIL("created a database with no passphrase");
    } catch (const DbException &e) {
        QCOMPARE(e.error().kind, DbError::Kind::NoPassphrase);
        QVERIFY(e.error().message.contains(QLatin1String("unencrypted")));
    }
    QVERIFY(fingerprint(dir.path()).isEmpty());
    // And an existing file is not opened with an empty key either.
    makeBranch(dir);
    const auto before = fingerprint(dir.path());
    QCOMPARE(openError(DataDir::databasePath(dir.path()), QByteArray()),
             DbError::Kind::NoPassphrase);
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::missingFileIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QCOMPARE(openError(path, TestSupport::passphrase()), DbError::Kind::NotFound);
    QVERIFY(fingerprint(dir.path()).isEmpty());
}

void TestDatabase::truncatedFileIsRefusedAndUnchanged_data()
{
    QTest::addColumn<int>("keepPages");
    QTest::addColumn<int>("extraBytes");
    QTest::newRow("empty file") << 0 << 0;
    QTest::newRow("half a page") << 0 << 2048;
    QTest::newRow("first page only") << 1 << 0;
    QTest::newRow("pages and a bit") << 3 << 100;
    QTest::newRow("all but the last page") << -1 << 0;
}

void TestDatabase::truncatedFileIsRefusedAndUnchanged()
{
    QFETCH(int, keepPages);
    QFETCH(int, extraBytes);
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    QFile f(path);
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages > 4);
    const qint64 keep = keepPages < 0 ? pages - 1 : keepPages;
    QVERIFY(f.resize(keep * 4096 + extraBytes));
    const auto before = fingerprint(dir.path());

    const DbError::Kind kind = openError(path, TestSupport::passphrase());
    QVERIFY2(kind == DbError::Kind::Truncated, qPrintable(QString::number(int(kind))));
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::newerSchemaIsRefusedAndUnchanged()
{
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    const QString bump =
        QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1);
    QVERIFY(!TestSupport::rawSql(path, TestSupport::passphrase(), bump)
                 .startsWith(QLatin1String("error")));
    const auto before = fingerprint(dir.path());
    try {
        Branch::open(dir.path(), TestSupport::passphrase());
        QFAIL("opened a file from a newer version");
    } catch (const DbException &e) {
        QCOMPARE(e.error().kind, DbError::Kind::NewerSchema);
        QVERIFY(e.error().message.contains(QLatin1String("newer CounterDesk")));
    }
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::plaintextSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    // A plain SQLite file: what a careless tool would have written.
    sqlite3 *raw = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &raw);
    sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    const auto before = fingerprint(dir.path());
    QCOMPARE(openError(path, TestSupport::passphrase()), DbError::Kind::NotEncrypted);
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::createRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = makeBranch(dir);
    const auto before = fingerprint(dir.path());
    try {
        Database::open(path, TestSupport::passphrase(), Database::Mode::CreateNew);
        QFAIL("overwrote an existing database");
    } catch (const DbException &e) {
        QCOMPARE(e.error().kind, DbError::Kind::AlreadyExists);
    }
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestDatabase::transactionRollsBackOnError()
{
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    const qint64 before = branch->database().queryInt("SELECT count(*) FROM audit_log");
    QVERIFY_THROWS_EXCEPTION(
        std::runtime_error,
        branch->record({QStringLiteral("test"), QStringLiteral("x"), QStringLiteral("y"), {}},
                       [](AuditEvent &) {
                           throw std::runtime_error("refused midway");
                       }));
    QCOMPARE(branch->database().queryInt("SELECT count(*) FROM audit_log"), before);
    QCOMPARE(branch->database().queryInt("SELECT count(*) FROM outbox"), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
