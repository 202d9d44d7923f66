// The hall host as administrators run it: counterdesk-cli serve. Killed with SIGKILL in the
// middle of the day and started again, it serves exactly the queue it had; SIGTERM stops it
// cleanly.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "hall/devicedirectory.h"
#include "halltestsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// The queue without what changes by itself as time passes (the clock, waited time).
QJsonObject stable(QJsonObject queue)
{
    queue.remove(QStringLiteral("at"));
    QJsonArray waiting;
    for (const QJsonValue &v : queue.value(QStringLiteral("waiting")).toArray()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("waitedSeconds"));
        waiting.append(o);
    }
    queue.insert(QStringLiteral("waiting"), waiting);
    return queue;
}
} // namespace

class TestHallRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedHostKeepsTheQueue();
    void serveRefusesWhatItCannotDo();
};

void TestHallRestart::serveRefusesWhatItCannotDo()
{
    QTemporaryDir dir;
    Branch::create(dir.path(), TestSupport::passphrase(),
                   {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    // No passphrase: exit code 2, as for every command; a wrong --listen: 1.
    TestSupport::Run r =
        TestSupport::cli({QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QCOMPARE(r.exitCode, 2);
    r = TestSupport::cli({QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:http")},
                         TestSupport::passphrase());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("--listen")));
    // A port that is taken: a clear refusal, not a host that silently serves nothing.
    HallTest::ServeProcess first(dir.path());
    QVERIFY2(first.start(), qPrintable(first.output()));
    r = TestSupport::cli({QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(first.port())},
                         TestSupport::passphrase());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot listen")), qPrintable(r.err));
    QVERIFY(first.terminate());
}

void TestHallRestart::killedHostKeepsTheQueue()
{
    QTemporaryDir dir;
    QByteArray counter;
    QByteArray kiosk;
    {
        auto branch =
            Branch::create(dir.path(), TestSupport::passphrase(),
                           {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
        DemoData::populate(*branch, QStringLiteral("test"));
        counter = DeviceDirectory(*branch)
                      .add(Device::Role::Counter, QStringLiteral("W"), QStringLiteral("admin"))
                      .token;
        kiosk = DeviceDirectory(*branch)
                    .add(Device::Role::Kiosk, QStringLiteral("K"), QStringLiteral("admin"))
                    .token;
    }

    HallTest::ServeProcess serve(dir.path());
    QVERIFY2(serve.start(), qPrintable(serve.output()));
    const QString fingerprint = serve.fingerprint();
    HallTest::Connection c(serve.port(), fingerprint);
    QVERIFY(c.open());
    auto issue = [&](const QString &service, const QString &group = QStringLiteral("none")) {
        return c.request("POST", QStringLiteral("/api/v1/tickets"), kiosk,
                         QJsonDocument(QJsonObject{{QStringLiteral("service"), service},
                                                   {QStringLiteral("group"), group}})
                             .toJson());
    };
    // A morning: tickets for two services, calls at two windows, one in service, one parked.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(issue(QStringLiteral("INS-BQ-CONTACT")).status, 201);
        QCOMPARE(issue(QStringLiteral("BANK-OPEN-PERSONAL")).status, 201);
    }
    QCOMPARE(issue(QStringLiteral("INS-CL-MEDICAL"), QStringLiteral("elderly")).status, 201);
    QCOMPARE(c.request("POST", QStringLiteral("/api/v1/windows/1/call-next"), counter).status, 200);
    QCOMPARE(c.request("POST", QStringLiteral("/api/v1/windows/1/start"), counter).status, 200);
    QCOMPARE(c.request("POST", QStringLiteral("/api/v1/windows/3/call-next"), counter).status, 200);
    QCOMPARE(c.request("POST", QStringLiteral("/api/v1/windows/3/park"), counter).status, 200);
    QCOMPARE(c.request("POST", QStringLiteral("/api/v1/windows/3/call-next"), counter).status, 200);
    const HallTest::Response before = c.request("GET", QStringLiteral("/api/v1/queue"), counter);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json.value(QStringLiteral("waiting")).toArray().size(), 6);

    serve.kill(); // SIGKILL: no chance to tidy up
    QCOMPARE(serve.process().exitStatus(), QProcess::CrashExit);
    QVERIFY(!c.request("GET", QStringLiteral("/api/v1/queue"), counter, {}, {}, 2000).status);

    HallTest::ServeProcess again(dir.path());
    QVERIFY2(again.start(), qPrintable(again.output()));
    QCOMPARE(again.fingerprint(), fingerprint); // devices keep their pin
    HallTest::Connection c2(again.port(), fingerprint);
    QVERIFY(c2.open());
    const HallTest::Response after = c2.request("GET", QStringLiteral("/api/v1/queue"), counter);
    QCOMPARE(after.status, 200);
    QCOMPARE(QJsonDocument(stable(after.json)).toJson(),
             QJsonDocument(stable(before.json)).toJson());

    // The day goes on where it was: the numbers continue, window 1 still serves its customer.
    const HallTest::Response next = c2.request(
        "POST", QStringLiteral("/api/v1/tickets"), kiosk,
        QJsonDocument(QJsonObject{{QStringLiteral("service"), QStringLiteral("INS-BQ-CONTACT")}})
            .toJson());
    QCOMPARE(next.json.value(QStringLiteral("number")).toString(), QStringLiteral("A005"));
    QCOMPARE(c2.request("POST", QStringLiteral("/api/v1/windows/1/call-next"), counter).status,
             409);
    QCOMPARE(c2.request("POST", QStringLiteral("/api/v1/windows/1/finish"), counter).status, 200);

    QVERIFY2(again.terminate(), qPrintable(again.output())); // SIGTERM: a clean stop, exit code 0
    const QString log = QString::fromUtf8(again.process().readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("stopped")), qPrintable(log));
    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    QVERIFY(branch->verifyAudit().ok);
}

QTEST_GUILESS_MAIN(TestHallRestart)
#include "tst_hall_restart.moc"
