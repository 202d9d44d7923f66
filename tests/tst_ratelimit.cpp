// Rate limits on the hall host: the token buckets themselves, then HallApi refusing an address
// that keeps failing to authenticate (429 with Retry-After, before any token or password is
// looked at), limiting customers' pages per address, never limiting the host's own loopback, and
// auditing every refusal without the token.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/ratelimiter.h"
#include "database.h"
#include "hall/devicedirectory.h"
#include "hall/hallapi.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bucketRefills();
    void bucketForgetsIdlestAddress();
    void failedTokensThrottleOneAddress();
    void failedSignInsThrottle();
    void loopbackIsNeverThrottled();
    void customerPagesAreLimited();
    void refusalsOfAnActDoNotThrottle();

private:
    HallRequest request(const QByteArray &method, const QString &path, const QString &peer,
                        const QByteArray &token = {}, const QByteArray &body = {});
    qint64 audited(const char *action, const QString &peer);

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    QByteArray m_counter;
    QByteArray m_kiosk;
};

void TestRateLimit::initTestCase()
{
    m_branch =
        Branch::create(m_dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    DeviceDirectory devices(*m_branch);
    m_counter =
        devices.add(Device::Role::Counter, QStringLiteral("Window 1"), QStringLiteral("admin"))
            .token;
    m_kiosk =
        devices.add(Device::Role::Kiosk, QStringLiteral("Kiosk"), QStringLiteral("admin")).token;
}

HallRequest TestRateLimit::request(const QByteArray &method, const QString &path,
                                   const QString &peer, const QByteArray &token,
                                   const QByteArray &body)
{
    HallRequest r;
    r.method = method;
    r.path = path;
    r.peer = peer;
    if (!token.isEmpty()) {
        r.authorization = "Bearer " + token;
    }
    if (!body.isEmpty()) {
        r.contentType = "application/json";
        r.body = body;
    }
    return r;
}

qint64 TestRateLimit::audited(const char *action, const QString &peer)
{
    Statement q = m_branch->database().prepare(
        "SELECT count(*) FROM audit_log WHERE action = ?1 AND subject = ?2");
    q.bind(1, QString::fromLatin1(action)).bind(2, QStringLiteral("peer:") + peer);
    q.step();
    return q.int64(0);
}

void TestRateLimit::bucketRefills()
{
    RateLimiter limiter(3, 1000);
    const QString a = QStringLiteral("10.0.0.1");
    QCOMPARE(limiter.take(a, 0), 0);
    QCOMPARE(limiter.take(a, 0), 0);
    QCOMPARE(limiter.take(a, 0), 0);
    QCOMPARE(limiter.take(a, 0), 1000); // empty: one more in a second
    QCOMPARE(limiter.waitFor(a, 400), 600);
    QCOMPARE(limiter.take(a, 1000), 0);
    QVERIFY(limiter.take(a, 1000) > 0);
    // Another address has its own bucket.
    QCOMPARE(limiter.take(QStringLiteral("10.0.0.2"), 1000), 0);
    // Refilled to the burst, never beyond.
    QCOMPARE(limiter.waitFor(a, 100'000), 0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.take(a, 100'000), 0);
    }
    QVERIFY(limiter.take(a, 100'000) > 0);
}

void TestRateLimit::bucketForgetsIdlestAddress()
{
    RateLimiter limiter(1, 60'000, 3);
    limiter.take(QStringLiteral("a"), 0);
    limiter.take(QStringLiteral("b"), 10);
    limiter.take(QStringLiteral("c"), 20);
    QCOMPARE(limiter.keys(), 3);
    limiter.take(QStringLiteral("d"), 30); // "a" was idle longest and goes
    QCOMPARE(limiter.keys(), 3);
    QCOMPARE(limiter.waitFor(QStringLiteral("a"), 30), 0);
    QVERIFY(limiter.waitFor(QStringLiteral("b"), 30) > 0);
}

void TestRateLimit::failedTokensThrottleOneAddress()
{
    HallApi api(*m_branch);
    const QString attacker = QStringLiteral("192.0.2.7");
    for (int i = 0; i < HallApi::FailureBurst; ++i) {
        const HallResponse r =
            api.handle(request("GET", QStringLiteral("/api/v1/queue"), attacker,
                               "guess" + QByteArray::number(i) + "AAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(r.status, 401);
    }
    QCOMPARE(audited("hall.request.refused", attacker), HallApi::FailureBurst);
    QCOMPARE(audited("hall.request.throttled", attacker), 1);
    // Now even the right token is refused from that address, until it has waited.
    const HallResponse r =
        api.handle(request("GET", QStringLiteral("/api/v1/queue"), attacker, m_counter));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode, QStringLiteral("too-many-requests"));
    bool hasRetry = false;
    for (const auto &h : r.headers) {
        if (h.first == "Retry-After") {
            hasRetry = true;
            QVERIFY(h.second.toInt() >= 1 && h.second.toInt() <= HallApi::FailureRefillMs / 1000);
        }
    }
    QVERIFY(hasRetry);
    QVERIFY(api.throttledFor(attacker) > 0);
    // The audit names no token.
    Statement q = m_branch->database().prepare(
        "SELECT group_concat(payload) FROM audit_log WHERE subject = 'peer:192.0.2.7'");
    q.step();
    QVERIFY(!q.text(0).contains(QLatin1String("guess")));
    QVERIFY(!q.text(0).contains(QString::fromLatin1(m_counter)));
    QVERIFY(m_branch->verifyAudit().ok);
    // Another counter in the hall goes on working.
    QCOMPARE(api.handle(request("GET", QStringLiteral("/api/v1/queue"), QStringLiteral("192.0.2.8"),
                                m_counter))
                 .status,
             200);
}

void TestRateLimit::failedSignInsThrottle()
{
    HallApi api(*m_branch);
    const QString peer = QStringLiteral("192.0.2.20");
    // Different logins, so no account reaches its own lock: the address is what is limited.
    for (int i = 0; i < HallApi::FailureBurst; ++i) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody%1").arg(i)},
                                      {QStringLiteral("password"), QStringLiteral("wrong")},
                                      {QStringLiteral("window"), 1}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(
            api.handle(request("POST", QStringLiteral("/api/v1/sessions"), peer, m_counter, body))
                .status,
            403);
    }
    const QByteArray good =
        QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("limin")},
                                  {QStringLiteral("password"), QStringLiteral("demo1234")},
                                  {QStringLiteral("window"), 1}})
            .toJson(QJsonDocument::Compact);
    QCOMPARE(api.handle(request("POST", QStringLiteral("/api/v1/sessions"), peer, m_counter, good))
                 .status,
             429);
    // Each failed sign-in is audited once (by the staff directory, with the login tried).
    QCOMPARE(audited("hall.request.refused", peer), 0);
    QCOMPARE(audited("hall.request.throttled", peer), 1);
    QCOMPARE(m_branch->database().queryInt(
                 "SELECT count(*) FROM audit_log WHERE action = 'staff.loginFailed' AND "
                 "subject LIKE 'staff:nobody%'"),
             HallApi::FailureBurst);
    // From another counter the right password works.
    QCOMPARE(api.handle(request("POST", QStringLiteral("/api/v1/sessions"),
                                QStringLiteral("192.0.2.21"), m_counter, good))
                 .status,
             200);
}

void TestRateLimit::loopbackIsNeverThrottled()
{
    HallApi api(*m_branch);
    for (const QString &peer :
         {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("::ffff:127.0.0.1")}) {
        for (int i = 0; i < HallApi::FailureBurst + 5; ++i) {
            QCOMPARE(
                api.handle(request("GET", QStringLiteral("/api/v1/ping"), peer, "nope")).status,
                401);
        }
        QCOMPARE(api.throttledFor(peer), 0);
        QCOMPARE(api.handle(request("GET", QStringLiteral("/api/v1/ping"), peer, m_counter)).status,
                 200);
    }
}

void TestRateLimit::customerPagesAreLimited()
{
    HallApi api(*m_branch);
    const QString phone = QStringLiteral("192.0.2.50");
    const QString path = QStringLiteral("/api/v1/t/AAAAAAAAAAAAAAAAAAAAAA");
    for (int i = 0; i < HallApi::PublicBurst; ++i) {
        QCOMPARE(api.handle(request("GET", path, phone)).status, 404);
    }
    QCOMPARE(api.handle(request("GET", path, phone)).status, 429);
    QCOMPARE(api.handle(request("GET", QStringLiteral("/t/AAAAAAAAAAAAAAAAAAAAAA"), phone)).status,
             429);
    // Another phone is not affected, and a counter at that address is not refused either.
    QCOMPARE(api.handle(request("GET", path, QStringLiteral("192.0.2.51"))).status, 404);
    QCOMPARE(api.handle(request("GET", QStringLiteral("/api/v1/queue"), phone, m_counter)).status,
             200);
}

void TestRateLimit::refusalsOfAnActDoNotThrottle()
{
    HallApi api(*m_branch);
    const QString kiosk = QStringLiteral("192.0.2.60");
    // A kiosk may not call: refused and audited each time, but it is not guessing credentials.
    for (int i = 0; i < HallApi::FailureBurst + 2; ++i) {
        QCOMPARE(api.handle(request("POST", QStringLiteral("/api/v1/windows/1/call-next"), kiosk,
                                    m_kiosk, "{}"))
                     .status,
                 403);
    }
    QCOMPARE(audited("hall.request.refused", kiosk), HallApi::FailureBurst + 2);
    QCOMPARE(api.throttledFor(kiosk), 0);
}

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
