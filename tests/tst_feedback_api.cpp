// The customer's rating over the real hall host (loopback TLS, no pairing): 201 for a served
// ticket with the clerk who served it, 409 before service and for a second rating, 404 for an
// unknown token, 400 for a body out of range; and what the branch database holds afterwards.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "feedback/ratingbook.h"
#include "hall/hallhost.h"
#include "halltestsupport.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using HallTest::Connection;
using HallTest::Response;

class TestFeedbackApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badBodies_data();
    void badBodies();
    void ratingAServedTicket();

private:
    Ticket issue();
    Response post(const QString &token, const QByteArray &body,
                  const QByteArray &type = QByteArrayLiteral("application/json"));

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<HallHost> m_host;
};

void TestFeedbackApi::initTestCase()
{
    m_branch =
        Branch::create(m_dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    HallHost::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    m_host = std::make_unique<HallHost>(*m_branch, options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
}

void TestFeedbackApi::cleanupTestCase()
{
    m_host.reset();
}

Ticket TestFeedbackApi::issue()
{
    TicketQueue::IssueRequest r;
    r.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    return TicketQueue(*m_branch).issue(r, QStringLiteral("kiosk")).ticket;
}

Response TestFeedbackApi::post(const QString &token, const QByteArray &body, const QByteArray &type)
{
    Connection c(m_host->port(), m_host->fingerprint());
    if (!c.open()) {
        return {};
    }
    return c.request("POST", QStringLiteral("/api/v1/t/") + token + QStringLiteral("/rating"), {},
                     body, {{QByteArrayLiteral("Content-Type"), type}});
}

void TestFeedbackApi::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    const QByteArray json = "application/json";
    QTest::newRow("no body") << QByteArray() << json << 400;
    QTest::newRow("not json") << QByteArray("level=5") << json << 400;
    QTest::newRow("form") << QByteArray("level=5") << QByteArray("text/plain") << 415;
    QTest::newRow("no level") << QByteArray(R"({"comment":"x"})") << json << 400;
    QTest::newRow("level 0") << QByteArray(R"({"level":0})") << json << 400;
    QTest::newRow("level 6") << QByteArray(R"({"level":6})") << json << 400;
    QTest::newRow("level 2.5") << QByteArray(R"({"level":2.5})") << json << 400;
    QTest::newRow("level text") << QByteArray(R"({"level":"5"})") << json << 400;
    QTest::newRow("unknown member") << QByteArray(R"({"level":5,"name":"x"})") << json << 400;
    QTest::newRow("unknown criterion")
        << QByteArray(R"({"level":5,"criteria":{"speed":5}})") << json << 400;
    QTest::newRow("criterion 9") << QByteArray(R"({"level":5,"criteria":{"attitude":9}})") << json
                                 << 400;
    QTest::newRow("criteria list") << QByteArray(R"({"level":5,"criteria":[5]})") << json << 400;
    QTest::newRow("comment number") << QByteArray(R"({"level":5,"comment":5})") << json << 400;
    QTest::newRow("comment too long")
        << QByteArray(R"({"level":5,"comment":")" + QByteArray(501, 'x') + "\"}") << json << 400;
}

void TestFeedbackApi::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    const Ticket t = issue();
    const Response r = post(t.token, body, type);
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(RatingBook(*m_branch).list(t.businessDay, t.businessDay).isEmpty());
}

void TestFeedbackApi::ratingAServedTicket()
{
    const Ticket t = issue();
    const QByteArray body =
        R"({"level":2,"criteria":{"attitude":1,"efficiency":3},"comment":"等了很久"})";
    // Not served yet: 409, nothing written.
    Response r = post(t.token, body);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not-served"));

    TicketQueue queue(*m_branch);
    QVERIFY(queue.callTicket(1, t.number, QStringLiteral("limin")).ok());
    QVERIFY(queue.finish(1, QStringLiteral("limin")).ok());
    r = post(t.token, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("level")).toInt(), 2);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());

    RatingBook book(*m_branch);
    const QList<RatingRow> rows = book.list(t.businessDay, t.businessDay);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().clerk, QStringLiteral("limin"));
    QCOMPARE(rows.first().window, 1);
    QCOMPARE(rows.first().attitude, 1);
    QCOMPARE(rows.first().efficiency, 3);
    QCOMPARE(rows.first().comment, QString::fromUtf8("等了很久"));
    QCOMPARE(rows.first().channel, QStringLiteral("phone"));
    QCOMPARE(book.rectifications(true).size(), 1); // a bad rating

    // Once per ticket.
    r = post(t.token, R"({"level":5})");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("already-rated"));
    QCOMPARE(book.list(t.businessDay, t.businessDay).size(), 1);

    // Unknown tokens, well-formed or not.
    QCOMPARE(post(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"), R"({"level":5})").status, 404);
    QCOMPARE(post(QStringLiteral("short"), R"({"level":5})").status, 404);
    // GET is not the way to rate.
    Connection c(m_host->port(), m_host->fingerprint());
    QVERIFY(c.open());
    QCOMPARE(
        c.request("GET", QStringLiteral("/api/v1/t/") + t.token + QStringLiteral("/rating")).status,
        405);
}

QTEST_GUILESS_MAIN(TestFeedbackApi)
#include "tst_feedback_api.moc"
