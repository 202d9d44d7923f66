// The nightly sync end to end: a real branch file, the real counterdesk-hq over pinned TLS, a
// real PostgreSQL. After each fault — the connection cut mid-batch, head office restarted
// mid-sync, the branch killed mid-sync, a duplicate delivery, a replayed old batch, a forged
// signature, a clock days off — one more sync leaves head office with exactly the branch's
// events, each once. Head office's catalogue and calendar are applied; a badly signed one is
// refused and the one in force stays.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "crypto/signeddocument.h"
#include "database.h"
#include "hall/hallclient.h"
#include "hqtestsupport.h"
#include "outboxstore.h"
#include "pgtestcluster.h"
#include "queue/ticketqueue.h"
#include "sync/branchkey.h"
#include "sync/requestsignature.h"
#include "sync/syncclient.h"
#include "sync/syncscheduler.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace
{
// Forwards one connection at a time to head office and cuts both sides once `limit` bytes have
// gone from the branch towards head office: a network that fails mid-batch.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 target, qint64 limit)
        : m_target(target)
        , m_limit(limit)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, client, [this, client, upstream] {
                    const QByteArray bytes = client->readAll();
                    m_forwarded += bytes.size();
                    if (m_forwarded > m_limit) {
                        ++cuts;
                        client->abort();
                        upstream->abort();
                        return;
                    }
                    upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
                    client->write(upstream->readAll());
                });
                connect(upstream, &QTcpSocket::disconnected, client,
                        &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int cuts = 0;

private:
    QTcpServer m_server;
    quint16 m_target;
    qint64 m_limit;
    qint64 m_forwarded = 0;
};
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cutConnectionThenCatalogueAndCalendar();
    void headOfficeRestartedMidSync();
    void branchKilledMidSync();
    void duplicateAndReplayedBatches();
    void forgedSignatureIsRefused();
    void clockDaysOff();
    void badlySignedCalendarIsRefused();
    void nightlySchedule();

private:
    void startHq();
    void addTickets(int n);
    SyncClient::Summary sync(const QString &url = {}, int batch = 500,
                             const std::function<void(SyncClient &)> &during = {});
    // Head office holds exactly the branch's events: as many, numbered 1..n, each once.
    void verifyExact();
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    QTemporaryDir m_dir;
    PgTestCluster m_cluster;
    QString m_pg;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<HqTest::Process> m_hq;
    QString m_key;
    quint16 m_port = 0;
    QString m_fingerprint;
};

void TestSync::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("hq"), &error), qPrintable(error));
    m_pg = m_cluster.conninfo(QStringLiteral("hq"));

    const QString branchDir = m_dir.filePath(QStringLiteral("branch"));
    QDir().mkpath(branchDir);
    m_branch =
        Branch::create(branchDir, TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    const Ed25519::KeyPair key = BranchKey::ensure(*m_branch, QStringLiteral("test"));

    // Head office: the demo head office's key (the demo branch pins it), this branch registered,
    // a newer catalogue and a calendar published.
    m_key = HqTest::keyFile(m_dir.path(), HeadOfficeKey::demo().privateSeed);
    HqTest::Run r = HqTest::run({QStringLiteral("branch"), QStringLiteral("add"),
                                 DemoData::branchCode(), QStringLiteral("--public-key"),
                                 BranchKey::publicKeyBase64(key), QStringLiteral("--pg"), m_pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile catalogue(QStringLiteral(":/demo/catalogue.json"));
    QVERIFY(catalogue.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(catalogue.readAll()).object();
    const int inForce = CatalogueUpdate::current(*m_branch)->version();
    doc.insert(QStringLiteral("version"), inForce + 1);
    const QString cataloguePath = m_dir.filePath(QStringLiteral("catalogue.json"));
    QFile out(cataloguePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    r = HqTest::run({QStringLiteral("publish"), QStringLiteral("catalogue"), cataloguePath,
                     QStringLiteral("--key"), m_key, QStringLiteral("--pg"), m_pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile calendar(QStringLiteral(":/calendar/cn-mainland.tsv"));
    QVERIFY(calendar.open(QIODevice::ReadOnly));
    const QString calendarPath = m_dir.filePath(QStringLiteral("calendar.tsv"));
    QFile calOut(calendarPath);
    QVERIFY(calOut.open(QIODevice::WriteOnly));
    calOut.write(calendar.readAll());
    calOut.close();
    r = HqTest::run({QStringLiteral("publish"), QStringLiteral("calendar"), calendarPath,
                     QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--key"),
                     m_key, QStringLiteral("--pg"), m_pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QTcpServer probe; // a port of our own, so that a restarted head office has the same one
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    startHq();
    addTickets(400);
}

void TestSync::cleanupTestCase()
{
    Clock::setTestNow({});
    m_hq.reset();
}

void TestSync::startHq()
{
    m_hq = std::make_unique<HqTest::Process>();
    QVERIFY(m_hq->start({QStringLiteral("serve"), QStringLiteral("--pg"), m_pg,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                         QStringLiteral("--key"), m_key, QStringLiteral("--state-dir"),
                         m_dir.filePath(QStringLiteral("hq-state"))}));
    QVERIFY(m_fingerprint.isEmpty() || m_fingerprint == m_hq->fingerprint);
    m_fingerprint = m_hq->fingerprint;
}

void TestSync::addTickets(int n)
{
    TicketQueue queue(*m_branch);
    for (int i = 0; i < n; ++i) {
        TicketQueue::IssueRequest request;
        request.serviceCode = QStringLiteral("INS-BQ-CONTACT");
        QVERIFY(queue.issue(request, QStringLiteral("kiosk")).ok());
    }
}

SyncClient::Summary TestSync::sync(const QString &address, int batch,
                                   const std::function<void(SyncClient &)> &during)
{
    SyncClient client(*m_branch, QUrl(address.isEmpty() ? url() : address), m_fingerprint);
    client.setBatchLimits(batch, 3 * 1024 * 1024);
    client.setRequestTimeout(10000);
    QSignalSpy finished(&client, &SyncClient::finished);
    if (during) {
        during(client);
    }
    client.start();
    if (finished.isEmpty()) {
        finished.wait(120000);
    }
    return finished.isEmpty() ? SyncClient::Summary{}
                              : finished.at(0).at(0).value<SyncClient::Summary>();
}

void TestSync::verifyExact()
{
    const qint64 events = OutboxStore(m_branch->database()).count();
    const QString atHq = m_cluster.psql(
        QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT seq) || ' ' || "
                       "coalesce(min(seq), 0) || ' ' || coalesce(max(seq), 0) FROM events WHERE "
                       "branch_code = '%1'")
            .arg(DemoData::branchCode()),
        QStringLiteral("hq"));
    QCOMPARE(atHq.trimmed(), QStringLiteral("%1 %1 1 %1").arg(events));
    QCOMPARE(OutboxStore(m_branch->database()).pendingCount(), qint64(0));
    // The same payloads, byte for byte, for a sample of events.
    const QList<OutboxRow> rows = OutboxStore(m_branch->database()).after(events - 3, 3, 1 << 20);
    for (const OutboxRow &row : rows) {
        const QString stored = m_cluster.psql(
            QStringLiteral("SELECT kind || ' ' || audit_seq FROM events WHERE branch_code = "
                           "'%1' AND seq = %2")
                .arg(DemoData::branchCode())
                .arg(row.seq),
            QStringLiteral("hq"));
        QCOMPARE(stored.trimmed(), row.kind + QLatin1Char(' ') + QString::number(row.auditSeq));
    }
}

void TestSync::cutConnectionThenCatalogueAndCalendar()
{
    const qint64 total = OutboxStore(m_branch->database()).count();
    QVERIFY(total > 400);
    // The network fails after about 40 KB: a few batches get through, one is cut.
    CuttingProxy proxy(m_port, 40 * 1024);
    const SyncClient::Summary cut =
        sync(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()), 50);
    QVERIFY(!cut.ok);
    QVERIFY(proxy.cuts >= 1); // Qt resends once on a closed keep-alive connection
    QVERIFY2(cut.error.contains(QStringLiteral("cannot be reached"))
                 || cut.error.contains(QStringLiteral("无法连接")),
             qPrintable(cut.error));
    QVERIFY(cut.acknowledged > 0 && cut.acknowledged < total);
    QCOMPARE(OutboxStore(m_branch->database()).acknowledged(), cut.acknowledged);
    // Nothing acknowledged locally that head office does not hold.
    QVERIFY(OutboxStore(m_branch->database()).pendingCount() == total - cut.acknowledged);

    const int calendarBefore = CalendarUpdate::version(*m_branch);
    const int catalogueBefore = CatalogueUpdate::current(*m_branch)->version();
    const SyncClient::Summary s = sync();
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY(s.duplicates >= 0);
    verifyExact();
    QCOMPARE(calendarBefore, 0);
    QCOMPARE(CalendarUpdate::version(*m_branch), 1);
    QCOMPARE(CatalogueUpdate::current(*m_branch)->version(), catalogueBefore + 1);
    QVERIFY(!s.catalogue.isEmpty() && !s.calendar.isEmpty());
    // Deadlines now count on head office's calendar (the same file, so the same answer).
    QCOMPARE(CalendarUpdate::inForce(*m_branch).addWorkingDays(QDate(2026, 9, 30), 1).date,
             QDate(2026, 10, 8)); // 1-7 October are National Day
}

void TestSync::headOfficeRestartedMidSync()
{
    addTickets(300);
    bool killed = false;
    const SyncClient::Summary broken = sync({}, 20, [&](SyncClient &client) {
        connect(&client, &SyncClient::progress, this, [&](qint64 done, qint64) {
            if (done > 0 && !killed) {
                killed = true;
                m_hq->kill(); // mid-sync, between two batches or during one
            }
        });
    });
    QVERIFY(killed);
    QVERIFY(!broken.ok);
    startHq();
    const SyncClient::Summary s = sync();
    QVERIFY2(s.ok, qPrintable(s.error));
    verifyExact();
}

void TestSync::branchKilledMidSync()
{
    addTickets(600);
    const qint64 before = OutboxStore(m_branch->database()).acknowledged();
    BranchStore(m_branch->database()).setSetting(QLatin1String(SyncClient::UrlSetting), url());
    BranchStore(m_branch->database())
        .setSetting(QLatin1String(SyncClient::PinSetting), m_fingerprint);
    const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
    QFile pf(passphraseFile);
    QVERIFY(pf.open(QIODevice::WriteOnly));
    pf.write(TestSupport::passphrase() + '\n');
    pf.close();
    QProcess cli;
    cli.start(QStringLiteral(COUNTERDESK_CLI_PATH),
              {QStringLiteral("sync"), QStringLiteral("--data-dir"),
               m_dir.filePath(QStringLiteral("branch")), QStringLiteral("--passphrase-file"),
               passphraseFile});
    QVERIFY(cli.waitForStarted());
    // Killed as soon as head office has some of the new events.
    auto atHq = [&] {
        return m_cluster
            .psql(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events"), QStringLiteral("hq"))
            .trimmed()
            .toLongLong();
    };
    for (int i = 0; i < 600 && cli.state() != QProcess::NotRunning && atHq() <= before; ++i) {
        QTest::qWait(10);
    }
    cli.kill();
    cli.waitForFinished();
    qInfo("branch killed with head office at %lld (was %lld)", atHq(), before);
    const SyncClient::Summary s = sync();
    QVERIFY2(s.ok, qPrintable(s.error));
    verifyExact();
}

void TestSync::duplicateAndReplayedBatches()
{
    // A batch of events head office already has, sent again — now, and with yesterday's
    // signature time (a captured request replayed).
    const Ed25519::KeyPair key = BranchKey::ensure(*m_branch, QStringLiteral("test"));
    QJsonArray events;
    for (const OutboxRow &row : OutboxStore(m_branch->database()).after(0, 50, 1 << 22)) {
        events.append(QJsonObject{{QStringLiteral("seq"), row.seq},
                                  {QStringLiteral("createdUtc"), row.createdUtc},
                                  {QStringLiteral("kind"), row.kind},
                                  {QStringLiteral("auditSeq"), row.auditSeq},
                                  {QStringLiteral("payload"), row.payload}});
    }
    const QJsonObject body{{QStringLiteral("branch"), DemoData::branchCode()},
                           {QStringLiteral("events"), events}};
    for (const QDateTime &at :
         {QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addDays(-1)}) {
        HallClient client(QUrl(url()), m_fingerprint, {});
        client.setSigner([&](const QByteArray &verb, const QString &path, const QByteArray &b) {
            return RequestSignature::headers(key.privateSeed, verb, path.toUtf8(),
                                             DemoData::branchCode(), at, b);
        });
        QList<HallClient::Reply> replies;
        client.post(QStringLiteral("/api/v1/batches"), body, [&](const HallClient::Reply &r) {
            replies << r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 15000);
        QCOMPARE(replies.at(0).status, 200);
        QCOMPARE(replies.at(0).json.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(replies.at(0).json.value(QStringLiteral("duplicates")).toInt(), 50);
    }
    verifyExact();
}

void TestSync::forgedSignatureIsRefused()
{
    addTickets(20);
    BranchStore store(m_branch->database());
    const QString real = *store.setting(QLatin1String(BranchKey::SeedSetting));
    store.setSetting(QLatin1String(BranchKey::SeedSetting),
                     QString::fromLatin1(Ed25519::generate().privateSeed.toHex()));
    const QString before =
        m_cluster.psql(QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("hq"));
    const SyncClient::Summary refused = sync();
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("sync key")), qPrintable(refused.error));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("hq")),
             before);
    store.setSetting(QLatin1String(BranchKey::SeedSetting), real);
    const SyncClient::Summary s = sync();
    QVERIFY2(s.ok, qPrintable(s.error));
    verifyExact();
}

void TestSync::clockDaysOff()
{
    // The branch's clock three days ahead: its requests carry that time; head office logs the
    // skew and stores the events all the same.
    Clock::setTestNow(QDateTime::currentDateTimeUtc().addDays(3));
    addTickets(30);
    const SyncClient::Summary s = sync();
    Clock::setTestNow({});
    QVERIFY2(s.ok, qPrintable(s.error));
    verifyExact();
}

void TestSync::badlySignedCalendarIsRefused()
{
    // Version 2 of the calendar, signed by a key the branch does not pin.
    const QString otherKey = HqTest::keyFile(m_dir.filePath(QStringLiteral("hq-state")),
                                             Ed25519::generate().privateSeed);
    const HqTest::Run r = HqTest::run(
        {QStringLiteral("publish"), QStringLiteral("calendar"),
         m_dir.filePath(QStringLiteral("calendar.tsv")), QStringLiteral("--version"),
         QStringLiteral("2"), QStringLiteral("--key"), otherKey, QStringLiteral("--pg"), m_pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    addTickets(5);
    const SyncClient::Summary s = sync();
    QVERIFY2(s.ok, qPrintable(s.error)); // the events went; the calendar did not
    QVERIFY2(s.calendar.contains(QStringLiteral("refused"))
                 || s.calendar.contains(QStringLiteral("拒绝")),
             qPrintable(s.calendar));
    QCOMPARE(CalendarUpdate::version(*m_branch), 1);
    verifyExact();
}

void TestSync::nightlySchedule()
{
    const QTimeZone beijing("Asia/Shanghai");
    const QTime at(21, 30);
    auto local = [&](int d, int h, int m) {
        return QDateTime(QDate(2026, 11, d), QTime(h, m), beijing).toUTC();
    };
    // Before tonight's time: the last was yesterday's, the next is tonight's.
    QCOMPARE(SyncScheduler::lastScheduled(local(23, 20, 0), at, beijing), local(22, 21, 30));
    QCOMPARE(SyncScheduler::nextScheduled(local(23, 20, 0), at, beijing), local(23, 21, 30));
    // After it: tonight's was the last, tomorrow's is next.
    QCOMPARE(SyncScheduler::lastScheduled(local(23, 22, 0), at, beijing), local(23, 21, 30));
    QCOMPARE(SyncScheduler::nextScheduled(local(23, 22, 0), at, beijing), local(24, 21, 30));
    // Retries after failures: 1, 2, 4, 8, 16, then every 30 minutes.
    QList<int> minutes;
    for (int i = 0; i < 7; ++i) {
        minutes << SyncScheduler::retryDelayMs(i) / 60000;
    }
    QCOMPARE(minutes, (QList<int>{1, 2, 4, 8, 16, 30, 30}));

    // A host started after a missed night catches up at once; then plans tonight's run.
    BranchStore store(m_branch->database());
    store.setSetting(QLatin1String(SyncClient::UrlSetting), url());
    store.setSetting(QLatin1String(SyncClient::PinSetting), m_fingerprint);
    store.setSetting(QLatin1String(SyncClient::LastOkSetting),
                     Clock::isoUtc(QDateTime::currentDateTimeUtc().addDays(-2)));
    addTickets(3);
    SyncScheduler scheduler(*m_branch);
    QSignalSpy finished(&scheduler, &SyncScheduler::finished);
    scheduler.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(0).value<SyncClient::Summary>().ok);
    verifyExact();
    QVERIFY(scheduler.nextRunUtc() > QDateTime::currentDateTimeUtc());
    QVERIFY(scheduler.nextRunUtc() <= QDateTime::currentDateTimeUtc().addDays(1));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
