// Twenty counters press "call next" at the same moment, each over its own TLS connection on its
// own thread: no ticket is called twice, none is lost, and the database agrees.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "database.h"
#include "hall/devicedirectory.h"
#include "hall/hallhost.h"
#include "halltestsupport.h"
#include "queue/hallwindows.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace
{
const QString A = QStringLiteral("INS-BQ-CONTACT");
const QString B = QStringLiteral("INS-CL-MEDICAL");
} // namespace

class TestHallConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twentyCountersCallAtOnce();
};

void TestHallConcurrency::twentyCountersCallAtOnce()
{
    constexpr int Counters = 20;
    constexpr int Tickets = 200;
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    QList<WindowRow> windows;
    for (int w = 1; w <= Counters; ++w) {
        windows.append({w, {}, true, w % 2 ? QStringList{A, B} : QStringList{B, A}});
    }
    QCOMPARE(HallWindows(*branch).replaceAll(windows, QStringLiteral("test")), QString());
    TicketQueue queue(*branch);
    for (int i = 0; i < Tickets; ++i) {
        TicketQueue::IssueRequest r;
        r.serviceCode = i % 2 ? B : A;
        QVERIFY(queue.issue(r, QStringLiteral("test")).ok());
    }
    QList<QByteArray> tokens;
    for (int w = 1; w <= Counters; ++w) {
        tokens << DeviceDirectory(*branch)
                      .add(Device::Role::Counter, QStringLiteral("Window %1").arg(w),
                           QStringLiteral("admin"))
                      .token;
    }

    HallHost::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    HallHost host(*branch, options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));

    QMutex mutex;
    QMap<QString, int> calledBy; // number -> window
    QStringList duplicates;
    QStringList errors;
    QList<double> latencies;
    std::atomic<int> ready{0};
    std::atomic<int> finished{0};
    std::atomic<bool> go{false};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w <= Counters; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            HallTest::Connection c(host.port(), host.fingerprint());
            const QByteArray token = tokens.at(w - 1);
            const QString base = QStringLiteral("/api/v1/windows/%1/").arg(w);
            if (!c.open(30000)) {
                QMutexLocker lock(&mutex);
                errors << QStringLiteral("window %1: no connection").arg(w);
            }
            ++ready;
            while (!go) {
                QThread::yieldCurrentThread(); // every counter presses at the same moment
            }
            for (int i = 0; i < Tickets + 5 && c.isOpen(); ++i) {
                const HallTest::Response r =
                    c.request("POST", base + QStringLiteral("call-next"), token);
                if (r.status == 204) {
                    break;
                }
                QMutexLocker lock(&mutex);
                latencies << r.ms;
                if (r.status != 200) {
                    errors << QStringLiteral("window %1: call-next %2 %3")
                                  .arg(w)
                                  .arg(r.status)
                                  .arg(QString::fromUtf8(r.body));
                    break;
                }
                const QString number = r.json.value(QStringLiteral("number")).toString();
                if (calledBy.contains(number)) {
                    duplicates << number;
                }
                calledBy.insert(number, w);
                lock.unlock();
                const HallTest::Response f =
                    c.request("POST", base + QStringLiteral("finish"), token);
                if (f.status != 200) {
                    QMutexLocker again(&mutex);
                    errors << QStringLiteral("window %1: finish %2").arg(w).arg(f.status);
                    break;
                }
            }
            ++finished;
        }));
    }
    for (auto &t : threads) {
        t->start();
    }
    // The host runs on this thread: keep its event loop turning while the counters work.
    QTRY_VERIFY_WITH_TIMEOUT(ready == Counters, 60000);
    QElapsedTimer timer;
    timer.start();
    go = true;
    QTRY_VERIFY_WITH_TIMEOUT(finished == Counters, 240000);
    for (auto &t : threads) {
        QVERIFY(t->wait(10000));
    }
    qInfo(
        "%d counters called and finished %lld tickets over TLS in %lld ms; call-next p50 %.1f ms, "
        "p99 %.1f ms, max %.1f ms",
        Counters, static_cast<long long>(calledBy.size()), static_cast<long long>(timer.elapsed()),
        HallTest::percentile(latencies, 50), HallTest::percentile(latencies, 99),
        HallTest::percentile(latencies, 100));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char(' '))));
    QCOMPARE(calledBy.size(), Tickets); // none lost
    QSet<int> busy;
    for (int w : calledBy) {
        busy.insert(w);
    }
    qInfo("%lld of %d windows got at least one ticket", static_cast<long long>(busy.size()),
          Counters);

    // The database agrees, ticket by ticket.
    Database &db = branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM ticket WHERE state = 'done'"), Tickets);
    QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'ticket.call'"), Tickets);
    Statement s = db.prepare("SELECT number, window_number FROM ticket");
    int rows = 0;
    while (s.step()) {
        ++rows;
        QCOMPARE(calledBy.value(s.text(0)), static_cast<int>(s.int64(1)));
    }
    QCOMPARE(rows, Tickets);
    QVERIFY(branch->verifyAudit().ok);
}

QTEST_GUILESS_MAIN(TestHallConcurrency)
#include "tst_hall_concurrency.moc"
