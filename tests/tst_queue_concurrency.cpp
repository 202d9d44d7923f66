// Counters pressing "call next" at the same moment on one branch file: each with its own
// connection (threads) or its own process (the CLI), they never get the same ticket and never
// lose one, and the audit chain stays whole.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "database.h"
#include "queue/hallwindows.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
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

class TestQueueConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threadsCallingAtOnce();
    void processesCallingAtOnce();

private:
    // A copy of the template branch with `tickets` waiting, alternately for A and B.
    QString prepare(QTemporaryDir &dir, int tickets);
    QTemporaryDir m_template;
};

void TestQueueConcurrency::initTestCase()
{
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    QList<WindowRow> windows;
    for (int w = 1; w <= 6; ++w) {
        windows.append({w, {}, true, w % 2 ? QStringList{A, B} : QStringList{B, A}});
    }
    QCOMPARE(HallWindows(*branch).replaceAll(windows, QStringLiteral("test")), QString());
    branch->database().checkpoint();
}

QString TestQueueConcurrency::prepare(QTemporaryDir &dir, int tickets)
{
    QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                dir.filePath(QStringLiteral("branch.db")));
    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    TicketQueue queue(*branch);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < tickets; ++i) {
        TicketQueue::IssueRequest r;
        r.serviceCode = i % 2 ? B : A;
        if (!queue.issue(r, QStringLiteral("test")).ok()) {
            return {};
        }
    }
    qInfo("issued %d tickets in %lld ms", tickets, static_cast<long long>(timer.elapsed()));
    branch->database().checkpoint();
    return dir.path();
}

void TestQueueConcurrency::threadsCallingAtOnce()
{
    constexpr int Tickets = 120;
    constexpr int Counters = 6;
    QTemporaryDir dir;
    QVERIFY(!prepare(dir, Tickets).isEmpty());

    QMutex mutex;
    QStringList called;
    QStringList errors;
    std::atomic<int> ready{0};
    QElapsedTimer timer;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w <= Counters; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            try {
                // Each counter has its own connection, as each PC or host thread would.
                auto branch = Branch::open(dir.path(), TestSupport::passphrase());
                TicketQueue queue(*branch);
                ++ready;
                while (ready < Counters) {
                    QThread::yieldCurrentThread(); // start together
                }
                for (;;) {
                    const TicketQueue::Result r = queue.callNext(w, QStringLiteral("counter"));
                    if (r.status == TicketQueue::Status::Empty) {
                        break;
                    }
                    if (!r.ok() || !queue.finish(w, QStringLiteral("counter")).ok()) {
                        QMutexLocker lock(&mutex);
                        errors << r.message;
                        break;
                    }
                    QMutexLocker lock(&mutex);
                    called << r.ticket.number;
                }
            } catch (const std::exception &e) {
                QMutexLocker lock(&mutex);
                errors << QString::fromUtf8(e.what());
            }
        }));
    }
    timer.start();
    for (auto &t : threads) {
        t->start();
    }
    for (auto &t : threads) {
        QVERIFY(t->wait(120000));
    }
    qInfo("%d counters called and finished %lld tickets in %lld ms", Counters,
          static_cast<long long>(called.size()), static_cast<long long>(timer.elapsed()));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(called.size(), Tickets);
    QCOMPARE(QSet<QString>(called.cbegin(), called.cend()).size(), Tickets); // never twice

    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    Database &db = branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM ticket WHERE state = 'done'"), Tickets);
    QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'ticket.call'"), Tickets);
    const AuditChain::Verification v = branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestQueueConcurrency::processesCallingAtOnce()
{
    constexpr int Tickets = 12;
    constexpr int Counters = 3;
    QTemporaryDir dir;
    QVERIFY(!prepare(dir, Tickets).isEmpty());
    // Each process is a counter PC running the CLI in a loop until nobody waits.
    const QString script = QStringLiteral(
        "while out=$(\"$0\" queue call --window \"$1\" --data-dir \"$2\"); do "
        "  echo \"$out\" | head -n 1; "
        "  \"$0\" queue finish --window \"$1\" --data-dir \"$2\" >/dev/null || exit 2; "
        "done");
    std::vector<std::unique_ptr<QProcess>> counters;
    for (int w = 1; w <= Counters; ++w) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
                   QString::fromUtf8(TestSupport::passphrase()));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral("sh"),
                 {QStringLiteral("-c"), script, QStringLiteral(COUNTERDESK_CLI_PATH),
                  QString::number(w), dir.path()});
        counters.push_back(std::move(p));
    }
    QStringList called;
    for (auto &p : counters) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitCode(), 0); // 2 if a finish failed
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("Nobody is waiting")), qPrintable(err));
        called += QString::fromUtf8(p->readAllStandardOutput())
                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QCOMPARE(called.size(), Tickets);
    QCOMPARE(QSet<QString>(called.cbegin(), called.cend()).size(), Tickets);
    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    QCOMPARE(branch->database().queryInt("SELECT count(*) FROM ticket WHERE state = 'done'"),
             Tickets);
    QVERIFY(branch->verifyAudit().ok);
}

QTEST_GUILESS_MAIN(TestQueueConcurrency)
#include "tst_queue_concurrency.moc"
