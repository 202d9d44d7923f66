// The queue on a real encrypted branch: numbering, the calling order (service order, priority
// groups, due bookings and the fairness limit) as tables with a set clock, recall and no-show,
// park, specific calls, transfers, the day rollover at Beijing midnight and estimated waits.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "database.h"
#include "queue/hallwindows.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{
const QString A = QStringLiteral("INS-BQ-CONTACT"); // prefix A
const QString B = QStringLiteral("INS-CL-MEDICAL"); // prefix B
const QString K = QStringLiteral("GEN-CONSULT");    // prefix K
const QString Actor = QStringLiteral("test");

// Monday 2 March 2026, 09:00 in Beijing.
const QDateTime Base(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

QDateTime at(int minutes)
{
    return Base.addSecs(minutes * 60);
}

// A list of UTF-8 literals (QT_NO_CAST_FROM_ASCII is on).
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items) {
        out << QString::fromUtf8(i);
    }
    return out;
}

QString serviceFor(const QString &alias)
{
    return alias == QLatin1String("A") ? A : alias == QLatin1String("B") ? B : K;
}
} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void numbersPerPrefixAndDay();
    void callingOrder_data();
    void callingOrder();
    void fairnessLimitIsASetting();
    void transferKeepsIssueTime();
    void transferToAWindow();
    void recallThenNoShow();
    void noShowAfterConfiguredRecalls();
    void parkAndResume();
    void callASpecificTicket();
    void oneTicketPerWindow();
    void dayRolloverAtBeijingMidnight();
    void estimatedWait();
    void refusals();
    void tokens();
    void everyChangeIsAudited();

private:
    TicketQueue::Result issue(const QString &service, Ticket::Group group = Ticket::Group::None);

    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<TicketQueue> m_queue;
};

void TestQueue::initTestCase()
{
    // One demo branch with a test hall, copied for each test (creating one hashes passwords).
    Clock::setTestNow(Base.addSecs(-3600));
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, Actor);
    // Window 1 calls A before B, window 2 B before A, window 3 only consultations.
    QCOMPARE(HallWindows(*branch).replaceAll({{1, QStringLiteral("one"), true, {A, B}},
                                              {2, QStringLiteral("two"), true, {B, A}},
                                              {3, QStringLiteral("three"), true, {K}}},
                                             Actor),
             QString());
    branch->database().checkpoint();
}

void TestQueue::init()
{
    Clock::setTestNow(Base);
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    m_queue = std::make_unique<TicketQueue>(*m_branch);
}

void TestQueue::cleanup()
{
    if (m_branch) {
        const AuditChain::Verification v = m_branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    m_queue.reset();
    m_branch.reset();
    delete m_dir;
    Clock::setTestNow({});
}

TicketQueue::Result TestQueue::issue(const QString &service, Ticket::Group group)
{
    TicketQueue::IssueRequest r;
    r.serviceCode = service;
    r.group = group;
    return m_queue->issue(r, Actor);
}

void TestQueue::numbersPerPrefixAndDay()
{
    QCOMPARE(issue(A).ticket.number, QStringLiteral("A001"));
    QCOMPARE(issue(A).ticket.number, QStringLiteral("A002"));
    QCOMPARE(issue(B).ticket.number, QStringLiteral("B001"));
    // Another service with the same prefix shares its numbers.
    QCOMPARE(HallWindows(*m_branch).set({4, {}, true, {QStringLiteral("INS-BQ-LOAN")}}, Actor),
             QString());
    QCOMPARE(issue(QStringLiteral("INS-BQ-LOAN")).ticket.number, QStringLiteral("A003"));
    const TicketQueue::Result r = issue(A);
    QCOMPARE(r.ticket.businessDay, QDate(2026, 3, 2));
    QCOMPARE(r.ticket.issuedUtc, Base);
    QCOMPARE(r.ticket.state, Ticket::State::Waiting);
    QCOMPARE(r.peopleAhead, 2); // A001, A002 (INS-BQ-LOAN is another service)
    QCOMPARE(Ticket::formatNumber(QStringLiteral("A"), 1000), QStringLiteral("A1000"));
}

void TestQueue::callingOrder_data()
{
    // Issues: "MINUTE SERVICE GROUP [booked@DUE_MINUTE]"; calls: "MINUTE WINDOW EXPECTED"
    // ("-": nobody). Each call is finished at once. Fairness limit: 30 minutes.
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QStringList>("calls");

    QTest::newRow("window 1: service A before B, whatever came first")
        << list({"00 B none", "01 A none"}) << list({"02 1 A001", "02 1 B001", "02 1 -"});
    QTest::newRow("window 2: service B before A")
        << list({"00 A none", "01 B none"}) << list({"02 2 B001", "02 2 A001"});
    QTest::newRow("window 3 calls only its service")
        << list({"00 A none", "01 K none"}) << list({"02 3 K001", "02 3 -"});
    QTest::newRow("priority groups first within a service, in order of issue")
        << list({"00 A none", "01 A none", "02 A elderly", "03 A disabled", "04 A child"})
        << list({"05 1 A003", "05 1 A004", "05 1 A005", "05 1 A001", "05 1 A002"});
    QTest::newRow("all four groups rank alike")
        << list({"00 A pregnant", "01 A child", "02 A elderly", "03 A disabled"})
        << list({"05 1 A001", "05 1 A002", "05 1 A003", "05 1 A004"});
    QTest::newRow("a priority group does not cross the service order")
        << list({"00 A none", "01 B pregnant"}) << list({"02 1 A001", "02 1 B001"});
    QTest::newRow("before the limit: service order")
        << list({"00 B none", "10 A none"}) << list({"29 1 A001", "29 1 B001"});
    QTest::newRow("at the limit: the oldest goes first, whatever its service")
        << list({"00 B none", "10 A none"}) << list({"30 1 B001", "30 1 A001"});
    QTest::newRow("past the limit beats a priority group")
        << list({"00 A none", "20 A elderly"}) << list({"31 1 A001", "31 1 A002"});
    QTest::newRow("below the limit the priority group wins")
        << list({"00 A none", "20 A elderly"}) << list({"29 1 A002", "29 1 A001"});
    QTest::newRow("several overdue: oldest first across services")
        << list({"00 B none", "05 A none", "40 A child"})
        << list({"45 1 B001", "45 1 A001", "45 1 A002"});
    QTest::newRow("nobody starves: a stream of priority tickets")
        << list({"00 A none", "05 A elderly", "10 A elderly", "15 A elderly", "20 A elderly",
                 "25 A elderly", "30 A elderly"})
        << list({"06 1 A002", "11 1 A003", "16 1 A004", "21 1 A005", "26 1 A006", "31 1 A001",
                 "31 1 A007"});
    QTest::newRow("a due booking before walk-ins and groups of its service")
        << list({"00 A elderly", "01 A none", "02 A none booked@05"})
        << list({"06 1 A003", "06 1 A001", "06 1 A002"});
    QTest::newRow("a booking not yet due counts as a walk-in")
        << list({"00 A none", "01 A none booked@30"}) << list({"05 1 A001", "05 1 A002"});
    QTest::newRow("due bookings by due time")
        << list({"00 A none booked@10", "01 A none booked@05", "02 A none"})
        << list({"11 1 A002", "11 1 A001", "11 1 A003"});
    QTest::newRow("a booking never pushes a walk-in past the limit")
        << list({"00 A none", "20 A none booked@25"}) << list({"31 1 A001", "31 1 A002"});
    QTest::newRow("a due booking does not cross the service order")
        << list({"00 A none", "01 B none booked@02"}) << list({"03 1 A001", "03 1 B001"});
    QTest::newRow("a booking's fairness clock starts at its slot")
        << list({"00 B none booked@20", "10 A none"}) << list({"45 2 A001", "45 2 B001"});
}

void TestQueue::callingOrder()
{
    QFETCH(QStringList, issues);
    QFETCH(QStringList, calls);
    for (const QString &spec : issues) {
        const QStringList f = spec.split(QLatin1Char(' '));
        Clock::setTestNow(at(f.at(0).toInt()));
        TicketQueue::IssueRequest r;
        r.serviceCode = serviceFor(f.at(1));
        r.group = Ticket::groupFromKey(f.at(2)).value();
        if (f.size() > 3) {
            r.kind = Ticket::Kind::Booked;
            r.dueUtc = at(f.at(3).section(QLatin1Char('@'), 1).toInt());
        }
        QVERIFY2(m_queue->issue(r, Actor).ok(), qPrintable(spec));
    }
    for (const QString &spec : calls) {
        const QStringList f = spec.split(QLatin1Char(' '));
        Clock::setTestNow(at(f.at(0).toInt()));
        const int window = f.at(1).toInt();
        const TicketQueue::Result r = m_queue->callNext(window, Actor);
        if (f.at(2) == QLatin1String("-")) {
            QCOMPARE(r.status, TicketQueue::Status::Empty);
            continue;
        }
        QVERIFY2(r.ok(), qPrintable(spec + QStringLiteral(": ") + r.message));
        QVERIFY2(r.ticket.number == f.at(2),
                 qPrintable(spec + QStringLiteral(": called ") + r.ticket.number));
        QVERIFY(m_queue->finish(window, Actor).ok());
    }
}

void TestQueue::fairnessLimitIsASetting()
{
    QCOMPARE(
        QueueSettings::change(
            *m_branch, {{QLatin1String(QueueSettings::FairnessKey), QStringLiteral("10")}}, Actor),
        QString());
    QCOMPARE(m_queue->settings().fairnessMinutes, 10);
    issue(B);
    Clock::setTestNow(at(1));
    issue(A);
    Clock::setTestNow(at(10));
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("B001"));
    // Out of range: refused, nothing changed.
    QVERIFY(
        !QueueSettings::change(
             *m_branch, {{QLatin1String(QueueSettings::FairnessKey), QStringLiteral("0")}}, Actor)
             .isEmpty());
    QCOMPARE(m_queue->settings().fairnessMinutes, 10);
}

void TestQueue::transferKeepsIssueTime()
{
    issue(A); // A001 at 0
    Clock::setTestNow(at(5));
    issue(B); // B001
    issue(B); // B002
    Clock::setTestNow(at(10));
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(m_queue->startServing(1, Actor).ok());
    const TicketQueue::Result moved = m_queue->transfer(1, B, 0, Actor);
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QCOMPARE(moved.ticket.number, QStringLiteral("A001"));
    QCOMPARE(moved.ticket.serviceCode, B);
    QCOMPARE(moved.ticket.state, Ticket::State::Waiting);
    QCOMPARE(moved.ticket.issuedUtc, Base);
    QCOMPARE(moved.ticket.transfers, 1);
    QVERIFY(!m_queue->current(1));
    // Window 2 calls service B: A001, issued at 0, is ahead of B001 issued at 5.
    Clock::setTestNow(at(11));
    const auto pos = m_queue->position(*m_queue->ticket(QStringLiteral("A001")));
    QVERIFY(pos);
    QCOMPARE(pos->peopleAhead, 0);
    QCOMPARE(m_queue->callNext(2, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(m_queue->finish(2, Actor).ok());
    QCOMPARE(m_queue->callNext(2, Actor).ticket.number, QStringLiteral("B001"));
}

void TestQueue::transferToAWindow()
{
    issue(A);
    issue(A);
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(m_queue->transfer(1, {}, 3, Actor).ok());
    // Only window 3 may call it, although window 3 does not serve A.
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A002"));
    QVERIFY(m_queue->finish(1, Actor).ok());
    QCOMPARE(m_queue->callNext(1, Actor).status, TicketQueue::Status::Empty);
    QCOMPARE(m_queue->callNext(3, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(!m_queue->transfer(3, {}, 0, Actor).ok());  // where to?
    QVERIFY(!m_queue->transfer(3, {}, 42, Actor).ok()); // no such window
}

void TestQueue::recallThenNoShow()
{
    issue(A);
    issue(A);
    QVERIFY(m_queue->callNext(1, Actor).ok());
    QCOMPARE(m_queue->noShow(1, Actor).status, TicketQueue::Status::Refused); // not recalled yet
    for (int i = 1; i <= 3; ++i) {
        const TicketQueue::Result r = m_queue->recall(1, Actor);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.ticket.callCount, i + 1);
    }
    const TicketQueue::Result fourth = m_queue->recall(1, Actor);
    QCOMPARE(fourth.status, TicketQueue::Status::Refused);
    QVERIFY(fourth.message.contains(QLatin1String("no-show")));
    const TicketQueue::Result gone = m_queue->noShow(1, Actor);
    QVERIFY(gone.ok());
    QCOMPARE(gone.ticket.state, Ticket::State::NoShow);
    QCOMPARE(m_queue->ticket(QStringLiteral("A001"))->state, Ticket::State::NoShow);
    QVERIFY(!m_queue->current(1));
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A002"));
    QVERIFY(m_queue->finish(1, Actor).ok());
    // The customer comes back: the clerk calls the ticket by its number.
    const TicketQueue::Result back = m_queue->callTicket(1, QStringLiteral("A001"), Actor);
    QVERIFY2(back.ok(), qPrintable(back.message));
    QCOMPARE(back.ticket.callCount, 5);
}

void TestQueue::noShowAfterConfiguredRecalls()
{
    QCOMPARE(
        QueueSettings::change(
            *m_branch, {{QLatin1String(QueueSettings::MaxRecallsKey), QStringLiteral("1")}}, Actor),
        QString());
    issue(A);
    QVERIFY(m_queue->callNext(1, Actor).ok());
    QVERIFY(!m_queue->noShow(1, Actor).ok());
    QVERIFY(m_queue->recall(1, Actor).ok());
    QVERIFY(!m_queue->recall(1, Actor).ok());
    QVERIFY(m_queue->noShow(1, Actor).ok());
}

void TestQueue::parkAndResume()
{
    issue(A);
    issue(A);
    QVERIFY(m_queue->callNext(1, Actor).ok());
    QVERIFY(m_queue->startServing(1, Actor).ok());
    Clock::setTestNow(at(3));
    const TicketQueue::Result parked = m_queue->park(1, Actor);
    QVERIFY(parked.ok());
    QCOMPARE(parked.ticket.state, Ticket::State::Parked);
    QVERIFY(!m_queue->current(1));
    // Parked is not waiting: call-next passes over it.
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A002"));
    QCOMPARE(m_queue->resume(1, QStringLiteral("A001"), Actor).status,
             TicketQueue::Status::Refused); // window 1 is busy with A002
    QVERIFY(m_queue->finish(1, Actor).ok());
    QCOMPARE(m_queue->callNext(1, Actor).status, TicketQueue::Status::Empty);
    QVERIFY(!m_queue->resume(1, QStringLiteral("A002"), Actor).ok()); // done, not parked
    Clock::setTestNow(at(10));
    const TicketQueue::Result back = m_queue->resume(1, QStringLiteral("A001"), Actor);
    QVERIFY2(back.ok(), qPrintable(back.message));
    QCOMPARE(back.ticket.state, Ticket::State::Called);
    QCOMPARE(back.ticket.callCount, 2);
    QVERIFY(m_queue->startServing(1, Actor).ok());
    Clock::setTestNow(at(14));
    const TicketQueue::Result done = m_queue->finish(1, Actor);
    QCOMPARE(done.ticket.serviceSeconds, 4 * 60);
}

void TestQueue::callASpecificTicket()
{
    issue(A);
    issue(A);
    issue(A);
    QCOMPARE(m_queue->callTicket(1, QStringLiteral("a003"), Actor).ticket.number,
             QStringLiteral("A003"));
    QVERIFY(m_queue->finish(1, Actor).ok());
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(m_queue->finish(1, Actor).ok());
    QVERIFY(!m_queue->callTicket(1, QStringLiteral("A003"), Actor).ok()); // already done
    QVERIFY(!m_queue->callTicket(1, QStringLiteral("A999"), Actor).ok());
    QVERIFY(!m_queue->callTicket(9, QStringLiteral("A002"), Actor).ok()); // no window 9
    // A window may call a ticket of a service it does not normally serve.
    QCOMPARE(m_queue->callTicket(3, QStringLiteral("A002"), Actor).ticket.number,
             QStringLiteral("A002"));
}

void TestQueue::oneTicketPerWindow()
{
    issue(A);
    issue(A);
    QVERIFY(m_queue->callNext(1, Actor).ok());
    const TicketQueue::Result busy = m_queue->callNext(1, Actor);
    QCOMPARE(busy.status, TicketQueue::Status::Refused);
    QVERIFY(busy.message.contains(QLatin1String("A001")));
    QVERIFY(!m_queue->finish(2, Actor).ok()); // window 2 has nothing
    QCOMPARE(m_queue->callNext(2, Actor).ticket.number, QStringLiteral("A002"));
    QVERIFY(!m_queue->callNext(7, Actor).ok()); // no such window
}

void TestQueue::dayRolloverAtBeijingMidnight()
{
    // 23:59:59 in Beijing on 2 March.
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(15, 59, 59), Qt::UTC));
    const TicketQueue::Result late = issue(A);
    QCOMPARE(late.ticket.businessDay, QDate(2026, 3, 2));
    issue(A);
    issue(A);
    QVERIFY(m_queue->callNext(1, Actor).ok());
    QVERIFY(m_queue->callNext(2, Actor).ok());
    QVERIFY(m_queue->park(2, Actor).ok());
    QVERIFY(m_queue->byToken(late.ticket.token));

    // 00:00:00 on 3 March: numbers restart; yesterday's tickets and tokens are gone.
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC));
    QCOMPARE(m_queue->today(), QDate(2026, 3, 3));
    QVERIFY(!m_queue->byToken(late.ticket.token));
    QVERIFY(!m_queue->current(1));
    QVERIFY(m_queue->waiting().isEmpty());
    const TicketQueue::Result first = issue(A);
    QCOMPARE(first.ticket.number, QStringLiteral("A001"));
    QCOMPARE(first.ticket.businessDay, QDate(2026, 3, 3));
    QCOMPARE(first.peopleAhead, 0);
    QVERIFY(m_queue->byToken(first.ticket.token));
    QCOMPARE(m_queue->callNext(1, Actor).ticket.number, QStringLiteral("A001"));
    QVERIFY(m_queue->finish(1, Actor).ok());
    QCOMPARE(m_queue->callNext(1, Actor).status, TicketQueue::Status::Empty);
    QVERIFY(!m_queue->callTicket(1, QStringLiteral("A002"), Actor).ok()); // yesterday's
    // Yesterday's open tickets were closed as expired, in one audited event.
    Database &db = m_branch->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM ticket WHERE business_day = '2026-03-02' AND "
                         "state = 'expired'"),
             3);
    QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'queue.rollover'"), 1);
    QCOMPARE(db.queryInt("SELECT json_extract(payload, '$.expired') FROM audit_log WHERE "
                         "action = 'queue.rollover'"),
             3);
    QCOMPARE(m_queue->closeEarlierDays(Actor), 0);
}

void TestQueue::estimatedWait()
{
    // No history yet: the default (5 minutes) per person, over the two open windows.
    QCOMPARE(m_queue->meanServiceSeconds(A), 300);
    // Three finished services of A: 4, 6 and 8 minutes.
    int minute = 0;
    for (int length : {4, 6, 8}) {
        Clock::setTestNow(at(minute));
        issue(A);
        QVERIFY(m_queue->callNext(1, Actor).ok());
        QVERIFY(m_queue->startServing(1, Actor).ok());
        minute += length;
        Clock::setTestNow(at(minute));
        QVERIFY(m_queue->finish(1, Actor).ok());
    }
    QCOMPARE(m_queue->meanServiceSeconds(A), 360);
    issue(A);
    issue(A);
    issue(A);
    issue(B);
    issue(B);
    auto estimates = [&] {
        QStringList out;
        for (const TicketQueue::Position &p : m_queue->waiting()) {
            out << QStringLiteral("%1:%2:%3")
                       .arg(p.ticket.number)
                       .arg(p.peopleAhead)
                       .arg(p.estimatedWaitSeconds);
        }
        return out.join(QLatin1Char(' '));
    };
    // Windows 1 and 2 both serve A and B.
    QCOMPARE(estimates(), QStringLiteral("A004:0:0 A005:1:180 A006:2:360 B001:0:0 B002:1:150"));
    QVERIFY(HallWindows(*m_branch).setOpen(2, false, Actor).isEmpty());
    QCOMPARE(estimates(), QStringLiteral("A004:0:0 A005:1:360 A006:2:720 B001:0:0 B002:1:300"));
    QVERIFY(HallWindows(*m_branch).setOpen(1, false, Actor).isEmpty());
    QCOMPARE(estimates(), QStringLiteral("A004:0:-1 A005:1:-1 A006:2:-1 B001:0:-1 B002:1:-1"));
    // Only the last N finished count.
    QCOMPARE(
        QueueSettings::change(
            *m_branch, {{QLatin1String(QueueSettings::SamplesKey), QStringLiteral("1")}}, Actor),
        QString());
    QCOMPARE(m_queue->meanServiceSeconds(A), 480);
    // A priority ticket has fewer people ahead.
    const TicketQueue::Result elderly = issue(A, Ticket::Group::Elderly);
    QCOMPARE(elderly.peopleAhead, 0);
    QCOMPARE(m_queue->position(*m_queue->ticket(QStringLiteral("A004")))->peopleAhead, 1);
}

void TestQueue::refusals()
{
    const TicketQueue::Result unknown = issue(QStringLiteral("NO-SUCH"));
    QCOMPARE(unknown.status, TicketQueue::Status::Refused);
    QVERIFY(unknown.message.contains(QLatin1String("NO-SUCH")));
    // The test hall has no window for water repairs.
    const TicketQueue::Result nowhere = issue(QStringLiteral("WTR-REPAIR"));
    QCOMPARE(nowhere.status, TicketQueue::Status::Refused);
    QVERIFY(nowhere.message.contains(QLatin1String("No window")));
    TicketQueue::IssueRequest booked;
    booked.serviceCode = A;
    booked.kind = Ticket::Kind::Booked;
    QVERIFY(!m_queue->issue(booked, Actor).ok()); // no due time
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM ticket"), 0);
    QVERIFY(!m_queue->logReprint(QStringLiteral("A001"), QStringLiteral("jam"), Actor).ok());
    issue(A);
    QVERIFY(!m_queue->logReprint(QStringLiteral("A001"), QStringLiteral("  "), Actor).ok());
    QVERIFY(m_queue->logReprint(QStringLiteral("A001"), QStringLiteral("paper jam"), Actor).ok());
    // Windows: unknown services and duplicates are refused.
    HallWindows hall(*m_branch);
    QVERIFY(!hall.set({4, {}, true, {QStringLiteral("NO-SUCH")}}, Actor).isEmpty());
    QVERIFY(!hall.set({4, {}, true, {A, A}}, Actor).isEmpty());
    QVERIFY(!hall.set({4, {}, true, {}}, Actor).isEmpty());
    QVERIFY(hall.set({4, QStringLiteral("four"), true, {K, A}}, Actor).isEmpty());
    QCOMPARE(hall.window(4)->services, (QStringList{K, A}));
    QVERIFY(!hall.remove(5, Actor).isEmpty());
    QVERIFY(hall.remove(4, Actor).isEmpty());
    QVERIFY(!hall.window(4));
}

void TestQueue::tokens()
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString t = TicketQueue::newToken();
        QVERIFY2(urlSafe.match(t).hasMatch(), qPrintable(t));
        QVERIFY(!seen.contains(t));
        seen.insert(t);
    }
    const TicketQueue::Result r = issue(A);
    QVERIFY(urlSafe.match(r.ticket.token).hasMatch());
    QCOMPARE(m_queue->byToken(r.ticket.token)->number, QStringLiteral("A001"));
    QVERIFY(!m_queue->byToken(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")));
    QCOMPARE(m_queue->settings().statusUrl(r.ticket.token),
             QStringLiteral("https://hall.demo01.example/t/") + r.ticket.token);
    // The token never leaves the branch in the audit chain or the outbox.
    Statement s =
        m_branch->database().prepare("SELECT count(*) FROM audit_log WHERE instr(payload, ?) > 0");
    s.bind(1, r.ticket.token);
    QVERIFY(s.step());
    QCOMPARE(s.int64(0), 0);
}

void TestQueue::everyChangeIsAudited()
{
    issue(A);
    issue(A);
    issue(A);
    m_queue->callNext(1, Actor);
    m_queue->recall(1, Actor);
    m_queue->startServing(1, Actor);
    m_queue->park(1, Actor);
    m_queue->resume(1, QStringLiteral("A001"), Actor);
    m_queue->transfer(1, B, 0, Actor);
    m_queue->callTicket(2, QStringLiteral("A002"), Actor);
    m_queue->finish(2, Actor);
    m_queue->callNext(2, Actor); // A001, transferred to B
    m_queue->finish(2, Actor);
    m_queue->callNext(3, Actor); // nobody: no entry
    QStringList actions;
    Statement s = m_branch->database().prepare(
        "SELECT action FROM audit_log WHERE action LIKE 'ticket.%' ORDER BY seq");
    while (s.step()) {
        actions << s.text(0);
    }
    QCOMPARE(actions,
             list({"ticket.issue", "ticket.issue", "ticket.issue", "ticket.call", "ticket.recall",
                   "ticket.serve", "ticket.park", "ticket.resume", "ticket.transfer",
                   "ticket.call-specific", "ticket.finish", "ticket.call", "ticket.finish"}));
    QCOMPARE(
        m_branch->database().queryInt("SELECT count(*) FROM outbox WHERE kind LIKE 'ticket.%'"),
        13);
}

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
