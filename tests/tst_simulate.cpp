// counterdesk-cli simulate and HallSimulator: realistic days played through the app, only on
// working days, counted as the daily log counts them, the same for the same seed, never over
// days that hold records, and leaving an audit chain that verifies.
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "calendar/workingcalendar.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "dailylogstore.h"
#include "database.h"
#include "feedback/complaintbook.h"
#include "feedback/ratingbook.h"
#include "reports/dailylog.h"
#include "reports/hallsimulator.h"
#include "reports/kpis.h"
#include "testsupport.h"
#include "validation/mobilenumbervalidator.h"
#include "validation/residentidvalidator.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace
{
QDateTime beijing(const QDate &day, int h, int min)
{
    return QDateTime(day, QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

// Friday 7 March 2025 and the four days after it: Friday, the weekend, Monday and Tuesday.
const QDate kFrom(2025, 3, 7);
constexpr int kDays = 5;
const QList<QDate> kWorking{QDate(2025, 3, 7), QDate(2025, 3, 10), QDate(2025, 3, 11)};

qint64 value(const QJsonObject &o, const char *section, const char *item)
{
    return o.value(QLatin1String(section)).toObject().value(QLatin1String(item)).toInteger(-1);
}

// Everything the simulator reports about a day, to compare two runs.
QList<qint64> fields(const HallSimulator::Figures &f)
{
    return {f.tickets,   f.served,      f.noShows, f.casesOpened, f.accepted,   f.notices,
            f.ready,     f.closedCases, f.ratings, f.badRatings,  f.complaints, f.complaintsClosed,
            f.questions, f.answers};
}
} // namespace

class TestSimulate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void playsWorkingDaysAsTheLogCountsThem();
    void sameSeedSameDays();
    void refusesDaysWithRecords();
    void refusesBadOptions();
    void commandLine();

private:
    // A fresh demo branch created on Thursday 6 March 2025; "now" is then 20 March.
    std::unique_ptr<Branch> newBranch(const QString &dir);
    HallSimulator::Result simulate(Branch &branch, quint64 seed, int windows = 3);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
};

std::unique_ptr<Branch> TestSimulate::newBranch(const QString &dir)
{
    Clock::setTestNow(beijing(QDate(2025, 3, 6), 9, 0));
    auto branch =
        Branch::create(dir, TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    Clock::setTestNow(beijing(QDate(2025, 3, 20), 9, 0));
    return branch;
}

HallSimulator::Result TestSimulate::simulate(Branch &branch, quint64 seed, int windows)
{
    HallSimulator::Options o;
    o.from = kFrom;
    o.days = kDays;
    o.windows = windows;
    o.seed = seed;
    return HallSimulator(branch).run(o);
}

void TestSimulate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = newBranch(m_dir->path());
}

void TestSimulate::cleanup()
{
    m_branch.reset();
    m_dir.reset();
    Clock::setTestNow({});
}

void TestSimulate::playsWorkingDaysAsTheLogCountsThem()
{
    const QDateTime before = Clock::nowUtc();
    const qint64 entriesBefore = AuditStore(m_branch->database()).count();
    const HallSimulator::Result r = simulate(*m_branch, 7);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(Clock::nowUtc(), before); // the clock is left as it was
    QCOMPARE(r.skippedDays, 2);
    QCOMPARE(r.days.size(), kWorking.size());

    DailyLogStore store(m_branch->database());
    const auto catalogue = CatalogueUpdate::current(*m_branch);
    DailyLog log(*m_branch, &*catalogue);
    int morningPeak = 0;
    int lateAfternoon = 0;
    for (int i = 0; i < kDays; ++i) {
        const QDate day = kFrom.addDays(i);
        const QList<DayTicketRow> tickets = store.tickets(day.toString(Qt::ISODate));
        QCOMPARE(!tickets.isEmpty(), kWorking.contains(day));
        for (const DayTicketRow &t : tickets) {
            const QTime local = QDateTime::fromString(t.issuedUtc, Qt::ISODateWithMs)
                                    .toTimeZone(m_branch->timeZone())
                                    .time();
            QVERIFY(local >= QTime(9, 0) && local < QTime(17, 0));
            morningPeak += local < QTime(11, 0) ? 1 : 0;
            lateAfternoon += local >= QTime(15, 0) ? 1 : 0;
        }
    }
    // Arrivals peak mid-morning: 9 to 11 brings about twice as many as 15 to 17.
    QVERIFY2(2 * morningPeak > 3 * lateAfternoon,
             qPrintable(QStringLiteral("%1 vs %2").arg(morningPeak).arg(lateAfternoon)));

    for (const HallSimulator::Figures &f : r.days) {
        QVERIFY(kWorking.contains(f.day));
        const QJsonObject c = log.compile(f.day);
        const QString day = f.day.toString(Qt::ISODate);
        QCOMPARE(value(c, "tickets", "issued"), f.tickets);
        QCOMPARE(value(c, "tickets", "served"), f.served);
        QCOMPARE(value(c, "tickets", "noShow"), f.noShows);
        QCOMPARE(value(c, "cases", "opened"), f.casesOpened);
        QCOMPARE(value(c, "cases", "accepted"), f.accepted);
        QCOMPARE(value(c, "cases", "notices"), f.notices);
        QCOMPARE(value(c, "cases", "ready"), f.ready);
        QCOMPARE(value(c, "cases", "extended"), f.extended);
        QCOMPARE(value(c, "questions", "recorded"), f.questions);
        QCOMPARE(value(c, "questions", "answered"), f.answers);
        QCOMPARE(RatingBook(*m_branch).list(f.day, f.day).size(), f.ratings);
        // Everybody is called before the day ends: served or gone.
        QCOMPARE(f.served + f.noShows, f.tickets);
        // Three windows: a busy hall, not an empty or an impossible one.
        QVERIFY2(f.tickets > 100 && f.tickets < 400, qPrintable(QString::number(f.tickets)));
        QVERIFY(f.ratings > f.served / 2 && f.ratings <= f.served);
        const qint64 avgWait = value(c, "tickets", "avgWaitSeconds");
        QVERIFY2(avgWait > 60 && avgWait < 3600, qPrintable(QString::number(avgWait)));
        QVERIFY(!store.isSigned(day));
    }
    const HallSimulator::Figures &t = r.total;
    QVERIFY(t.noShows > 0);
    QVERIFY(t.accepted > 0);
    QVERIFY(t.notices > 0);
    QVERIFY(t.notices < t.accepted);
    QVERIFY(t.ready > 0); // cases accepted on Friday are ready by Tuesday
    QCOMPARE(r.staff, 3); // two clerks, and the manager at the third window
    QCOMPARE(ComplaintBook(*m_branch).list(false).size(), t.complaints);

    // Every customer the cases recorded has a valid identity number and phone.
    BranchStore people(m_branch->database());
    const qint64 customers = people.customerCount();
    QCOMPARE(customers, 5 + t.casesOpened); // the demo's five, and one per case
    for (qint64 id = 1; id <= customers; ++id) {
        const auto c = people.customer(id);
        QVERIFY(c);
        QVERIFY2(ResidentIdValidator::validate(c->idNumber).valid, qPrintable(c->idNumber));
        QVERIFY(MobileNumberValidator::validate(c->phone).valid);
    }

    const AuditChain::Verification v = m_branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(r.events, v.entries - entriesBefore);
    QVERIFY(r.events > 4 * t.tickets); // issue, call, start, finish, and more

    // The period's report over the simulated days is the sum of their daily logs.
    const KpiReport period = HallKpis(*m_branch).compute(kFrom, kFrom.addDays(kDays - 1));
    qint64 issued = 0, served = 0, noShow = 0, accepted = 0, notices = 0, ready = 0;
    for (int i = 0; i < kDays; ++i) {
        const QJsonObject f = log.compile(kFrom.addDays(i));
        const QJsonObject tickets = f.value(QStringLiteral("tickets")).toObject();
        const QJsonObject cases = f.value(QStringLiteral("cases")).toObject();
        issued += tickets.value(QStringLiteral("issued")).toInteger();
        served += tickets.value(QStringLiteral("served")).toInteger();
        noShow += tickets.value(QStringLiteral("noShow")).toInteger();
        accepted += cases.value(QStringLiteral("accepted")).toInteger();
        notices += cases.value(QStringLiteral("notices")).toInteger();
        ready += cases.value(QStringLiteral("ready")).toInteger();
    }
    QCOMPARE(period.total.issued, issued);
    QCOMPARE(period.total.served, served);
    QCOMPARE(period.total.noShow, noShow);
    QCOMPARE(period.logTotals.accepted, accepted);
    QCOMPARE(period.logTotals.notices, notices);
    QCOMPARE(period.logTotals.ready, ready);
    QCOMPARE(issued, t.tickets); // and they are what was played
    QCOMPARE(accepted, t.accepted);
}

void TestSimulate::sameSeedSameDays()
{
    QTemporaryDir otherDir;
    auto other = newBranch(otherDir.path());
    // One window: no lunch break, a short queue all day.
    const HallSimulator::Result a = simulate(*m_branch, 11, 1);
    const HallSimulator::Result b = simulate(*other, 11, 1);
    QVERIFY2(a.ok && b.ok, qPrintable(a.message + b.message));
    QCOMPARE(a.days.size(), b.days.size());
    for (int i = 0; i < a.days.size(); ++i) {
        QCOMPARE(a.days.at(i).day, b.days.at(i).day);
        QCOMPARE(fields(a.days.at(i)), fields(b.days.at(i)));
    }
    QCOMPARE(a.events, b.events);

    // Another seed, other days.
    QTemporaryDir thirdDir;
    auto third = newBranch(thirdDir.path());
    const HallSimulator::Result c = simulate(*third, 12, 1);
    QVERIFY(c.ok);
    bool differs = false;
    for (int i = 0; i < a.days.size(); ++i) {
        differs = differs || fields(a.days.at(i)) != fields(c.days.at(i));
    }
    QVERIFY(differs);
}

void TestSimulate::refusesDaysWithRecords()
{
    // A day whose log is signed (here without any ticket) is closed.
    Clock::setTestNow(beijing(QDate(2025, 3, 7), 18, 0));
    const auto wangli = BranchStore(m_branch->database()).staffByLogin(QStringLiteral("wangli"));
    QVERIFY(wangli);
    const Session manager{wangli->id, wangli->login, wangli->displayName, wangli->role, 0};
    DailyLog(*m_branch).sign(manager, QDate(2025, 3, 7), {});
    Clock::setTestNow(beijing(QDate(2025, 3, 20), 9, 0));
    AuditStore audit(m_branch->database());
    qint64 entries = audit.count();
    HallSimulator::Result r = simulate(*m_branch, 1);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("2025-03-07 is signed")), qPrintable(r.message));
    QCOMPARE(audit.count(), entries);

    // Monday to Tuesday play; then Tuesday again, and the whole range again, are refused.
    HallSimulator::Options o;
    o.from = QDate(2025, 3, 10);
    o.days = 2;
    o.windows = 1;
    r = HallSimulator(*m_branch).run(o);
    QVERIFY2(r.ok, qPrintable(r.message));
    entries = audit.count();
    const qint64 tickets =
        DailyLogStore(m_branch->database()).tickets(QStringLiteral("2025-03-11")).size();
    QVERIFY(tickets > 0);

    o.from = QDate(2025, 3, 11);
    o.days = 1;
    r = HallSimulator(*m_branch).run(o);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("2025-03-11 already has tickets")),
             qPrintable(r.message));
    o.from = QDate(2025, 3, 10);
    o.days = 2;
    r = HallSimulator(*m_branch).run(o);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("already reach 2025-03-11")), qPrintable(r.message));
    QVERIFY(r.days.isEmpty());
    QCOMPARE(audit.count(), entries);
    QCOMPARE(DailyLogStore(m_branch->database()).tickets(QStringLiteral("2025-03-11")).size(),
             tickets);
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestSimulate::refusesBadOptions()
{
    AuditStore audit(m_branch->database());
    const qint64 entries = audit.count();
    HallSimulator sim(*m_branch);
    HallSimulator::Options o;
    o.from = kFrom;
    o.windows = 3;
    for (int days : {0, -1, HallSimulator::MaxDays + 1}) {
        o.days = days;
        QVERIFY(sim.run(o).message.contains(QLatin1String("--days")));
    }
    o.days = 3;
    for (int windows : {0, HallSimulator::MaxWindows + 1}) {
        o.windows = windows;
        QVERIFY(sim.run(o).message.contains(QLatin1String("--windows")));
    }
    o.windows = 3;
    // Today (20 March) and later are not simulated...
    o.from = QDate(2025, 3, 19);
    QVERIFY(sim.run(o).message.contains(QLatin1String("before today")));
    // ...nor days before the branch's records begin (created on 6 March).
    o.from = QDate(2025, 3, 5);
    QVERIFY(sim.run(o).message.contains(QLatin1String("already reach 2025-03-06")));
    QCOMPARE(audit.count(), entries);
    // A weekend alone: nothing to play, and nothing done.
    o.from = QDate(2025, 3, 8);
    o.days = 2;
    const HallSimulator::Result r = sim.run(o);
    QVERIFY(r.ok);
    QVERIFY(r.days.isEmpty());
    QCOMPARE(r.skippedDays, 2);
    QCOMPARE(audit.count(), entries);
}

void TestSimulate::commandLine()
{
    QTemporaryDir dir;
    const QStringList args{
        QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir.path(),
        QStringLiteral("--from"),   QStringLiteral("2025-03-07"), QStringLiteral("--days"),
        QStringLiteral("4"),        QStringLiteral("--windows"),  QStringLiteral("2"),
        QStringLiteral("--sign")};
    const auto first = TestSupport::cli(args + QStringList{QStringLiteral("--init-demo")},
                                        TestSupport::passphrase());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QLatin1String("Created the demo branch DEMO01")));
    QVERIFY(first.out.contains(QLatin1String("2025-03-07: ")));
    QVERIFY(first.out.contains(QLatin1String("2025-03-10: ")));
    QVERIFY(!first.out.contains(QLatin1String("2025-03-08")));
    QVERIFY(first.out.contains(QLatin1String("Total, 2 working day")));
    QVERIFY(first.out.contains(QLatin1String("2 daily log")));
    QVERIFY(first.out.contains(QLatin1String("2 weekend or holiday days skipped.")));
    // Counts only: no identity number or phone is ever printed.
    static const QRegularExpression personal(QStringLiteral("\\d{17}[\\dX]|1[3-9]\\d{9}"));
    QVERIFY(!personal.match(first.out + first.err).hasMatch());

    const auto verify = TestSupport::cli({QStringLiteral("audit"), QStringLiteral("verify"),
                                          QStringLiteral("--data-dir"), dir.path()},
                                         TestSupport::passphrase());
    QCOMPARE(verify.exitCode, 0);

    // The same days again: refused, nothing changed.
    const auto before = TestSupport::fingerprint(dir.path());
    const auto again = TestSupport::cli(args, TestSupport::passphrase());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("cannot be simulated")), qPrintable(again.err));
    const auto initAgain = TestSupport::cli(args + QStringList{QStringLiteral("--init-demo")},
                                            TestSupport::passphrase());
    QCOMPARE(initAgain.exitCode, 1);
    QVERIFY(initAgain.err.contains(QLatin1String("already holds one")));
    const auto badWindows = TestSupport::cli(
        {QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir.path(),
         QStringLiteral("--from"), QStringLiteral("2025-04-01"), QStringLiteral("--days"),
         QStringLiteral("3"), QStringLiteral("--windows"), QStringLiteral("41")},
        TestSupport::passphrase());
    QCOMPARE(badWindows.exitCode, 1);
    QVERIFY(badWindows.err.contains(QLatin1String("--windows must be from 1 to 40")));
    QCOMPARE(TestSupport::fingerprint(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestSimulate)
#include "tst_simulate.moc"
