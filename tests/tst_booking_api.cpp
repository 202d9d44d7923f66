// Booking on the customer's phone over the real hall host (loopback TLS, no pairing): the
// bookable services and their days, a day's slots with their free places, POST /api/v1/book
// with every refusal the page has to explain (full, closed, past the cut-off, not a working
// day, too far ahead, blocked for missed bookings, invalid phone or name, bad JSON, a body too
// large), what the branch holds afterwards, the rate limits per address, and that neither the
// name nor the phone reaches the host's log or an answer.
#include "appointments/appointmentbook.h"
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "database.h"
#include "hall/hallapi.h"
#include "hall/hallhost.h"
#include "halltestsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using HallTest::Connection;
using HallTest::Response;

namespace
{
const QString M = QStringLiteral("INS-CL-MEDICAL");  // bookable: 30 min, 2 places
const QString G = QStringLiteral("GOV-REG-COMPANY"); // bookable: 20 min, 3 places
const QString W = QStringLiteral("INS-BQ-CONTACT");  // walk-ins only
const QTimeZone Beijing(QByteArrayLiteral("Asia/Shanghai"));
const QString Name = QString::fromUtf8("欧阳娜娜");

QDateTime beijing(QDate day, QTime time)
{
    return QDateTime(day, time, Beijing).toUTC();
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("counterdesk")) {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    g_previous(type, context, message);
}

QByteArray bookBody(const QString &service, const QString &date, const QString &time,
                    const QString &phone, const QString &name = Name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("service"), service},
                                     {QStringLiteral("date"), date},
                                     {QStringLiteral("time"), time},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("phone"), phone}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestBookingApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void page();
    void services();
    void slots();
    void bookingOk();
    void full();
    void refusals_data();
    void refusals();
    void badBodies_data();
    void badBodies();
    void bodyTooLarge();
    void pastCutOff();
    void blockedPhone();
    void rateLimits();
    void nothingPersonalInTheLog();

private:
    Response get(const QString &path);
    Response post(const QByteArray &body,
                  const QByteArray &type = QByteArrayLiteral("application/json"));

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<HallHost> m_host;
};

void TestBookingApi::initTestCase()
{
    g_previous = qInstallMessageHandler(capture);
    // Monday 2 March 2026, 08:00 in Beijing; the clock only moves forward (the audit chain).
    Clock::setTestNow(beijing(QDate(2026, 3, 2), QTime(8, 0)));
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

void TestBookingApi::cleanupTestCase()
{
    m_host.reset();
    if (m_branch) {
        const AuditChain::Verification v = m_branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    m_branch.reset();
    Clock::setTestNow({});
    qInstallMessageHandler(g_previous);
}

Response TestBookingApi::get(const QString &path)
{
    Connection c(m_host->port(), m_host->fingerprint());
    if (!c.open()) {
        return {};
    }
    return c.request("GET", path);
}

Response TestBookingApi::post(const QByteArray &body, const QByteArray &type)
{
    Connection c(m_host->port(), m_host->fingerprint());
    if (!c.open()) {
        return {};
    }
    return c.request("POST", QStringLiteral("/api/v1/book"), {}, body,
                     {{QByteArrayLiteral("Content-Type"), type}});
}

void TestBookingApi::page()
{
    const Response r = get(QStringLiteral("/book"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.header("Content-Security-Policy").contains("default-src 'self'"));
    QVERIFY(r.body.contains("/api/v1/book/services"));
    QVERIFY(r.body.contains("<label class=\"field\" for=\"phone\""));
    QCOMPARE(get(QStringLiteral("/book/x")).status, 404);
}

void TestBookingApi::services()
{
    const Response r = get(QStringLiteral("/api/v1/book/services"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("today")).toString(), QStringLiteral("2026-03-02"));
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : r.json.value(QStringLiteral("services")).toArray()) {
        byCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
    }
    QCOMPARE(byCode.size(), 3); // the demo's three bookable services, not the walk-in ones
    QVERIFY(!byCode.contains(W));
    const QJsonObject m = byCode.value(M);
    const QJsonObject name = m.value(QStringLiteral("name")).toObject();
    QVERIFY(!name.value(QStringLiteral("zh_CN")).toString().isEmpty());
    QVERIFY(name.value(QStringLiteral("zh_CN")).toString() != M);
    QVERIFY(!name.value(QStringLiteral("en")).toString().isEmpty());
    QCOMPARE(m.value(QStringLiteral("daysAhead")).toInt(), 7);
    QCOMPARE(m.value(QStringLiteral("cutoffMinutes")).toInt(), 60);
    QCOMPARE(m.value(QStringLiteral("slotMinutes")).toInt(), 30);
    // Seven working days after Monday 2 March: up to Wednesday 11 March, without the weekend;
    // today is listed while its first slot can still be booked (09:00, cut-off 08:00).
    QCOMPARE(m.value(QStringLiteral("lastDay")).toString(), QStringLiteral("2026-03-11"));
    QStringList days;
    for (const QJsonValue &d : m.value(QStringLiteral("days")).toArray()) {
        days << d.toString();
    }
    QCOMPARE(days, (QStringList{QStringLiteral("2026-03-02"), QStringLiteral("2026-03-03"),
                                QStringLiteral("2026-03-04"), QStringLiteral("2026-03-05"),
                                QStringLiteral("2026-03-06"), QStringLiteral("2026-03-09"),
                                QStringLiteral("2026-03-10"), QStringLiteral("2026-03-11")}));
    QCOMPARE(get(QStringLiteral("/api/v1/book/services")).json, r.json); // reading changes nothing
}

void TestBookingApi::slots()
{
    Response r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-03").arg(M));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("reason")).isNull());
    const QJsonArray list = r.json.value(QStringLiteral("slots")).toArray();
    QCOMPARE(list.size(), 12); // 09:00-12:00 and 13:30-16:30 in 30 minutes
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("09:00"));
    QCOMPARE(first.value(QStringLiteral("places")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("booked")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("free")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("bookable")).toBool(), true);
    QCOMPARE(list.at(6).toObject().value(QStringLiteral("time")).toString(),
             QStringLiteral("13:30"));

    // The reason there are none.
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-07").arg(M));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), QStringLiteral("not-working-day"));
    QVERIFY(r.json.value(QStringLiteral("slots")).toArray().isEmpty());
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-12").arg(M));
    QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), QStringLiteral("too-far-ahead"));
    QVERIFY(r.json.value(QStringLiteral("slots")).toArray().isEmpty());
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-02-27").arg(M));
    QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), QStringLiteral("past-cut-off"));

    // Malformed or unknown.
    QCOMPARE(get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-3-3").arg(M)).status, 400);
    QCOMPARE(get(QStringLiteral("/api/v1/book/slots?service=%1").arg(M)).status, 400);
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-03").arg(W));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("not-bookable"));
    QCOMPARE(get(QStringLiteral("/api/v1/book/slots?service=NOPE&date=2026-03-03")).status, 404);
}

void TestBookingApi::bookingOk()
{
    const Response r = post(bookBody(M, QStringLiteral("2026-03-03"), QStringLiteral("10:00"),
                                     QStringLiteral("138 1234 5678")));
    QCOMPARE(r.status, 201);
    const QString code = r.json.value(QStringLiteral("code")).toString();
    const QString token = r.json.value(QStringLiteral("token")).toString();
    QCOMPARE(code.size(), 8);
    QCOMPARE(token.size(), 22);
    QCOMPARE(r.json.value(QStringLiteral("url")).toString(), QStringLiteral("/b/") + token);
    QCOMPARE(r.header("Location"), QByteArray("/api/v1/b/") + token.toLatin1());
    QCOMPARE(r.json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-03"));
    QCOMPARE(r.json.value(QStringLiteral("time")).toString(), QStringLiteral("10:00"));
    // The phone only masked, the name not at all.
    QVERIFY(!r.body.contains("13812345678"));
    QVERIFY(!r.body.contains("1234"));
    QVERIFY(!QString::fromUtf8(r.body).contains(Name));
    QVERIFY(r.json.value(QStringLiteral("phone")).toString().contains(QLatin1Char('*')));

    // In the book as an online booking by the customer: the no-show rules apply to it.
    const std::optional<Booking> b = AppointmentBook(*m_branch).byToken(token);
    QVERIFY(b.has_value());
    QCOMPARE(b->code, code);
    QCOMPARE(b->channel, QStringLiteral("phone"));
    QCOMPARE(b->bookedBy, QStringLiteral("customer"));
    QCOMPARE(b->phone, QStringLiteral("13812345678"));
    QCOMPARE(b->name, Name);
    QCOMPARE(b->serviceCode, M);
    QCOMPARE(b->state, Booking::State::Booked);
    QCOMPARE(b->slotUtc, beijing(QDate(2026, 3, 3), QTime(10, 0)));

    // Its own page knows it, and the slot has one place less.
    const Response page = get(QStringLiteral("/api/v1/b/") + token);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(get(QStringLiteral("/b/") + token).status, 200);
    const Response slots =
        get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-03").arg(M));
    const QJsonObject ten = slots.json.value(QStringLiteral("slots")).toArray().at(2).toObject();
    QCOMPARE(ten.value(QStringLiteral("time")).toString(), QStringLiteral("10:00"));
    QCOMPARE(ten.value(QStringLiteral("booked")).toInt(), 1);
    QCOMPARE(ten.value(QStringLiteral("free")).toInt(), 1);
    QCOMPARE(AppointmentBook(*m_branch).slots(M, QDate(2026, 3, 3)).slots.at(2).booked, 1);
}

void TestBookingApi::full()
{
    const QString day = QStringLiteral("2026-03-04");
    QCOMPARE(post(bookBody(M, day, QStringLiteral("09:30"), QStringLiteral("13800000001"))).status,
             201);
    QCOMPARE(post(bookBody(M, day, QStringLiteral("09:30"), QStringLiteral("13800000002"))).status,
             201);
    const Response r =
        post(bookBody(M, day, QStringLiteral("09:30"), QStringLiteral("13800000003")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("full"));
    QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("09:30")));
    QVERIFY(!r.body.contains("13800000003"));
    const Response slots = get(QStringLiteral("/api/v1/book/slots?service=%1&date=%2").arg(M, day));
    const QJsonObject s = slots.json.value(QStringLiteral("slots")).toArray().at(1).toObject();
    QCOMPARE(s.value(QStringLiteral("time")).toString(), QStringLiteral("09:30"));
    QCOMPARE(s.value(QStringLiteral("free")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("bookable")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("open")).toBool(), true);
    int held = 0;
    for (const Booking &b :
         AppointmentBook(*m_branch).onDay(QDate(2026, 3, 4), QStringLiteral("t"))) {
        held += b.slotUtc == beijing(QDate(2026, 3, 4), QTime(9, 30)) ? 1 : 0;
    }
    QCOMPARE(held, 2);
}

void TestBookingApi::refusals_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString ok = QStringLiteral("13912345678");
    const QString day = QStringLiteral("2026-03-05");
    QTest::newRow("closed: lunch")
        << M << day << QStringLiteral("12:30") << ok << Name << 409 << QStringLiteral("closed");
    QTest::newRow("closed: not a slot start")
        << M << day << QStringLiteral("09:15") << ok << Name << 409 << QStringLiteral("closed");
    QTest::newRow("not a working day")
        << M << QStringLiteral("2026-03-07") << QStringLiteral("09:00") << ok << Name << 409
        << QStringLiteral("not-working-day");
    QTest::newRow("too far ahead") << M << QStringLiteral("2026-03-12") << QStringLiteral("09:00")
                                   << ok << Name << 409 << QStringLiteral("too-far-ahead");
    QTest::newRow("walk-in service") << W << day << QStringLiteral("09:00") << ok << Name << 404
                                     << QStringLiteral("not-bookable");
    QTest::newRow("phone too short")
        << M << day << QStringLiteral("09:00") << QStringLiteral("1391234") << Name << 400
        << QStringLiteral("invalid-phone");
    QTest::newRow("phone 12x") << M << day << QStringLiteral("09:00")
                               << QStringLiteral("12912345678") << Name << 400
                               << QStringLiteral("invalid-phone");
    QTest::newRow("phone abroad") << M << day << QStringLiteral("09:00")
                                  << QStringLiteral("+44 7700 900123") << Name << 400
                                  << QStringLiteral("invalid-phone");
    QTest::newRow("phone letters")
        << M << day << QStringLiteral("09:00") << QStringLiteral("1391234567x") << Name << 400
        << QStringLiteral("invalid-phone");
    QTest::newRow("no name") << M << day << QStringLiteral("09:00") << ok << QStringLiteral("   ")
                             << 400 << QStringLiteral("invalid-name");
    QTest::newRow("name too long")
        << M << day << QStringLiteral("09:00") << ok << QString(41, QChar(0x674E)) << 400
        << QStringLiteral("invalid-name");
    QTest::newRow("date malformed") << M << QStringLiteral("5.3.2026") << QStringLiteral("09:00")
                                    << ok << Name << 400 << QStringLiteral("bad-request");
    QTest::newRow("date impossible") << M << QStringLiteral("2026-02-30") << QStringLiteral("09:00")
                                     << ok << Name << 400 << QStringLiteral("bad-request");
    QTest::newRow("time malformed")
        << M << day << QStringLiteral("9:00") << ok << Name << 400 << QStringLiteral("bad-request");
}

void TestBookingApi::refusals()
{
    QFETCH(QString, service);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, phone);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, error);
    const int before =
        TestSupport::rawSql(m_dir.filePath(QStringLiteral("branch.db")), TestSupport::passphrase(),
                            QStringLiteral("SELECT count(*) FROM appointment"))
            .toInt();
    const Response r = post(bookBody(service, date, time, phone, name));
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    const QString message = r.json.value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    // The number typed is never repeated.
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    QVERIFY2(!r.body.contains(digits.toLatin1()), r.body.constData());
    QCOMPARE(TestSupport::rawSql(m_dir.filePath(QStringLiteral("branch.db")),
                                 TestSupport::passphrase(),
                                 QStringLiteral("SELECT count(*) FROM appointment"))
                 .toInt(),
             before);
}

void TestBookingApi::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray json = "application/json";
    const QString bad = QStringLiteral("bad-request");
    QTest::newRow("no body") << QByteArray() << json << 400 << bad;
    QTest::newRow("malformed") << QByteArray(R"({"service":"INS-CL-MEDICAL",)") << json << 400
                               << QStringLiteral("bad-json");
    QTest::newRow("an array") << QByteArray("[1,2]") << json << 400 << QStringLiteral("bad-json");
    QTest::newRow("form") << QByteArray("service=x")
                          << QByteArray("application/x-www-form-urlencoded") << 415
                          << QStringLiteral("unsupported-media-type");
    QTest::newRow("unknown member")
        << QByteArray(R"({"service":"INS-CL-MEDICAL","date":"2026-03-05","time":"09:00",)"
                      R"("name":"x","phone":"13912345678","idNumber":"1"})")
        << json << 400 << bad;
    QTest::newRow("no phone") << QByteArray(R"({"service":"INS-CL-MEDICAL","date":"2026-03-05",)"
                                            R"("time":"09:00","name":"x"})")
                              << json << 400 << QStringLiteral("invalid-phone");
    QTest::newRow("phone a number")
        << QByteArray(R"({"service":"INS-CL-MEDICAL","date":"2026-03-05","time":"09:00",)"
                      R"("name":"x","phone":13912345678})")
        << json << 400 << QStringLiteral("invalid-phone");
    QTest::newRow("no service") << QByteArray(R"({"date":"2026-03-05","time":"09:00",)"
                                              R"("name":"x","phone":"13912345678"})")
                                << json << 400 << bad;
}

void TestBookingApi::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Response r = post(body, type);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    // The wrong method on the address.
    Connection c(m_host->port(), m_host->fingerprint());
    QVERIFY(c.open());
    const Response wrong = c.request("GET", QStringLiteral("/api/v1/book"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
}

void TestBookingApi::bodyTooLarge()
{
    // A name padded past the host's 16 KiB: refused by the transport before it is read.
    const Response r =
        post(bookBody(M, QStringLiteral("2026-03-05"), QStringLiteral("09:00"),
                      QStringLiteral("13912345678"), QString(20000, QLatin1Char('x'))));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("payload-too-large"));
    QVERIFY(r.closed);
    Connection c(m_host->port(), m_host->fingerprint());
    QVERIFY(c.open());
    const Response announced =
        c.raw("POST /api/v1/book HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 50000000\r\n\r\n",
              5000);
    QCOMPARE(announced.status, 413);
}

void TestBookingApi::pastCutOff()
{
    // 08:30: the 09:00 slot closed at 08:00 (cut-off 60 minutes), the 09:30 one is still open.
    Clock::setTestNow(beijing(QDate(2026, 3, 2), QTime(8, 30)));
    Response r = post(bookBody(M, QStringLiteral("2026-03-02"), QStringLiteral("09:00"),
                               QStringLiteral("13912345678")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("past-cut-off"));
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-02").arg(M));
    const QJsonArray list = r.json.value(QStringLiteral("slots")).toArray();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("bookable")).toBool(), false);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("free")).toInt(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("bookable")).toBool(), true);
    QVERIFY(r.json.value(QStringLiteral("reason")).isNull());
    // After the day's last cut-off, today is no longer offered.
    Clock::setTestNow(beijing(QDate(2026, 3, 2), QTime(15, 31)));
    r = get(QStringLiteral("/api/v1/book/services"));
    for (const QJsonValue &v : r.json.value(QStringLiteral("services")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == M) {
            QCOMPARE(v.toObject().value(QStringLiteral("days")).toArray().first().toString(),
                     QStringLiteral("2026-03-03"));
        }
    }
    r = get(QStringLiteral("/api/v1/book/slots?service=%1&date=2026-03-02").arg(M));
    QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), QStringLiteral("past-cut-off"));
}

void TestBookingApi::blockedPhone()
{
    // Booked online on three working days and never came: the fourth online booking is refused
    // until 30 days after the last miss; reception could still book for the customer.
    const QString missing = QStringLiteral("13900001111");
    for (const QDate day : {QDate(2026, 3, 3), QDate(2026, 3, 4), QDate(2026, 3, 5)}) {
        Clock::setTestNow(beijing(day, QTime(8, 0)));
        const Response r =
            post(bookBody(G, day.toString(Qt::ISODate), QStringLiteral("11:00"), missing));
        QVERIFY2(r.status == 201, r.body.constData());
    }
    Clock::setTestNow(beijing(QDate(2026, 3, 6), QTime(8, 0)));
    const Response r = post(bookBody(G, QStringLiteral("2026-03-09"), QStringLiteral("09:00"),
                                     QStringLiteral("+86 139-0000-1111")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("blocked"));
    QCOMPARE(r.json.value(QStringLiteral("bookableFrom")).toString(), QStringLiteral("2026-04-04"));
    QVERIFY(
        r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("2026-04-04")));
    QVERIFY(!r.body.contains("00001111"));
    QCOMPARE(AppointmentBook(*m_branch).blockFor(missing).bookableFrom, QDate(2026, 4, 4));
    // Someone else books that slot.
    QCOMPARE(post(bookBody(G, QStringLiteral("2026-03-09"), QStringLiteral("09:00"),
                           QStringLiteral("13900002222")))
                 .status,
             201);
}

void TestBookingApi::rateLimits()
{
    // HallApi itself, with an address from the hall's Wi-Fi (the loopback is never limited).
    HallApi api(*m_branch);
    const QString peer = QStringLiteral("192.0.2.7");
    HallRequest refused;
    refused.method = "POST";
    refused.path = QStringLiteral("/api/v1/book");
    refused.contentType = "application/json";
    refused.body =
        bookBody(M, QStringLiteral("2026-03-10"), QStringLiteral("09:00"), QStringLiteral("1234"));
    refused.peer = peer;
    // Refused bookings count like failed credentials: ten, then 429 before the body is read.
    for (int i = 0; i < HallApi::FailureBurst; ++i) {
        const HallResponse r = api.handle(refused);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode, QStringLiteral("invalid-phone"));
    }
    HallRequest good = refused;
    good.body = bookBody(M, QStringLiteral("2026-03-10"), QStringLiteral("09:00"),
                         QStringLiteral("13912340000"));
    HallResponse r = api.handle(good);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode, QStringLiteral("too-many-requests"));
    QVERIFY(r.headers.contains({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")}));
    // Reading the slots is not a failure: still allowed from there.
    HallRequest services;
    services.method = "GET";
    services.path = QStringLiteral("/api/v1/book/services");
    services.peer = peer;
    QCOMPARE(api.handle(services).status, 200);
    // Another address books at once; so does the host itself, however often it failed.
    good.peer = QStringLiteral("192.0.2.8");
    r = api.handle(good);
    QCOMPARE(r.status, 201);
    refused.peer = QStringLiteral("127.0.0.1");
    for (int i = 0; i < HallApi::FailureBurst + 2; ++i) {
        QCOMPARE(api.handle(refused).status, 400);
    }
    // The refusals are audited with their reason, never with the number or the name.
    int audited = 0;
    int throttled = 0;
    int personal = 0;
    AuditStore(m_branch->database()).forEach([&](const AuditRow &row) {
        if (row.subject == QStringLiteral("peer:") + peer) {
            audited += row.action == QLatin1String("hall.request.refused")
                               && row.payload.contains(QLatin1String("invalid-phone"))
                           ? 1
                           : 0;
            throttled += row.action == QLatin1String("hall.request.throttled") ? 1 : 0;
        }
        // No entry anywhere holds a number or a name in full (bookings keep them masked).
        personal += row.payload.contains(QLatin1String("13912340000"))
                            || row.payload.contains(QLatin1String("13812345678"))
                            || row.payload.contains(Name)
                        ? 1
                        : 0;
        return true;
    });
    QCOMPARE(audited, HallApi::FailureBurst);
    QCOMPARE(throttled, 1);
    QCOMPARE(personal, 0);

    // The customer's routes share one budget per address: 60 at once, then 2 a second.
    HallRequest slots;
    slots.method = "GET";
    slots.path = QStringLiteral("/api/v1/book/slots");
    slots.query = QUrlQuery(QStringLiteral("service=%1&date=2026-03-10").arg(M));
    slots.peer = QStringLiteral("192.0.2.9");
    int ok = 0;
    for (int i = 0; i < HallApi::PublicBurst + 5; ++i) {
        ok += api.handle(slots).status == 200 ? 1 : 0;
    }
    QCOMPARE(ok, HallApi::PublicBurst);
    QCOMPARE(api.handle(slots).status, 429);
}

void TestBookingApi::nothingPersonalInTheLog()
{
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty()); // 429s and throttling were logged
    for (const QString &line : std::as_const(g_log)) {
        for (const QString &personal :
             {Name, QStringLiteral("13812345678"), QStringLiteral("13900001111"),
              QStringLiteral("13800000003"), QStringLiteral("7700")}) {
            QVERIFY2(!line.contains(personal), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestBookingApi)
#include "tst_booking_api.moc"
