// The hall host over real loopback TLS: its certificate and pairing, the refusals (401, 403,
// 400, 405, 408, 411, 413, 415, 431) and the whole API round trip of a ticket, with what the
// branch database holds afterwards.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "database.h"
#include "hall/devicedirectory.h"
#include "hall/hallhost.h"
#include "hall/hostcertificate.h"
#include "halltestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using HallTest::Connection;
using HallTest::Response;

namespace
{
const QString Contact = QStringLiteral("INS-BQ-CONTACT");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "counterdesk.hall") {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    g_previous(type, context, message);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestHallApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void certificate();
    void pairingKeepsOnlyAHash();
    void unauthorized_data();
    void unauthorized();
    void revokedDeviceIsRefused();
    void wrongRole();
    void badRequests_data();
    void badRequests();
    void bodyTooLargeIsRefusedEarly();
    void headerTooLarge();
    void chunkedBodyRefused();
    void slowRequestTimesOut();
    void idleConnectionIsClosed();
    void roundTrip();
    void customerStatusUnknown();

private:
    Connection connection();

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<HallHost> m_host;
    QByteArray m_counter;
    QByteArray m_kiosk;
    QByteArray m_display;
    qint64 m_counterId = 0;
};

void TestHallApi::initTestCase()
{
    g_previous = qInstallMessageHandler(capture);
    m_branch =
        Branch::create(m_dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    DeviceDirectory devices(*m_branch);
    const auto counter =
        devices.add(Device::Role::Counter, QStringLiteral("Window 1"), QStringLiteral("admin"));
    QVERIFY(counter.ok());
    m_counter = counter.token;
    m_counterId = counter.device.id;
    m_kiosk =
        devices.add(Device::Role::Kiosk, QStringLiteral("Kiosk"), QStringLiteral("admin")).token;
    m_display =
        devices.add(Device::Role::Display, QStringLiteral("Display"), QStringLiteral("admin"))
            .token;
    QCOMPARE(m_counter.size(), 43);

    HallHost::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.requestTimeoutMs = 1500;
    options.idleTimeoutMs = 4000;
    m_host = std::make_unique<HallHost>(*m_branch, options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
    QVERIFY(m_host->port() != 0);
}

void TestHallApi::cleanupTestCase()
{
    m_host.reset();
    qInstallMessageHandler(g_previous);
}

Connection TestHallApi::connection()
{
    return Connection(m_host->port(), m_host->fingerprint());
}

void TestHallApi::certificate()
{
    Connection c = connection();
    QVERIFY(c.open());
    const QSslCertificate peer = c.socket()->peerCertificate();
    QCOMPARE(HostCertificate::fingerprintOf(peer), m_host->fingerprint());
    QVERIFY(m_host->fingerprint().startsWith(QLatin1String("SHA256:")));
    QCOMPARE(m_host->fingerprint().size(), 7 + 32 * 3 - 1);
    QCOMPARE(peer.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(peer.publicKey().length(), 256);
    const auto names = peer.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(peer.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));

    // The same certificate after a restart: it lives in the branch.
    const HostCertificate again = HostCertificate::load(*m_branch);
    QCOMPARE(again.fingerprint, m_host->fingerprint());
    QVERIFY(!again.privateKey.isNull());
    // ...and its private key nowhere in plain text: only the encrypted database is on disk.
    m_branch->database().checkpoint();
    const QByteArray keyPem = again.privateKey.toPem();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("PRIVATE KEY"), qPrintable(name));
        QVERIFY2(!bytes.contains(keyPem.mid(40, 40)), qPrintable(name));
        QVERIFY2(name.startsWith(QLatin1String("branch.db")), qPrintable(name));
    }
    // A device that pins another fingerprint refuses this host.
    Connection wrong(m_host->port(), QStringLiteral("SHA256:")
                                         + QString(QStringLiteral("00:")).repeated(31)
                                         + QStringLiteral("00"));
    QVERIFY(!wrong.open(5000));
    QCOMPARE(m_branch->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'hall.certificate'"),
             1);
}

void TestHallApi::pairingKeepsOnlyAHash()
{
    Database &db = m_branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM device"), 3);
    const QString file = m_dir.filePath(QStringLiteral("branch.db"));
    const QString hash = TestSupport::rawSql(
        file, TestSupport::passphrase(),
        QStringLiteral("SELECT token_hash FROM device WHERE name = 'Window 1'"));
    QCOMPARE(hash, DeviceDirectory::hashToken(m_counter));
    QVERIFY(!hash.contains(QString::fromLatin1(m_counter)));
    const QString tokenAnywhere = TestSupport::rawSql(
        file, TestSupport::passphrase(),
        QStringLiteral("SELECT count(*) FROM device WHERE token_hash = '%1' OR name = '%1'")
            .arg(QString::fromLatin1(m_counter)));
    QCOMPARE(tokenAnywhere, QStringLiteral("0"));
    QCOMPARE(TestSupport::rawSql(file, TestSupport::passphrase(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'device.pair' AND instr(payload, '%1') = 0")
                                     .arg(QString::fromLatin1(m_counter))),
             QStringLiteral("3"));

    // Through the CLI, as an administrator does it: token and fingerprint, then the list.
    m_branch->database().checkpoint();
    const TestSupport::Run add = TestSupport::cli(
        {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--data-dir"),
         m_dir.path(), QStringLiteral("--role"), QStringLiteral("display"),
         QStringLiteral("--name"), QStringLiteral("Hall screen")},
        TestSupport::passphrase());
    QCOMPARE(add.exitCode, 0);
    const QStringList lines = add.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0).size(), 43);
    QCOMPARE(lines.value(1), m_host->fingerprint());
    Connection c = connection();
    QVERIFY(c.open());
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/queue"), lines.value(0).toLatin1()).status,
             200);
    const TestSupport::Run list =
        TestSupport::cli({QStringLiteral("device"), QStringLiteral("list"),
                          QStringLiteral("--data-dir"), m_dir.path()},
                         TestSupport::passphrase());
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("display\tpaired")));
    QVERIFY(list.out.contains(QLatin1String("Hall screen")));
    QVERIFY(!list.out.contains(lines.value(0)));
    const TestSupport::Run bad =
        TestSupport::cli({QStringLiteral("device"), QStringLiteral("add"),
                          QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--role"),
                          QStringLiteral("printer"), QStringLiteral("--name"), QStringLiteral("x")},
                         TestSupport::passphrase());
    QCOMPARE(bad.exitCode, 1);
}

void TestHallApi::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("no token") << QByteArray("GET") << QStringLiteral("/api/v1/queue")
                              << QByteArray();
    QTest::newRow("unknown token") << QByteArray("GET") << QStringLiteral("/api/v1/queue")
                                   << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("garbage") << QByteArray("POST") << QStringLiteral("/api/v1/windows/1/call-next")
                             << QByteArray("x");
    QTest::newRow("issue") << QByteArray("POST") << QStringLiteral("/api/v1/tickets")
                           << QByteArray();
}

void TestHallApi::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const qint64 audit = m_branch->database().queryInt("SELECT count(*) FROM audit_log");
    Connection c = connection();
    QVERIFY(c.open());
    const Response r =
        c.request(method, path, token, method == "POST" ? QByteArray("{}") : QByteArray());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
    // Nothing done; the refusal itself is audited, by path, never with the token.
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM audit_log"), audit + 1);
    Statement q = m_branch->database().prepare(
        "SELECT subject, payload FROM audit_log ORDER BY seq DESC LIMIT 1");
    QVERIFY(q.step());
    QCOMPARE(q.text(0), QStringLiteral("peer:127.0.0.1"));
    const QString payload = q.text(1);
    QVERIFY2(payload.contains(path) && payload.contains(QLatin1String("401")), qPrintable(payload));
    if (token.size() > 4) {
        QVERIFY(!payload.contains(QString::fromLatin1(token)));
    }
    QMutexLocker lock(&g_logMutex);
    QCOMPARE(g_log.size(), 1);
    QVERIFY2(g_log.first().startsWith(QLatin1String("401 ")), qPrintable(g_log.first()));
    QVERIFY(g_log.first().contains(path));
    QVERIFY(g_log.first().contains(QLatin1String("127.0.0.1")));
    if (token.size() > 4) {
        QVERIFY(!g_log.first().contains(QString::fromLatin1(token))); // never a token
    }
}

void TestHallApi::revokedDeviceIsRefused()
{
    DeviceDirectory devices(*m_branch);
    const auto paired =
        devices.add(Device::Role::Counter, QStringLiteral("Old PC"), QStringLiteral("admin"));
    Connection c = connection();
    QVERIFY(c.open());
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/ping"), paired.token).status, 200);
    QCOMPARE(devices.revoke(paired.device.id, QStringLiteral("admin")), QString());
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/ping"), paired.token).status, 401);
    QVERIFY(!devices.revoke(paired.device.id, QStringLiteral("admin")).isEmpty());
    QCOMPARE(m_branch->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'device.revoke'"),
             1);
}

void TestHallApi::wrongRole()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    Connection c = connection();
    QVERIFY(c.open());
    Response r = c.request("POST", QStringLiteral("/api/v1/windows/1/call-next"), m_kiosk);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    r = c.request("POST", QStringLiteral("/api/v1/tickets"), m_display,
                  json({{QStringLiteral("service"), Contact}}));
    QCOMPARE(r.status, 403);
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/queue"), m_display).status, 200);
    const Response ping = c.request("GET", QStringLiteral("/api/v1/ping"), m_display);
    QCOMPARE(ping.json.value(QStringLiteral("device"))
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("display"));
    QMutexLocker lock(&g_logMutex);
    QCOMPARE(g_log.size(), 2);
    QVERIFY(g_log.at(0).startsWith(QLatin1String("403 POST /api/v1/windows/1/call-next")));
    QVERIFY(g_log.at(1).contains(QLatin1String("is a display")));
}

void TestHallApi::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray js = "application/json";
    const QString tickets = QStringLiteral("/api/v1/tickets");
    QTest::newRow("not json") << QByteArray("POST") << tickets << QByteArray("{\"service\":") << js
                              << 400 << "bad-json";
    QTest::newRow("array") << QByteArray("POST") << tickets << QByteArray("[1,2]") << js << 400
                           << "bad-json";
    QTest::newRow("no body") << QByteArray("POST") << tickets << QByteArray() << js << 400
                             << "bad-request";
    QTest::newRow("missing service")
        << QByteArray("POST") << tickets << QByteArray("{\"group\":\"elderly\"}") << js << 400
        << "bad-request";
    QTest::newRow("service not text")
        << QByteArray("POST") << tickets << QByteArray("{\"service\":12}") << js << 400
        << "bad-request";
    QTest::newRow("unknown member")
        << QByteArray("POST") << tickets << QByteArray("{\"service\":\"A\",\"name\":\"Li\"}") << js
        << 400 << "bad-request";
    QTest::newRow("unknown group")
        << QByteArray("POST") << tickets
        << QByteArray("{\"service\":\"INS-BQ-CONTACT\",\"group\":\"vip\"}") << js << 400
        << "bad-request";
    QTest::newRow("text/plain") << QByteArray("POST") << tickets
                                << QByteArray("{\"service\":\"INS-BQ-CONTACT\"}")
                                << QByteArray("text/plain") << 415 << "unsupported-media-type";
    QTest::newRow("GET tickets") << QByteArray("GET") << tickets << QByteArray() << js << 405
                                 << "method-not-allowed";
    QTest::newRow("DELETE queue") << QByteArray("DELETE") << QStringLiteral("/api/v1/queue")
                                  << QByteArray() << js << 405 << "method-not-allowed";
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v2/queue")
                                  << QByteArray() << js << 404 << "not-found";
    QTest::newRow("unknown action")
        << QByteArray("POST") << QStringLiteral("/api/v1/windows/1/explode") << QByteArray() << js
        << 404 << "not-found";
    QTest::newRow("window not a number")
        << QByteArray("POST") << QStringLiteral("/api/v1/windows/abc/call-next") << QByteArray()
        << js << 400 << "bad-request";
    QTest::newRow("window 0") << QByteArray("POST") << QStringLiteral("/api/v1/windows/0/finish")
                              << QByteArray() << js << 400 << "bad-request";
    QTest::newRow("call without number")
        << QByteArray("POST") << QStringLiteral("/api/v1/windows/1/call") << QByteArray("{}") << js
        << 400 << "bad-request";
    QTest::newRow("transfer to window x")
        << QByteArray("POST") << QStringLiteral("/api/v1/windows/1/transfer")
        << QByteArray("{\"window\":\"x\"}") << js << 400 << "bad-request";
    QTest::newRow("finish with body")
        << QByteArray("POST") << QStringLiteral("/api/v1/windows/1/finish")
        << QByteArray("{\"force\":true}") << js << 400 << "bad-request";
}

void TestHallApi::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 audit = m_branch->database().queryInt("SELECT count(*) FROM audit_log");
    Connection c = connection();
    QVERIFY(c.open());
    const Response r = c.request(method, path, m_counter, body, {{"Content-Type", contentType}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    if (status == 405) {
        QVERIFY(!r.header("allow").isEmpty());
    }
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM audit_log"), audit);
    // The connection stays usable after a refusal of the request's content.
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/ping"), m_counter).status, 200);
}

void TestHallApi::bodyTooLargeIsRefusedEarly()
{
    Connection c = connection();
    QVERIFY(c.open());
    const QByteArray big = "{\"service\":\"" + QByteArray(20000, 'A') + "\"}";
    Response r = c.request("POST", QStringLiteral("/api/v1/tickets"), m_kiosk, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("payload-too-large"));
    QVERIFY(r.closed);

    // Announced but never sent: the answer comes from the header alone, at once.
    Connection c2 = connection();
    QVERIFY(c2.open());
    r = c2.raw("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_kiosk
                   + "\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n",
               5000);
    QCOMPARE(r.status, 413);
    qInfo("413 for a 50 MB announcement in %.1f ms", r.ms);
    QVERIFY(r.ms < 4000);

    // Within the limit and with Expect: 100-continue, the host says "go on" itself.
    Connection c3 = connection();
    QVERIFY(c3.open());
    const QByteArray body = json({{QStringLiteral("service"), QStringLiteral("NOPE")}});
    c3.write("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_kiosk
             + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
             + QByteArray::number(body.size()) + "\r\n\r\n");
    QTest::qWait(100);
    const QByteArray early = c3.socket()->peek(64);
    QVERIFY2(early.startsWith("HTTP/1.1 100 Continue"), early.constData());
    c3.write(body);
    r = c3.read(5000);
    QCOMPARE(r.status, 409); // unknown service: refused by the queue, not the transport
}

void TestHallApi::headerTooLarge()
{
    Connection c = connection();
    QVERIFY(c.open());
    const Response r = c.raw("GET /api/v1/queue HTTP/1.1\r\nHost: x\r\nX-Padding: "
                             + QByteArray(9000, 'p') + "\r\n\r\n");
    QCOMPARE(r.status, 431);
    QVERIFY(r.closed);
}

void TestHallApi::chunkedBodyRefused()
{
    Connection c = connection();
    QVERIFY(c.open());
    const Response r =
        c.raw("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_kiosk
              + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\n{\"a\":\r\n");
    QCOMPARE(r.status, 411);
}

void TestHallApi::slowRequestTimesOut()
{
    Connection c = connection();
    QVERIFY(c.open());
    // A header that never ends (slowloris), and a body shorter than announced.
    QElapsedTimer slow;
    slow.start();
    c.write("GET /api/v1/queue HTTP/1.1\r\nHost: x\r\n");
    Response r = c.read(8000);
    QCOMPARE(r.status, 408);
    QVERIFY(r.closed);
    qInfo("408 after %lld ms (limit 1500 ms)", static_cast<long long>(slow.elapsed()));
    QVERIFY(slow.elapsed() >= 1400);

    Connection c2 = connection();
    QVERIFY(c2.open());
    QElapsedTimer timer;
    timer.start();
    c2.write("POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_kiosk
             + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"serv");
    r = c2.read(8000);
    QCOMPARE(r.status, 408);
    QVERIFY(timer.elapsed() >= 1400);
    // The host still serves everybody else.
    Connection c3 = connection();
    QVERIFY(c3.open());
    QCOMPARE(c3.request("GET", QStringLiteral("/api/v1/ping"), m_counter).status, 200);
}

void TestHallApi::idleConnectionIsClosed()
{
    Connection c = connection();
    QVERIFY(c.open());
    QCOMPARE(c.request("GET", QStringLiteral("/api/v1/ping"), m_counter).status, 200);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.socket()->state() == QAbstractSocket::UnconnectedState, 15000);
    qInfo("idle keep-alive connection closed after %lld ms (limit 4000 ms)",
          static_cast<long long>(timer.elapsed()));
    QVERIFY(timer.elapsed() >= 3500);
}

void TestHallApi::roundTrip()
{
    Connection kiosk = connection();
    Connection counter = connection();
    QVERIFY(kiosk.open());
    QVERIFY(counter.open());
    auto post = [&](Connection &c, const QByteArray &token, const QString &path,
                    const QJsonObject &body = {}) {
        return c.request("POST", path, token, body.isEmpty() ? QByteArray() : json(body));
    };

    // Two tickets from the kiosk, one from reception at a counter.
    Response a = post(kiosk, m_kiosk, QStringLiteral("/api/v1/tickets"),
                      {{QStringLiteral("service"), Contact}});
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json.value(QStringLiteral("number")).toString(), QStringLiteral("A001"));
    const QString tokenA = a.json.value(QStringLiteral("token")).toString();
    QCOMPARE(tokenA.size(), 22);
    QVERIFY(a.json.value(QStringLiteral("statusUrl"))
                .toString()
                .endsWith(QStringLiteral("/t/") + tokenA));
    QCOMPARE(a.json.value(QStringLiteral("peopleAhead")).toInt(), 0);
    QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(QString::fromLatin1(a.header("location")), QStringLiteral("/api/v1/t/") + tokenA);
    Response b = post(
        kiosk, m_kiosk, QStringLiteral("/api/v1/tickets"),
        {{QStringLiteral("service"), Contact}, {QStringLiteral("group"), QStringLiteral("none")}});
    QCOMPARE(b.status, 201);
    QCOMPARE(b.json.value(QStringLiteral("peopleAhead")).toInt(), 1);
    const QString tokenB = b.json.value(QStringLiteral("token")).toString();
    Response c = post(counter, m_counter, QStringLiteral("/api/v1/tickets"),
                      {{QStringLiteral("service"), Contact},
                       {QStringLiteral("group"), QStringLiteral("elderly")}});
    QCOMPARE(c.status, 201);
    QCOMPARE(c.json.value(QStringLiteral("group")).toString(), QStringLiteral("elderly"));
    QCOMPARE(post(kiosk, m_kiosk, QStringLiteral("/api/v1/tickets"),
                  {{QStringLiteral("service"), QStringLiteral("NOPE")}})
                 .status,
             409);

    // The customer's page, no pairing: the token is the key.
    Connection phone = connection();
    QVERIFY(phone.open());
    Response s = phone.request("GET", QStringLiteral("/api/v1/t/") + tokenB);
    QCOMPARE(s.status, 200);
    QCOMPARE(s.json.value(QStringLiteral("number")).toString(), QStringLiteral("A002"));
    QCOMPARE(s.json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QVERIFY(s.json.value(QStringLiteral("peopleAhead")).toInt() >= 1);
    QVERIFY(s.json.value(QStringLiteral("serviceName"))
                .toObject()
                .value(QStringLiteral("zh_CN"))
                .toString()
                .size()
            > 1);
    QVERIFY(!s.json.contains(QStringLiteral("token")));
    QVERIFY(!s.body.contains(tokenB.toLatin1()));
    QCOMPARE(s.header("referrer-policy"), QByteArray("no-referrer"));
    const Response page = phone.request("GET", QStringLiteral("/t/") + tokenB);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("<html"));
    QVERIFY(page.body.contains("/api/v1/t/"));

    // The queue, as any paired device sees it.
    Response q = counter.request("GET", QStringLiteral("/api/v1/queue"), m_display);
    QCOMPARE(q.status, 200);
    QCOMPARE(q.json.value(QStringLiteral("waiting")).toArray().size(), 3);
    QVERIFY(!q.body.contains(tokenA.toLatin1()));
    bool counted = false;
    for (const QJsonValue &v : q.json.value(QStringLiteral("services")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == Contact) {
            QCOMPARE(v.toObject().value(QStringLiteral("waiting")).toInt(), 3);
            counted = true;
        }
    }
    QVERIFY(counted);
    QCOMPARE(q.json.value(QStringLiteral("windows")).toArray().size(), 6);

    // Window 1 calls: the elderly customer first (priority group), then A001.
    const QString w1 = QStringLiteral("/api/v1/windows/1/");
    Response r = post(counter, m_counter, w1 + QStringLiteral("call-next"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("number")).toString(), QStringLiteral("A003"));
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("called"));
    QCOMPARE(r.json.value(QStringLiteral("window")).toInt(), 1);
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("call-next")).status,
             409); // still attending
    r = post(counter, m_counter, w1 + QStringLiteral("recall"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("calls")).toInt(), 2);
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("start"))
                 .json.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("serving"));
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("finish"))
                 .json.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("finish")).status,
             409); // nothing to finish

    r = post(counter, m_counter, w1 + QStringLiteral("call-next"));
    QCOMPARE(r.json.value(QStringLiteral("number")).toString(), QStringLiteral("A001"));
    s = phone.request("GET", QStringLiteral("/api/v1/t/") + tokenA);
    QCOMPARE(s.json.value(QStringLiteral("state")).toString(), QStringLiteral("called"));
    QCOMPARE(s.json.value(QStringLiteral("window")).toInt(), 1);
    // Parked to fill in a form, then called back by number.
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("park"))
                 .json.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("parked"));
    r = post(counter, m_counter, w1 + QStringLiteral("call"),
             {{QStringLiteral("number"), QStringLiteral("A001")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("called"));
    // Sent to window 2, which calls it next.
    r = post(counter, m_counter, w1 + QStringLiteral("transfer"), {{QStringLiteral("window"), 2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("targetWindow")).toInt(), 2);
    r = post(counter, m_counter, QStringLiteral("/api/v1/windows/2/call-next"));
    QCOMPARE(r.json.value(QStringLiteral("number")).toString(), QStringLiteral("A001"));
    QCOMPARE(post(counter, m_counter, QStringLiteral("/api/v1/windows/2/finish")).status, 200);

    // A002 does not come: recalled up to the limit, then a no-show.
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("call-next"))
                 .json.value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("A002"));
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("no-show")).status, 409); // recall first
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("recall")).status, 200);
    }
    QCOMPARE(post(counter, m_counter, w1 + QStringLiteral("recall")).status, 409);
    r = post(counter, m_counter, w1 + QStringLiteral("no-show"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("no_show"));
    // Nobody waits now.
    r = post(counter, m_counter, w1 + QStringLiteral("call-next"));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());

    // What the branch recorded: every change by the device that made it.
    Database &db = m_branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM ticket WHERE state = 'done'"), 2);
    QCOMPARE(db.queryInt("SELECT count(*) FROM ticket WHERE state = 'no_show'"), 1);
    Statement first =
        db.prepare("SELECT actor FROM audit_log WHERE action = 'ticket.call' ORDER BY seq LIMIT 1");
    QVERIFY(first.step());
    QCOMPARE(first.text(0), QStringLiteral("device:%1").arg(m_counterId));
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestHallApi::customerStatusUnknown()
{
    Connection phone = connection();
    QVERIFY(phone.open());
    Response r = phone.request("GET", QStringLiteral("/api/v1/t/AAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(r.status, 404);
    QVERIFY(
        r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("new number")));
    QCOMPARE(phone.request("GET", QStringLiteral("/api/v1/t/short")).status, 404);
    const Response page = phone.request("GET", QStringLiteral("/t/AAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(page.status, 404);
    QVERIFY(page.body.contains("<html")); // the page says so kindly, in the customer's language
}

QTEST_GUILESS_MAIN(TestHallApi)
#include "tst_hall_api.moc"
