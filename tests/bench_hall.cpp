// Benchmark: issue and call-next latency over TLS against the real counterdesk-cli serve (a
// separate process, as in a hall): a kiosk issues a queue, then one counter alone, or twenty at
// once, each on its own keep-alive connection and thread, drain it (every call followed by a
// finish). Prints p50/p99; never fails on timing.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "hall/devicedirectory.h"
#include "halltestsupport.h"
#include "queue/hallwindows.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>

namespace
{
constexpr int Counters = 20;
const QString A = QStringLiteral("INS-BQ-CONTACT");
const QString B = QStringLiteral("INS-CL-MEDICAL");

struct Run
{
    QList<double> callMs;
    int called = 0;
    qint64 wallMs = 0;
    QStringList errors;
};

// Each counter calls and finishes until nobody waits for it (or `limit` calls).
Run counters(quint16 port, const QString &fingerprint, const QList<QByteArray> &tokens, int count,
             int limit)
{
    Run run;
    QMutex mutex;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w <= count; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            HallTest::Connection c(port, fingerprint);
            const bool open = c.open(30000);
            ++ready;
            while (!go) {
                QThread::yieldCurrentThread();
            }
            const QString base = QStringLiteral("/api/v1/windows/%1/").arg(w);
            for (int i = 0; open && i < limit; ++i) {
                const HallTest::Response r =
                    c.request("POST", base + QStringLiteral("call-next"), tokens.at(w - 1));
                if (r.status == 204) {
                    break;
                }
                const HallTest::Response f =
                    c.request("POST", base + QStringLiteral("finish"), tokens.at(w - 1));
                QMutexLocker lock(&mutex);
                if (r.status != 200 || f.status != 200) {
                    run.errors
                        << QStringLiteral("window %1: %2/%3").arg(w).arg(r.status).arg(f.status);
                    break;
                }
                run.callMs << r.ms;
                ++run.called;
            }
        }));
    }
    for (auto &t : threads) {
        t->start();
    }
    while (ready < count) {
        QThread::msleep(5);
    }
    QElapsedTimer timer;
    timer.start();
    go = true;
    for (auto &t : threads) {
        t->wait();
    }
    run.wallMs = timer.elapsed();
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QList<QByteArray> tokens;
    QByteArray kiosk;
    {
        auto branch = Branch::create(dir.path(), TestSupport::passphrase(),
                                     {QStringLiteral("BENCH"), QStringLiteral("Bench")},
                                     QStringLiteral("bench"));
        DemoData::populate(*branch, QStringLiteral("bench"));
        QList<WindowRow> windows;
        for (int w = 1; w <= Counters; ++w) {
            windows.append({w, {}, true, w % 2 ? QStringList{A, B} : QStringList{B, A}});
        }
        HallWindows(*branch).replaceAll(windows, QStringLiteral("bench"));
        kiosk = DeviceDirectory(*branch)
                    .add(Device::Role::Kiosk, QStringLiteral("K"), QStringLiteral("bench"))
                    .token;
        for (int w = 1; w <= Counters; ++w) {
            tokens << DeviceDirectory(*branch)
                          .add(Device::Role::Counter, QStringLiteral("W%1").arg(w),
                               QStringLiteral("bench"))
                          .token;
        }
    }
    HallTest::ServeProcess serve(dir.path());
    if (!serve.start()) {
        out << "bench_hall: serve did not start: " << serve.output() << Qt::endl;
        return 1;
    }
    out << "Hall host (counterdesk-cli serve, TLS 1.3, EC P-256), call-next then finish per "
           "ticket, keep-alive connections:"
        << Qt::endl;
    // A queue of 100 drained by one counter, then one of 1000 drained by twenty at once.
    for (const auto &[count, waiting] : {std::pair{1, 100}, std::pair{Counters, 1000}}) {
        HallTest::Connection c(serve.port(), serve.fingerprint());
        c.open();
        QList<double> issueMs;
        for (int i = 0; i < waiting; ++i) {
            const QByteArray body =
                i % 2 ? "{\"service\":\"INS-CL-MEDICAL\"}" : "{\"service\":\"INS-BQ-CONTACT\"}";
            issueMs << c.request("POST", QStringLiteral("/api/v1/tickets"), kiosk, body).ms;
        }
        out << QStringLiteral("  issue (kiosk, %1 tickets): p50 %2 ms, p99 %3 ms")
                   .arg(waiting)
                   .arg(HallTest::percentile(issueMs, 50), 0, 'f', 2)
                   .arg(HallTest::percentile(issueMs, 99), 0, 'f', 2)
            << Qt::endl;
        const int limit = waiting;
        const Run run = counters(serve.port(), serve.fingerprint(), tokens, count, limit);
        out << QStringLiteral("  %1 draining %2 waiting: %3 calls in %4 ms; call-next "
                              "p50 %5 ms, p99 %6 ms, max %7 ms%8")
                   .arg(count == 1 ? QStringLiteral("1 counter alone")
                                   : QStringLiteral("%1 counters at once").arg(count))
                   .arg(waiting)
                   .arg(run.called)
                   .arg(run.wallMs)
                   .arg(HallTest::percentile(run.callMs, 50), 0, 'f', 2)
                   .arg(HallTest::percentile(run.callMs, 99), 0, 'f', 2)
                   .arg(HallTest::percentile(run.callMs, 100), 0, 'f', 2)
                   .arg(run.errors.isEmpty()
                            ? QString()
                            : QStringLiteral(" ERRORS: ") + run.errors.join(QLatin1Char(';')))
            << Qt::endl;
    }
    serve.terminate();
    return 0;
}
