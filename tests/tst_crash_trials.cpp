// Crash trials: a process doing real work is killed with SIGKILL at random moments, round after
// round, during ticket issuing, case acceptance and the nightly sync with head office (a real
// counterdesk-hq on a PostgreSQL cluster). After every kill the database opens, passes
// quick_check, the audit chain verifies, no ticket or case number is duplicated, and every
// operation that had returned success is there (for the sync: every event the branch counts as
// acknowledged is at head office). COUNTERDESK_CRASH_ROUNDS sets the rounds per kind of work
// (default 6; scripts/crash-trials runs 34 of each, 102 kills).
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "branchstore.h"
#include "core/clock.h"
#include "database.h"
#include "hqtestsupport.h"
#include "outboxstore.h"
#include "pgtestcluster.h"
#include "queue/ticketqueue.h"
#include "sync/branchkey.h"
#include "sync/syncclient.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace
{
// 10:00 in Beijing: every writer numbers the same business day.
const QString kNow = QStringLiteral("2026-03-02T02:00:00Z");
} // namespace

class TestCrashTrials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void ticketIssuing();
    void caseAcceptance();
    void sync();

private:
    // A fresh demo branch in a new folder.
    QString newBranch();
    // Starts program with the branch's passphrase and kills it with SIGKILL at a random moment:
    // afterAck, once it has acknowledged something; else any time after it started. Returns
    // everything it printed. killedRunning says whether it was still at work.
    QByteArray runAndKill(const QString &program, const QStringList &args, bool afterAck,
                          int maxDelayMs, bool *killedRunning = nullptr);
    static QStringList acks(const QByteArray &output);
    // What must hold after any crash.
    void verifyIntact(Branch &branch);

    int m_rounds = 6;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCrashTrials::initTestCase()
{
    const int rounds = qEnvironmentVariableIntValue("COUNTERDESK_CRASH_ROUNDS");
    if (rounds > 0) {
        m_rounds = rounds;
    }
    qInfo("%d kills per kind of work", m_rounds);
    Clock::setTestNow(QDateTime::fromString(kNow, Qt::ISODate));
}

void TestCrashTrials::cleanup()
{
    m_dir.reset();
}

QString TestCrashTrials::newBranch()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto branch =
        Branch::create(m_dir->path(), TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    return m_dir->path();
}

QByteArray TestCrashTrials::runAndKill(const QString &program, const QStringList &args,
                                       bool afterAck, int maxDelayMs, bool *killedRunning)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
               QString::fromUtf8(TestSupport::passphrase()));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted()) {
        qWarning("cannot start %s", qPrintable(program));
        return {};
    }
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (afterAck && !output.contains("ack ") && timer.elapsed() < 30000
           && p.state() == QProcess::Running) {
        p.waitForReadyRead(50);
        output += p.readAllStandardOutput();
    }
    if (afterAck && !output.contains("ack ")) {
        qWarning("%s acknowledged nothing: %s", qPrintable(program),
                 p.readAllStandardError().constData());
    }
    QTest::qWait(QRandomGenerator::global()->bounded(1, maxDelayMs));
    const bool running = p.state() == QProcess::Running;
    if (killedRunning) {
        *killedRunning = running;
    }
    // Never kill(0): that would be this whole process group.
    if (running && p.processId() > 0) {
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    }
    p.waitForFinished(10000);
    return output + p.readAllStandardOutput();
}

QStringList TestCrashTrials::acks(const QByteArray &output)
{
    QStringList numbers;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("ack ")) {
            numbers.append(QString::fromLatin1(line.mid(4)));
        }
    }
    return numbers;
}

void TestCrashTrials::verifyIntact(Branch &branch)
{
    Database &db = branch.database();
    Statement check = db.prepare("PRAGMA quick_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    const AuditChain::Verification v = branch.verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    // Every change wrote its audit entry and its outbox entry in the same transaction.
    QCOMPARE(db.queryInt("SELECT count(*) FROM outbox"), db.queryInt("SELECT count(*) FROM "
                                                                     "audit_log"));
}

void TestCrashTrials::ticketIssuing()
{
    const QString dir = newBranch();
    QSet<QString> acknowledged;
    for (int round = 0; round < m_rounds; ++round) {
        const QByteArray output = runAndKill(
            QStringLiteral(COUNTERDESK_TICKETWRITER_PATH),
            {dir, QStringLiteral("INS-BQ-CONTACT,INS-CL-MEDICAL,INS-BQ-LOAN"), kNow}, true, 200);
        for (const QString &number : acks(output)) {
            QVERIFY2(!acknowledged.contains(number), qPrintable(number)); // never twice
            acknowledged.insert(number);
        }
        auto branch = Branch::open(dir, TestSupport::passphrase());
        verifyIntact(*branch);
        Database &db = branch->database();
        // Per prefix, the numbers are exactly 1..max: no duplicate, no gap.
        QMap<QString, QList<int>> seqs;
        QSet<QString> stored;
        Statement s = db.prepare("SELECT prefix, seq, number FROM ticket WHERE business_day = "
                                 "'2026-03-02' ORDER BY prefix, seq");
        while (s.step()) {
            seqs[s.text(0)].append(static_cast<int>(s.int64(1)));
            QVERIFY2(!stored.contains(s.text(2)), qPrintable(s.text(2)));
            stored.insert(s.text(2));
        }
        for (auto it = seqs.cbegin(); it != seqs.cend(); ++it) {
            for (int i = 0; i < it.value().size(); ++i) {
                QVERIFY2(
                    it.value().at(i) == i + 1,
                    qPrintable(
                        QStringLiteral("%1: gap or duplicate at %2").arg(it.key()).arg(i + 1)));
            }
        }
        for (const QString &number : std::as_const(acknowledged)) {
            QVERIFY2(stored.contains(number), qPrintable(number + QStringLiteral(" lost")));
        }
        // At most the one issue in flight at each kill was committed but not acknowledged.
        QVERIFY(stored.size() >= acknowledged.size());
        QVERIFY(stored.size() <= acknowledged.size() + round + 1);
        const qint64 tickets = db.queryInt("SELECT count(*) FROM ticket");
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'ticket.issue'"),
                 tickets);
    }
    qInfo("tickets: %lld acknowledged across %d kills", static_cast<long long>(acknowledged.size()),
          m_rounds);
}

void TestCrashTrials::caseAcceptance()
{
    const QString dir = newBranch();
    QSet<QString> acknowledged;
    for (int round = 0; round < m_rounds; ++round) {
        const QByteArray output =
            runAndKill(QStringLiteral(COUNTERDESK_CASEWRITER_PATH),
                       {dir, QStringLiteral("INS-BQ-CONTACT"), kNow}, true, 300);
        for (const QString &number : acks(output)) {
            QVERIFY2(!acknowledged.contains(number), qPrintable(number));
            acknowledged.insert(number);
        }
        auto branch = Branch::open(dir, TestSupport::passphrase());
        verifyIntact(*branch);
        Database &db = branch->database();
        QSet<QString> accepted;
        Statement s =
            db.prepare("SELECT case_number, state FROM service_case WHERE case_number IS NOT NULL");
        while (s.step()) {
            QVERIFY2(!accepted.contains(s.text(0)), qPrintable(s.text(0)));
            accepted.insert(s.text(0));
            QCOMPARE(s.text(1), QStringLiteral("accepted"));
        }
        for (const QString &number : std::as_const(acknowledged)) {
            QVERIFY2(accepted.contains(number), qPrintable(number + QStringLiteral(" lost")));
        }
        QVERIFY(accepted.size() <= acknowledged.size() + round + 1);
        // Each accepted case has its audit entry; a case killed half-way stays open, whole.
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'case.accept'"),
                 static_cast<qint64>(accepted.size()));
        QCOMPARE(db.queryInt("SELECT count(*) FROM service_case c WHERE NOT EXISTS (SELECT 1 "
                             "FROM case_item i WHERE i.case_id = c.id)"),
                 0);
    }
    qInfo("cases: %lld accepted and acknowledged across %d kills",
          static_cast<long long>(acknowledged.size()), m_rounds);
}

void TestCrashTrials::sync()
{
    PgTestCluster cluster;
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QVERIFY2(cluster.createDatabase(QStringLiteral("hq"), &error), qPrintable(error));
    const QString pg = cluster.conninfo(QStringLiteral("hq"));
    const QString dir = newBranch();
    QTemporaryDir hqDir;
    {
        auto branch = Branch::open(dir, TestSupport::passphrase());
        const Ed25519::KeyPair key = BranchKey::ensure(*branch, QStringLiteral("test"));
        const HqTest::Run r =
            HqTest::run({QStringLiteral("branch"), QStringLiteral("add"), DemoData::branchCode(),
                         QStringLiteral("--public-key"), BranchKey::publicKeyBase64(key),
                         QStringLiteral("--pg"), pg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HqTest::Process hq;
    QVERIFY(
        hq.start({QStringLiteral("serve"), QStringLiteral("--pg"), pg, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--key"),
                  HqTest::keyFile(hqDir.path(), HeadOfficeKey::demo().privateSeed),
                  QStringLiteral("--state-dir"), hqDir.filePath(QStringLiteral("state"))}));
    {
        auto branch = Branch::open(dir, TestSupport::passphrase());
        BranchStore store(branch->database());
        store.setSetting(QLatin1String(SyncClient::UrlSetting),
                         QStringLiteral("https://127.0.0.1:%1").arg(port));
        store.setSetting(QLatin1String(SyncClient::PinSetting), hq.fingerprint);
    }
    auto atHeadOffice = [&](qint64 upTo) {
        return cluster
            .psql(QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT seq) FROM events "
                                 "WHERE branch_code = '%1' AND seq <= %2")
                      .arg(DemoData::branchCode())
                      .arg(upTo),
                  QStringLiteral("hq"))
            .trimmed();
    };
    int midSync = 0;
    for (int round = 0; round < m_rounds; ++round) {
        {
            // New work since the last sync: 300 tickets, 300 events.
            auto branch = Branch::open(dir, TestSupport::passphrase());
            TicketQueue queue(*branch);
            for (int i = 0; i < 300; ++i) {
                TicketQueue::IssueRequest request;
                request.serviceCode = QStringLiteral("INS-BQ-CONTACT");
                QVERIFY(queue.issue(request, QStringLiteral("kiosk")).ok());
            }
        }
        bool running = false;
        runAndKill(
            QStringLiteral(COUNTERDESK_CLI_PATH),
            {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--data-dir"), dir},
            false, 1200, &running);
        auto branch = Branch::open(dir, TestSupport::passphrase());
        verifyIntact(*branch);
        OutboxStore outbox(branch->database());
        const qint64 acked = outbox.acknowledged();
        if (running && acked < outbox.count()) {
            ++midSync;
        }
        // Whatever the branch counts as acknowledged is at head office, once each.
        QCOMPARE(atHeadOffice(acked), QStringLiteral("%1 %1").arg(acked));
    }
    // The next sync completes it: everything at head office exactly once.
    const TestSupport::Run done = TestSupport::cli(
        {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--data-dir"), dir},
        TestSupport::passphrase());
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    auto branch = Branch::open(dir, TestSupport::passphrase());
    const qint64 events = OutboxStore(branch->database()).count();
    QCOMPARE(OutboxStore(branch->database()).pendingCount(), qint64(0));
    QCOMPARE(atHeadOffice(events), QStringLiteral("%1 %1").arg(events));
    qInfo("sync: %d kills, %d of them in the middle of sending; %lld events at head office",
          m_rounds, midSync, static_cast<long long>(events));
}

QTEST_GUILESS_MAIN(TestCrashTrials)
#include "tst_crash_trials.moc"
