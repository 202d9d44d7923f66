// A writer killed with SIGKILL in the middle of a stream of writes: the database opens, every
// write that had been acknowledged is there (state, audit entry and outbox entry alike), and the
// audit chain verifies.
#include "branch/branch.h"
#include "branchstore.h"
#include "database.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged();
};

void TestCrash::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    Branch::create(dir.path(), TestSupport::passphrase(),
                   {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));

    constexpr int Rounds = 8;
    qint64 totalAcked = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
                   QString::fromUtf8(TestSupport::passphrase()));
        writer.setProcessEnvironment(env);
        const QString prefix = QStringLiteral("crash:%1:").arg(round);
        writer.start(QStringLiteral(COUNTERDESK_CRASHWRITER_PATH), {dir.path(), prefix});
        QVERIFY(writer.waitForStarted());
        // Let it get going (key derivation takes ~0.2 s), then kill it at a random moment.
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("ack ") && timer.elapsed() < 20000) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(output.contains("ack "), writer.readAllStandardError().constData());
        QTest::qWait(QRandomGenerator::global()->bounded(5, 150));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();

        // The last acknowledged number in this round.
        qint64 lastAck = -1;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("ack ")) {
                lastAck = line.mid(4).toLongLong();
            }
        }
        QVERIFY(lastAck >= 0);
        totalAcked += lastAck + 1;

        auto branch = Branch::open(dir.path(), TestSupport::passphrase());
        Database &db = branch->database();
        Statement check = db.prepare("PRAGMA quick_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        BranchStore store(db);
        for (qint64 i = 0; i <= lastAck; ++i) {
            const QString key = prefix + QString::number(i);
            QVERIFY2(store.setting(key).has_value(), qPrintable(key));
        }
        const AuditChain::Verification v = branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
        // Each acknowledged write has exactly one audit entry and one outbox entry; the write
        // in flight at the kill is either wholly there or wholly absent.
        auto countOf = [&](const char *sql) {
            Statement s = db.prepare(sql);
            s.bind(1, prefix + QLatin1Char('%'));
            return s.step() ? s.int64(0) : -1;
        };
        const qint64 settings = countOf("SELECT count(*) FROM setting WHERE key LIKE ?");
        QCOMPARE(countOf("SELECT count(*) FROM audit_log WHERE subject LIKE ?"), settings);
        QCOMPARE(countOf("SELECT count(*) FROM outbox WHERE json_extract(payload, '$.subject') "
                         "LIKE ?"),
                 settings);
        QVERIFY(settings >= lastAck + 1 && settings <= lastAck + 2);
    }
    qInfo("acknowledged writes across %d kills: %lld", Rounds, static_cast<long long>(totalAcked));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
