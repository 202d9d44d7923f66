// Data safety (issue 11): an online backup while another process writes, restore that refuses
// what it must and changes nothing then, rekey (also killed at random moments), and the hall
// host's nightly backups with their rotation.
#include "backup/backupfile.h"
#include "backup/nightlybackup.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

using TestSupport::cli;
using TestSupport::fingerprint;

namespace
{
const QString Prefix = QStringLiteral("w:");

QStringList at(const QString &dir)
{
    return {QStringLiteral("--data-dir"), dir};
}

// A child that records events as fast as it can, printing "ack N" after each commit.
class Writer
{
public:
    Writer(const QString &dataDir, const QByteArray &passphrase, const QString &prefix)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"), QString::fromUtf8(passphrase));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(COUNTERDESK_CRASHWRITER_PATH), {dataDir, prefix});
    }
    ~Writer() { kill(); }
    // Reads what the child printed so far; the last acknowledged number (-1: none yet).
    qint64 lastAck(int waitMs = 0)
    {
        m_process.waitForReadyRead(waitMs);
        m_output += m_process.readAllStandardOutput();
        const qsizetype at = m_output.lastIndexOf("ack ");
        if (at < 0) {
            return -1;
        }
        const qsizetype end = m_output.indexOf('\n', at);
        return end < 0 ? -1 : m_output.mid(at + 4, end - at - 4).toLongLong();
    }
    bool waitForFirstAck()
    {
        QElapsedTimer t;
        t.start();
        while (lastAck(100) < 0 && t.elapsed() < 20000) {
        }
        return lastAck() >= 0;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

// The numbers i for which the setting PREFIX + i exists, in order.
QList<qint64> writesIn(Database &db, const QString &prefix)
{
    Statement s = db.prepare("SELECT key FROM setting WHERE key LIKE ?");
    s.bind(1, prefix + QLatin1Char('%'));
    QList<qint64> numbers;
    while (s.step()) {
        numbers << s.text(0).mid(prefix.size()).toLongLong();
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

DbError::Kind openError(const QString &file, const QByteArray &passphrase)
{
    try {
        Database::open(file, passphrase, Database::Mode::ReadOnly);
    } catch (const DbException &e) {
        return e.error().kind;
    }
    return DbError::Kind::None;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString passFile(const QTemporaryDir &dir, const QString &name, const QByteArray &passphrase)
{
    const QString path = dir.filePath(name);
    writeFile(path, passphrase + '\n');
    return path;
}

// Fills the branch with unaudited bulk rows, so that copying it takes a while.
void makeBig(Branch &branch, int rows)
{
    Database &db = branch.database();
    db.transaction([&] {
        Statement s = db.prepare("INSERT INTO setting(key, value) VALUES (?, ?)");
        QRandomGenerator rng(7);
        for (int i = 0; i < rows; ++i) {
            QByteArray value(300, Qt::Uninitialized);
            for (char &c : value) {
                c = static_cast<char>('a' + rng.bounded(26));
            }
            s.bind(1, QStringLiteral("bulk:%1").arg(i)).bind(2, QString::fromLatin1(value));
            s.run();
            s.reset();
        }
    });
    db.checkpoint();
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsAreListed();
    void backupWhileAnotherProcessWrites();
    void backupRefusesToOverwrite();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreRefusesWhileOpenInAnotherProgram();
    void restoreGoodBackup();
    void restoreAfterRekeyKeepsTheReplacedWal();
    void restoreIntoEmptyFolder();
    void rekeyThenOpen();
    void rekeyKilledAtRandomMoments();
    void nightlyBackupRotation();
    void nightlyBackupFailureIsAuditedNotThrown();
    void nightlyBackupSchedule();
    void cleanup() { Clock::setTestNow({}); }
};

void TestBackup::commandsAreListed()
{
    const auto help = cli({QStringLiteral("--help")});
    for (const char *command : {"backup", "restore", "rekey"}) {
        QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
        const auto sub = cli({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains(QLatin1String("--data-dir")), command);
    }
    QVERIFY(cli({QStringLiteral("backup"), QStringLiteral("--help")})
                .out.contains(QLatin1String("config")));
}

void TestBackup::backupWhileAnotherProcessWrites()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QByteArray pass = TestSupport::passphrase();
    Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                   QStringLiteral("test"));
    Writer writer(data, pass, Prefix);
    QVERIFY2(writer.waitForFirstAck(), writer.errors().constData());

    for (int round = 0; round < 3; ++round) {
        const qint64 before = writer.lastAck(); // acknowledged before the backup started
        const QString file = dir.filePath(QStringLiteral("backup-%1.db").arg(round));
        const auto r = cli(
            QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data), pass);
        const qint64 after = writer.lastAck(); // acknowledged once it had finished
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Backup: ") + file));
        QVERIFY(r.out.contains(QStringLiteral("Size: %1 bytes").arg(QFileInfo(file).size())));
        QVERIFY(r.out.contains(
            QStringLiteral("Data version (user_version): %1").arg(Migrations::latestVersion())));
        const QRegularExpressionMatch entries =
            QRegularExpression(QStringLiteral("Audit entries: (\\d+) \\(the chain verifies\\)"))
                .match(r.out);
        QVERIFY2(entries.hasMatch(), qPrintable(r.out));
        QVERIFY(!(QFileInfo(file).permissions()
                  & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        // Nothing beside it: no temporary file, no journal.
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("backup-%1.db*").arg(round)},
                                QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(file).fileName()});

        // The backup opens on its own, verifies, and holds exactly the writes 0..n-1 (one
        // moment of the writer's stream), with every write acknowledged before it began.
        const BackupFile::Check check = BackupFile::verify(file, pass);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(QString::number(check.info.auditEntries), entries.captured(1));
        auto db = Database::open(file, pass, Database::Mode::ReadOnly);
        const QList<qint64> writes = writesIn(*db, Prefix);
        const qint64 n = writes.size();
        for (qint64 i = 0; i < n; ++i) {
            QCOMPARE(writes.at(i), i); // a prefix: no gap
        }
        QVERIFY2(n >= before + 1, qPrintable(QStringLiteral("%1 < %2").arg(n).arg(before + 1)));
        QVERIFY(n <= after + 2); // at most the write in flight when it ended
        // Each write with its audit entry: the copy is one transaction-consistent moment.
        Statement audit = db->prepare("SELECT count(*) FROM audit_log WHERE action = 'test.write'");
        QVERIFY(audit.step());
        QCOMPARE(audit.int64(0), n);
        qInfo("backup %d: %lld writes (acknowledged before: %lld, after: %lld), %lld bytes", round,
              static_cast<long long>(n), static_cast<long long>(before + 1),
              static_cast<long long>(after + 1), static_cast<long long>(QFileInfo(file).size()));
        // Encrypted on disk: no key or value of the writes in the clear.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("crashwriter"));
        QVERIFY(!bytes.contains("test.write"));
    }
    writer.kill();
    // The backup is in the live branch's audit chain.
    auto branch = Branch::open(data, pass);
    QCOMPARE(branch->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'backup.create'"),
             3);
    QVERIFY(branch->verifyAudit().ok);
}

void TestBackup::backupRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                   QStringLiteral("test"));
    const QString file = dir.filePath(QStringLiteral("b.db"));
    writeFile(file, "precious");
    const QStringList args =
        QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data);
    const auto refused = cli(args, pass);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("already exists")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("--force")));
    QCOMPARE(TestSupport::sha256(file),
             QCryptographicHash::hash("precious", QCryptographicHash::Sha256).toHex());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".tmp")));
    const auto forced = cli(args + QStringList{QStringLiteral("--force")}, pass);
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(BackupFile::verify(file, pass).ok());
    // Never over the branch's own database, even with --force.
    const QString own = DataDir::databasePath(data);
    const auto before = fingerprint(data);
    const auto self = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--force"),
                                      QStringLiteral("--out"), own}
                              + at(data),
                          pass);
    QCOMPARE(self.exitCode, 1);
    QCOMPARE(fingerprint(data).value(QStringLiteral("branch.db")),
             before.value(QStringLiteral("branch.db")));
    // No passphrase: exit 2, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.db"));
    QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), none} + at(data))
                 .exitCode,
             2);
    QVERIFY(!QFileInfo::exists(none));
}

void TestBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("bytes flipped in the middle") << "corrupt" << 2 << "damaged";
    QTest::newRow("wrong passphrase") << "passphrase" << 2 << "does not open with this passphrase";
    QTest::newRow("another program's encrypted database")
        << "foreign" << 2 << "not a CounterDesk backup";
    QTest::newRow("plain SQLite file") << "plaintext" << 2 << "unencrypted";
    // Random bytes and a wrong key look the same to an encrypted file's reader.
    QTest::newRow("not a database at all") << "noise" << 2 << "does not open with this passphrase";
    QTest::newRow("from a newer version") << "newer" << 2 << "a newer CounterDesk";
    QTest::newRow("audit chain broken") << "audit" << 3 << "audit chain";
    QTest::newRow("branch in use") << "inuse" << 1 << "in use";
    QTest::newRow("missing file") << "missing" << 1 << "There is no backup file";
}

void TestBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        auto branch = Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                                     QStringLiteral("test"));
        branch->changeSettings({{QStringLiteral("x"), QStringLiteral("before")}},
                               QStringLiteral("test"));
    }
    const QString file = dir.filePath(QStringLiteral("backup.db"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data), pass)
            .exitCode,
        0);
    {
        auto branch = Branch::open(data, pass);
        branch->changeSettings({{QStringLiteral("x"), QStringLiteral("after")}},
                               QStringLiteral("test"));
    }
    QByteArray restorePass = pass;
    std::unique_ptr<Branch> holder;
    if (kind == QLatin1String("corrupt")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 middle = f.size() / 2 + 100;
        f.seek(middle);
        QByteArray bytes = f.read(16);
        for (char &c : bytes) {
            c = static_cast<char>(~c);
        }
        f.seek(middle);
        f.write(bytes);
    } else if (kind == QLatin1String("passphrase")) {
        restorePass = "Some Other Passphrase 99";
    } else if (kind == QLatin1String("foreign")) {
        // Encrypted with the same passphrase and SQLCipher's defaults, but some other program's.
        QFile::remove(file);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_key(raw, pass.constData(), static_cast<int>(pass.size())), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    } else if (kind == QLatin1String("plaintext")) {
        QFile::remove(file);
        sqlite3 *raw = nullptr;
        sqlite3_open(QFile::encodeName(file).constData(), &raw);
        sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                     nullptr);
        sqlite3_close(raw);
    } else if (kind == QLatin1String("noise")) {
        QByteArray noise(8 * 4096, Qt::Uninitialized);
        for (char &c : noise) {
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        }
        writeFile(file, noise);
    } else if (kind == QLatin1String("newer")) {
        TestSupport::rawSql(
            file, pass,
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    } else if (kind == QLatin1String("audit")) {
        QVERIFY(!TestSupport::rawSql(file, pass,
                                     QStringLiteral("UPDATE audit_log SET payload = '{}' "
                                                    "WHERE seq = 1"))
                     .startsWith(QLatin1String("error")));
    } else if (kind == QLatin1String("inuse")) {
        holder = Branch::open(data, pass); // as a counter or the hall host would
    } else if (kind == QLatin1String("missing")) {
        QFile::remove(file);
    }

    const auto before = fingerprint(data);
    const auto r =
        cli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), file} + at(data),
            restorePass);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    if (kind != QLatin1String("inuse")) {
        QVERIFY2(r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
    }
    QVERIFY(r.out.isEmpty());
    // Not a byte changed in the data folder, and the branch still holds its own data.
    QCOMPARE(fingerprint(data), before);
    holder.reset();
    auto branch = Branch::open(data, pass);
    QCOMPARE(BranchStore(branch->database()).setting(QStringLiteral("x")).value_or(QString()),
             QStringLiteral("after"));
    QVERIFY(branch->verifyAudit().ok);
}

void TestBackup::restoreRefusesWhileOpenInAnotherProgram()
{
    // An administrator's own SQLCipher client knows nothing of CounterDesk's lock file: SQLite's
    // exclusive lock still tells.
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                   QStringLiteral("test"));
    const QString file = dir.filePath(QStringLiteral("backup.db"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data), pass)
            .exitCode,
        0);
    // Taken before the client opens it: reading the file in this process afterwards would drop
    // the client's POSIX locks (they belong to the process).
    const auto before = fingerprint(data);
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(DataDir::databasePath(data)).constData(), &raw,
                             SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_key(raw, pass.constData(), static_cast<int>(pass.size())), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "SELECT count(*) FROM audit_log", nullptr, nullptr, nullptr),
             SQLITE_OK);
    const auto r = cli(
        QStringList{QStringLiteral("restore"), QStringLiteral("--from"), file} + at(data), pass);
    sqlite3_close(raw);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("open in another program")), qPrintable(r.err));
    QCOMPARE(fingerprint(data), before);
}

void TestBackup::restoreGoodBackup()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--demo")} + at(data), pass)
                 .exitCode,
             0);
    const QString file = dir.filePath(QStringLiteral("demo-backup.db"));
    const auto made =
        cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data), pass);
    QCOMPARE(made.exitCode, 0);
    qInfo("demo branch backup: %s", qPrintable(made.out.simplified()));
    qint64 auditAtBackup = 0;
    {
        auto branch = Branch::open(data, pass);
        auditAtBackup =
            branch->database().queryInt("SELECT count(*) FROM audit_log") - 1; // backup.create
        branch->changeSettings({{QStringLiteral("x"), QStringLiteral("after the backup")}},
                               QStringLiteral("test"));
    }
    // A writer killed after the backup leaves commits in the -wal only: the restore must not
    // replay them into the restored file, and must keep them with the replaced one.
    {
        Writer writer(data, pass, Prefix);
        QVERIFY(writer.waitForFirstAck());
        writer.kill();
    }
    QVERIFY(QFileInfo(DataDir::databasePath(data) + QStringLiteral("-wal")).size() > 0);
    qint64 killedWrites = 0;
    {
        auto branch = Branch::open(data, pass);
        killedWrites = writesIn(branch->database(), Prefix).size();
    }
    QVERIFY(killedWrites > 0);
    {
        // Closed again without checkpointing, as a killed process leaves it.
        Writer writer(data, pass, QStringLiteral("v:"));
        QVERIFY(writer.waitForFirstAck());
        writer.kill();
    }

    const auto r = cli(
        QStringList{QStringLiteral("restore"), QStringLiteral("--from"), file} + at(data), pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QRegularExpressionMatch kept =
        QRegularExpression(
            QStringLiteral("kept as (\\S+branch\\.db\\.before-restore-\\d{8}-\\d{6})"))
            .match(r.out);
    QVERIFY2(kept.hasMatch(), qPrintable(r.out));

    // The branch is the backup's again, plus the restore in its chain.
    auto branch = Branch::open(data, pass);
    Database &db = branch->database();
    QVERIFY(!BranchStore(db).setting(QStringLiteral("x")).has_value());
    QVERIFY(writesIn(db, Prefix).isEmpty());
    QCOMPARE(db.queryInt("SELECT count(*) FROM staff"), 5);
    QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log"), auditAtBackup + 1);
    Statement last = db.prepare("SELECT action, payload FROM audit_log ORDER BY seq DESC LIMIT 1");
    QVERIFY(last.step());
    QCOMPARE(last.text(0), QStringLiteral("branch.restore"));
    QVERIFY(last.text(1).contains(QLatin1String("demo-backup.db")));
    const AuditChain::Verification v = branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    QVERIFY(db.integrityProblems().isEmpty());
    branch.reset();

    // The replaced database is whole: everything written after the backup is in it.
    const QString keptAs = kept.captured(1);
    QVERIFY(QFileInfo::exists(keptAs));
    auto old = Database::open(keptAs, pass, Database::Mode::ReadOnly);
    QCOMPARE(BranchStore(*old).setting(QStringLiteral("x")).value_or(QString()),
             QStringLiteral("after the backup"));
    QCOMPARE(writesIn(*old, Prefix).size(), killedWrites);
    QVERIFY(!writesIn(*old, QStringLiteral("v:")).isEmpty());
    QVERIFY(old->integrityProblems().isEmpty());
    QVERIFY(AuditChain(*old).verify().ok);
    // Nothing of the restore's own files is left behind.
    QVERIFY(!QFileInfo::exists(DataDir::databasePath(data) + QStringLiteral(".restoring")));
}

void TestBackup::restoreAfterRekeyKeepsTheReplacedWal()
{
    // The branch got a new passphrase after the backup: the old passphrase opens the backup but
    // not the current database, whose WAL then travels with it to the kept name.
    QTemporaryDir dir;
    const QByteArray oldPass = TestSupport::passphrase();
    const QByteArray newPass = "Velvet Harbour 83 Quill";
    const QString data = dir.filePath(QStringLiteral("data"));
    Branch::create(data, oldPass, {QStringLiteral("T01"), QStringLiteral("Test")},
                   QStringLiteral("test"));
    const QString file = dir.filePath(QStringLiteral("backup.db"));
    QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data),
                 oldPass)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringList{QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"),
                             passFile(dir, QStringLiteral("new"), newPass)}
                     + at(data),
                 oldPass)
                 .exitCode,
             0);
    {
        Writer writer(data, newPass, Prefix);
        QVERIFY(writer.waitForFirstAck());
        writer.kill();
    }
    const QString wal = DataDir::databasePath(data) + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const auto r = cli(
        QStringList{QStringLiteral("restore"), QStringLiteral("--from"), file} + at(data), oldPass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString keptAs =
        QRegularExpression(QStringLiteral("kept as (\\S+)\\.$")).match(r.out.trimmed()).captured(1);
    QVERIFY2(!keptAs.isEmpty(), qPrintable(r.out));
    // The old -wal is not beside the restored file (SQLite would replay it there): it went
    // with the kept file, or into it (closing the probe's connection writes a WAL back without
    // decrypting anything).
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    auto restored = Branch::open(data, oldPass);
    QVERIFY(writesIn(restored->database(), Prefix).isEmpty());
    QVERIFY(restored->verifyAudit().ok);
    restored.reset();
    QCOMPARE(openError(DataDir::databasePath(data), newPass), DbError::Kind::WrongPassphrase);
    // The kept database and its WAL open together with the passphrase they had.
    auto old = Database::open(keptAs, newPass, Database::Mode::WorkingCopy);
    QVERIFY(!writesIn(*old, Prefix).isEmpty());
    QVERIFY(AuditChain(*old).verify().ok);
}

void TestBackup::restoreIntoEmptyFolder()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    Branch::create(data, pass, {QStringLiteral("T01"), QString::fromUtf8("朝阳路营业厅")},
                   QStringLiteral("test"));
    const QString file = dir.filePath(QStringLiteral("backup.db"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), file} + at(data), pass)
            .exitCode,
        0);
    const QString fresh = dir.filePath(QStringLiteral("new-pc"));
    const auto r = cli(
        QStringList{QStringLiteral("restore"), QStringLiteral("--from"), file} + at(fresh), pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("before-restore")));
    auto branch = Branch::open(fresh, pass);
    QCOMPARE(branch->info().name, QString::fromUtf8("朝阳路营业厅"));
    QVERIFY(branch->verifyAudit().ok);
}

void TestBackup::rekeyThenOpen()
{
    QTemporaryDir dir;
    const QByteArray oldPass = TestSupport::passphrase();
    const QByteArray newPass = QByteArray("雪松 Harbour 83 Quill");
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--demo")} + at(data), oldPass)
                 .exitCode,
             0);
    const QStringList rekey{QStringLiteral("rekey"), QStringLiteral("--data-dir"), data};
    const QString path = DataDir::databasePath(data);

    // Refusals change nothing.
    auto refused = [&](const QStringList &args, const QByteArray &current, int code,
                       const char *says) {
        const auto before = fingerprint(data);
        const auto r = cli(rekey + args, current);
        QVERIFY2(r.exitCode == code, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(says)), qPrintable(r.err));
        QCOMPARE(fingerprint(data), before);
    };
    const QStringList newFile{QStringLiteral("--new-passphrase-file"),
                              passFile(dir, QStringLiteral("new"), newPass)};
    refused(
        {QStringLiteral("--new-passphrase-file"), passFile(dir, QStringLiteral("weak"), "abc123")},
        oldPass, 1, "too weak");
    refused(
        {QStringLiteral("--new-passphrase-file"), passFile(dir, QStringLiteral("same"), oldPass)},
        oldPass, 1, "is the current one");
    refused({}, oldPass, 1, "--new-passphrase-file"); // no terminal to type it on
    refused(newFile, "Not The Passphrase 42", 2, "Wrong passphrase");
    {
        auto holder = Branch::open(data, oldPass);
        refused(newFile, oldPass, 1, "in use");
    }

    const auto r = cli(rekey + newFile, oldPass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("new passphrase")));
    // Headless: the keychain is not there, and it says so instead of storing anything.
    QVERIFY2(r.err.contains(QLatin1String("keychain is not available")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("COUNTERDESK_PASSPHRASE")));
    QCOMPARE(openError(path, oldPass), DbError::Kind::WrongPassphrase);
    auto branch = Branch::open(data, newPass);
    Database &db = branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM staff"), 5);
    QVERIFY(db.integrityProblems().isEmpty());
    QVERIFY(branch->verifyAudit().ok);
    Statement last = db.prepare("SELECT action, actor, payload FROM audit_log ORDER BY seq DESC "
                                "LIMIT 1");
    QVERIFY(last.step());
    QCOMPARE(last.text(0), QStringLiteral("branch.rekey"));
    QCOMPARE(last.text(1), QStringLiteral("cli"));
    QCOMPARE(last.text(2), QStringLiteral("{}")); // no secret, nothing derived from one
    branch.reset();
    // Standard SQLCipher 4 settings with the new passphrase; no leftovers; no plaintext.
    QCOMPARE(TestSupport::rawSql(path, newPass, QStringLiteral("SELECT code FROM branch")),
             QStringLiteral("DEMO01"));
    for (const QString &name : QDir(data).entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY2(!name.contains(QLatin1String("rekeying")), qPrintable(name));
        QFile f(QDir(data).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(newPass) && !bytes.contains(oldPass), qPrintable(name));
    }
    // The passphrase file path: it says which file to update.
    const auto again = cli(rekey
                           + QStringList{QStringLiteral("--passphrase-file"),
                                         passFile(dir, QStringLiteral("cur"), newPass),
                                         QStringLiteral("--new-passphrase-file"),
                                         passFile(dir, QStringLiteral("n2"), oldPass)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.err.contains(dir.filePath(QStringLiteral("cur"))));
    QCOMPARE(openError(path, oldPass), DbError::Kind::None);
}

void TestBackup::rekeyKilledAtRandomMoments()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QByteArray current = TestSupport::passphrase();
    qint64 rekeys = 0;
    {
        auto branch = Branch::create(data, current, {QStringLiteral("T01"), QStringLiteral("Test")},
                                     QStringLiteral("test"));
        makeBig(*branch, 40000); // ~15 MB: the copy takes a good part of a second
    }
    const QString path = DataDir::databasePath(data);
    qInfo("database: %lld bytes", static_cast<long long>(QFileInfo(path).size()));
    auto runRekey = [&](const QByteArray &next, int killAfterMs, qint64 *elapsedMs) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"), QString::fromUtf8(current));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        const QString file = passFile(dir, QStringLiteral("next"), next);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(COUNTERDESK_CLI_PATH),
                {QStringLiteral("rekey"), QStringLiteral("--data-dir"), data,
                 QStringLiteral("--new-passphrase-file"), file});
        if (!p.waitForStarted()) {
            return -1;
        }
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        }
        p.waitForFinished(60000);
        if (elapsedMs) {
            *elapsedMs = t.elapsed();
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -SIGKILL;
    };
    auto nextPassphrase = [](int round) {
        return QStringLiteral("Round %1 copper lantern orchid").arg(round).toUtf8();
    };

    // One whole rekey first: how long one takes here decides when to kill the others.
    qint64 whole = 0;
    QByteArray next = nextPassphrase(0);
    QCOMPARE(runRekey(next, -1, &whole), 0);
    current = next;
    ++rekeys;
    qInfo("one rekey of the whole database: %lld ms", static_cast<long long>(whole));

    constexpr int Rounds = 12;
    int keptOld = 0;
    int tookNew = 0;
    for (int round = 1; round <= Rounds; ++round) {
        next = nextPassphrase(round);
        const int killAfter = QRandomGenerator::global()->bounded(20, static_cast<int>(whole) + 50);
        const int code = runRekey(next, killAfter, nullptr);
        QVERIFY(code == -SIGKILL || code == 0);

        // Exactly one of the two passphrases opens it; it is whole and its chain verifies.
        const DbError::Kind withOld = openError(path, current);
        const DbError::Kind withNew = openError(path, next);
        QVERIFY2((withOld == DbError::Kind::None) != (withNew == DbError::Kind::None),
                 qPrintable(QStringLiteral("round %1: old %2, new %3")
                                .arg(round)
                                .arg(int(withOld))
                                .arg(int(withNew))));
        QVERIFY(withOld == DbError::Kind::WrongPassphrase
                || withNew == DbError::Kind::WrongPassphrase);
        if (withNew == DbError::Kind::None) {
            current = next;
            ++rekeys;
            ++tookNew;
        } else {
            ++keptOld;
        }
        auto branch = Branch::open(data, current);
        Database &db = branch->database();
        const QStringList problems = db.integrityProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const AuditChain::Verification v = branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(db.queryInt("SELECT count(*) FROM setting WHERE key LIKE 'bulk:%'"), 40000);
        // The rekey is in the chain exactly as often as the key changed.
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'branch.rekey'"),
                 rekeys);
    }
    qInfo("killed %d rekeys at random moments: %d kept the old passphrase, %d had the new one",
          Rounds, keptOld, tookNew);
    // A run after the kills tidies what they left and succeeds.
    next = nextPassphrase(99);
    QCOMPARE(runRekey(next, -1, nullptr), 0);
    QCOMPARE(openError(path, next), DbError::Kind::None);
    QCOMPARE(QDir(data).entryList({QStringLiteral("*rekeying*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestBackup::nightlyBackupRotation()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    Clock::setTestNow(QDateTime(QDate(2026, 6, 1), QTime(13, 0), QTimeZone::utc()));
    auto branch = Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                                 QStringLiteral("test"));
    branch->changeSettings({{QLatin1String(NightlyBackup::KeepSetting), QStringLiteral("3")}},
                           QStringLiteral("test"));
    const QString folder = NightlyBackup::folder(data);
    QVERIFY(QDir().mkpath(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("my-own-copy.db")), "mine");
    writeFile(QDir(folder).filePath(QStringLiteral("branch-2026-01-01-2200.db.tmp")), "partial");

    NightlyBackup nightly(*branch, pass);
    QCOMPARE(nightly.keep(), 3);
    QCOMPARE(nightly.at(), QTime(22, 0));
    QStringList made;
    for (int day = 0; day < 6; ++day) {
        // 22:00 in Beijing is 14:00 UTC.
        Clock::setTestNow(
            QDateTime(QDate(2026, 6, 1).addDays(day), QTime(14, 0), QTimeZone::utc()));
        branch->changeSettings({{QStringLiteral("day"), QString::number(day)}},
                               QStringLiteral("test"));
        const NightlyBackup::Outcome o = nightly.runNow();
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(QFileInfo(o.file).fileName(),
                 QStringLiteral("branch-2026-06-%1-2200.db").arg(day + 1, 2, 10, QLatin1Char('0')));
        made << QFileInfo(o.file).fileName();
        const BackupFile::Check check = BackupFile::verify(o.file, pass);
        QVERIFY2(check.ok(), qPrintable(check.message));
        auto copy = Database::open(o.file, pass, Database::Mode::ReadOnly);
        QCOMPARE(BranchStore(*copy).setting(QStringLiteral("day")).value_or(QString()),
                 QString::number(day));
    }
    // The newest three are kept; the administrator's own file stays; the partial one is gone.
    QStringList expected = made.mid(3);
    expected << QStringLiteral("my-own-copy.db");
    expected.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    QCOMPARE(NightlyBackup::newest(folder, branch->timeZone()).value_or(QDateTime()),
             QDateTime(QDate(2026, 6, 6), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(branch->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'backup.create'"),
             6);
    QVERIFY(branch->verifyAudit().ok);
}

void TestBackup::nightlyBackupFailureIsAuditedNotThrown()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    auto branch = Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                                 QStringLiteral("test"));
    // A file where the backups folder should be.
    writeFile(NightlyBackup::folder(data), "in the way");
    NightlyBackup nightly(*branch, pass);
    QSignalSpy finished(&nightly, &NightlyBackup::finished);
    const NightlyBackup::Outcome o = nightly.runNow();
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(QLatin1String("Cannot create the folder")), qPrintable(o.error));
    QCOMPARE(finished.size(), 1);
    Statement last = branch->database().prepare(
        "SELECT action, payload FROM audit_log ORDER BY seq DESC LIMIT 1");
    QVERIFY(last.step());
    QCOMPARE(last.text(0), QStringLiteral("backup.fail"));
    QVERIFY(last.text(1).contains(QLatin1String("Cannot create the folder")));
    // A wrong passphrase (the branch was rekeyed under a running host) fails the same way.
    QFile::remove(NightlyBackup::folder(data));
    NightlyBackup wrong(*branch, "Not The Passphrase 42");
    const NightlyBackup::Outcome w = wrong.runNow();
    QVERIFY(!w.ok);
    QVERIFY(w.error.contains(QLatin1String("Wrong passphrase")));
    QCOMPARE(QDir(NightlyBackup::folder(data)).entryList(QDir::Files), QStringList());
    QVERIFY(branch->verifyAudit().ok);
}

void TestBackup::nightlyBackupSchedule()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    const QString data = dir.filePath(QStringLiteral("data"));
    // 10:00 in Beijing; the nightly backup at 23:15.
    const QDateTime morning(QDate(2026, 6, 2), QTime(2, 0), QTimeZone::utc());
    Clock::setTestNow(morning);
    auto branch = Branch::create(data, pass, {QStringLiteral("T01"), QStringLiteral("Test")},
                                 QStringLiteral("test"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("backup"), QStringLiteral("config"), QStringLiteral("--at"),
                        QStringLiteral("23:15"), QStringLiteral("--keep"), QStringLiteral("5")}
                + at(data),
            pass)
            .out,
        QStringLiteral("backup.nightlyAt=23:15\nbackup.keep=5\n"));
    QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("config"),
                             QStringLiteral("--keep"), QStringLiteral("0")}
                     + at(data),
                 pass)
                 .exitCode,
             1);

    // No backup yet: the missed one is made (on the worker thread) soon after start.
    NightlyBackup nightly(*branch, pass);
    QSignalSpy finished(&nightly, &NightlyBackup::finished);
    nightly.start(0);
    QVERIFY(finished.wait(60000));
    const auto outcome = finished.at(0).at(0).value<NightlyBackup::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(QFileInfo(outcome.file).fileName(), QStringLiteral("branch-2026-06-02-1000.db"));
    QVERIFY(BackupFile::verify(outcome.file, pass).ok());
    // Then the next one is tonight at 23:15 Beijing time (15:15 UTC).
    QCOMPARE(nightly.nextRunUtc(), QDateTime(QDate(2026, 6, 2), QTime(15, 15), QTimeZone::utc()));
    nightly.stop();
    QVERIFY(!nightly.nextRunUtc().isValid());

    // Started again at 11:00: the last backup is newer than last night's time, nothing to catch
    // up, tonight's is planned.
    Clock::setTestNow(morning.addSecs(3600));
    NightlyBackup same(*branch, pass);
    same.start(0);
    QCOMPARE(same.nextRunUtc(), QDateTime(QDate(2026, 6, 2), QTime(15, 15), QTimeZone::utc()));
    same.stop();
    // Started the next morning: the night between was missed, so it catches up first.
    Clock::setTestNow(QDateTime(QDate(2026, 6, 3), QTime(2, 0), QTimeZone::utc()));
    NightlyBackup missed(*branch, pass);
    missed.start(5000);
    QCOMPARE(missed.nextRunUtc(), Clock::nowUtc().addMSecs(5000));
    missed.stop();
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
