// Appointments (issue 13) on a real encrypted branch with a set clock: slots on the working-day
// calendar (Spring Festival, National Day, make-up working days), the booking horizon and
// cut-off, full slots and cancelling, the last places taken by many bookers at once (threads
// and processes), the check-in window's edges, the queue's order with checked-in bookings,
// priority groups and walk-ins, blocking after no-shows and its expiry, masking, and the CLI.
#include "appointments/appointmentbook.h"
#include "appointments/appointmentsettings.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "calendar/calendarupdate.h"
#include "core/clock.h"
#include "crypto/signeddocument.h"
#include "database.h"
#include "queue/hallwindows.h"
#include "queue/ticketqueue.h"
#include "reports/dailylog.h"
#include "reports/kpis.h"
#include "reports/monthlybulletin.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace
{
const QString M = QStringLiteral("INS-CL-MEDICAL");  // bookable, prefix B: 30 min, 2 places
const QString G = QStringLiteral("GOV-REG-COMPANY"); // bookable: 20 min, 3 places
const QString W = QStringLiteral("INS-BQ-CONTACT");  // walk-ins only, prefix A
const QString Actor = QStringLiteral("test");
const QString Phone = QStringLiteral("13812345678");
const QTimeZone Beijing(QByteArrayLiteral("Asia/Shanghai"));

QDateTime beijing(QDate day, QTime time)
{
    return QDateTime(day, time, Beijing).toUTC();
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

QTime hm(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

// The built-in calendar with one day's kind changed, signed by the demo head office as the
// given version: what head office would publish.
QByteArray calendarWith(const QList<std::pair<QDate, const char *>> &days, int version)
{
    QFile f(QStringLiteral(":/calendar/cn-mainland.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const auto &[day, kind] : days) {
        const QString date = day.toString(Qt::ISODate);
        const QString entry =
            date + QLatin1Char('\t') + QLatin1String(kind) + QStringLiteral("\ttest");
        const QString header = QStringLiteral("# %1:").arg(day.year());
        bool placed = false;
        for (qsizetype i = 0; i < lines.size() && !placed; ++i) {
            if (lines.at(i).startsWith(date + QLatin1Char('\t'))) {
                lines[i] = entry;
                placed = true;
            } else if (lines.at(i).startsWith(header)) {
                lines.insert(i + 1, entry);
                placed = true;
            }
        }
        if (!placed) {
            lines << header + QStringLiteral(" test") << entry;
        }
    }
    return SignedDocument::sign(QLatin1String(CalendarUpdate::Format),
                                QJsonObject{{QStringLiteral("version"), version},
                                            {QStringLiteral("published"), QStringLiteral("test")},
                                            {QStringLiteral("tsv"), lines.join(QLatin1Char('\n'))}},
                                HeadOfficeKey::demo().privateSeed);
}

SlotRules weekdayRules(const QString &service, int slotMinutes, int places, const char *day)
{
    QString error;
    const QString d = QString::fromUtf8(day);
    SlotRules r;
    r.serviceCode = service;
    r.slotMinutes = slotMinutes;
    r.places = places;
    r.hours = SlotRules::parseHours(QStringList{d, d, d, d, d}.join(QLatin1Char(';')), &error)
                  .value_or(SlotRules::Hours{});
    return r;
}
} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hoursFormat();
    void slotsFollowTheCalendar_data();
    void slotsFollowTheCalendar();
    void slotsFollowHeadOfficesCalendar();
    void bookingAcrossSpringFestival();
    void bookingAcrossNationalDay();
    void cutOff();
    void fullSlotAndCancelFreesIt();
    void lastPlacesThreads();
    void checkInWindow_data();
    void checkInWindow();
    void queueOrder_data();
    void queueOrder();
    void noShowsBlockAndExpire();
    void servedAfterTheTicketIsFinished();
    void maskedInListAuditAndOutbox();
    void lastPlacesProcesses();
    void cliEndToEnd();
    void cliRules();
    void dayPlacesKeepBookingsAndListThem();
    void dailyLogAndBulletinCountBookings();

private:
    AppointmentBook::Result book(const QString &service, QDate day, const QString &time,
                                 const QString &phone = Phone,
                                 const QString &name = QString::fromUtf8("欧阳娜娜"));
    // A branch created under the real clock (for the CLI, which runs on it), with today made a
    // working day through a calendar signed by the demo head office, and M bookable all day in
    // 5-minute slots. Returns its folder.
    QString realTimeBranch(QTemporaryDir &dir);

    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<AppointmentBook> m_book;
};

void TestAppointments::initTestCase()
{
    // Early enough for every test's clock (the audit chain only moves forward in time).
    Clock::setTestNow(beijing(QDate(2026, 1, 5), QTime(8, 0)));
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, Actor);
    AppointmentBook book(*branch);
    QCOMPARE(book.setRules(weekdayRules(M, 30, 2, "09:00-12:00,13:30-16:30"), Actor), QString());
    QCOMPARE(book.setRules(weekdayRules(G, 20, 3, "09:00-12:00,14:00-17:00"), Actor), QString());
    // Window 1 calls M before W, window 2 W before M.
    QCOMPARE(HallWindows(*branch).replaceAll({{1, QStringLiteral("one"), true, {M, W}},
                                              {2, QStringLiteral("two"), true, {W, M}}},
                                             Actor),
             QString());
    branch->database().checkpoint();
}

void TestAppointments::init()
{
    Clock::setTestNow(beijing(QDate(2026, 1, 5), QTime(8, 30)));
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    m_book = std::make_unique<AppointmentBook>(*m_branch);
}

void TestAppointments::cleanup()
{
    if (m_branch) {
        const AuditChain::Verification v = m_branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    m_book.reset();
    m_branch.reset();
    delete m_dir;
    m_dir = nullptr;
    Clock::setTestNow({});
}

AppointmentBook::Result TestAppointments::book(const QString &service, QDate day,
                                               const QString &time, const QString &phone,
                                               const QString &name)
{
    AppointmentBook::BookRequest r;
    r.serviceCode = service;
    r.date = day;
    r.time = hm(time);
    r.name = name;
    r.phone = phone;
    r.channel = QStringLiteral("phone"); // the customer's own booking, online
    return m_book->book(r, Actor);
}

void TestAppointments::hoursFormat()
{
    QString error;
    const auto hours =
        SlotRules::parseHours(QStringLiteral("09:00-12:00, 13:30-16:30;;;;;08:00-10:00"), &error);
    QVERIFY2(hours, qPrintable(error));
    QCOMPARE(hours->at(0).size(), 2);
    QVERIFY(hours->at(1).isEmpty());
    QCOMPARE(hours->at(5).at(0).from, QTime(8, 0));
    QCOMPARE(SlotRules::formatHours(*hours),
             QStringLiteral("09:00-12:00,13:30-16:30;;;;;08:00-10:00;"));
    QVERIFY(!SlotRules::parseHours(QStringLiteral("12:00-09:00"), &error));
    QVERIFY(error.contains(QLatin1String("12:00-09:00")));
    QVERIFY(!SlotRules::parseHours(QStringLiteral("9-12"), &error));
    QVERIFY(!SlotRules::parseHours(QStringLiteral(";;;;;;;"), &error)); // eight days
    // The last slot ends by the end of a range: 20-minute slots in 09:00-10:10 are three.
    SlotRules r = weekdayRules(G, 20, 1, "09:00-10:10");
    QCOMPARE(r.startsOn(QDate(2026, 3, 2), WorkingCalendar::builtIn()),
             (QList<QTime>{QTime(9, 0), QTime(9, 20), QTime(9, 40)}));
    r.places = 0;
    QVERIFY(!r.check().isEmpty());
    QVERIFY(!m_book->setRules(r, Actor).isEmpty());
}

void TestAppointments::slotsFollowTheCalendar_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("slots"); // M: 12 on a working day; 0: not a working day

    QTest::newRow("Fri 13 Feb 2026, before Spring Festival") << QDate(2026, 2, 13) << 12;
    QTest::newRow("Sat 14 Feb: make-up working day") << QDate(2026, 2, 14) << 12;
    QTest::newRow("Sun 15 Feb: Spring Festival") << QDate(2026, 2, 15) << 0;
    QTest::newRow("Mon 16 Feb: Spring Festival") << QDate(2026, 2, 16) << 0;
    QTest::newRow("Fri 20 Feb: Spring Festival") << QDate(2026, 2, 20) << 0;
    QTest::newRow("Mon 23 Feb: last day off") << QDate(2026, 2, 23) << 0;
    QTest::newRow("Tue 24 Feb: back to work") << QDate(2026, 2, 24) << 12;
    QTest::newRow("Sat 28 Feb: make-up working day") << QDate(2026, 2, 28) << 12;
    QTest::newRow("Sun 1 Mar: weekend") << QDate(2026, 3, 1) << 0;
    QTest::newRow("Sun 20 Sep: make-up working day") << QDate(2026, 9, 20) << 12;
    QTest::newRow("Fri 25 Sep: Mid-Autumn") << QDate(2026, 9, 25) << 0;
    QTest::newRow("Wed 30 Sep") << QDate(2026, 9, 30) << 12;
    QTest::newRow("Thu 1 Oct: National Day") << QDate(2026, 10, 1) << 0;
    QTest::newRow("Wed 7 Oct: National Day") << QDate(2026, 10, 7) << 0;
    QTest::newRow("Thu 8 Oct") << QDate(2026, 10, 8) << 12;
    QTest::newRow("Sat 10 Oct: make-up working day") << QDate(2026, 10, 10) << 12;
    QTest::newRow("Sun 11 Oct: weekend") << QDate(2026, 10, 11) << 0;
}

void TestAppointments::slotsFollowTheCalendar()
{
    QFETCH(QDate, day);
    QFETCH(int, slots);
    const AppointmentBook::Slots s = m_book->slots(M, day);
    if (slots == 0) {
        QCOMPARE(s.outcome, AppointmentBook::Outcome::NotWorkingDay);
        QVERIFY(s.message.contains(day.toString(Qt::ISODate)));
        QVERIFY(s.slots.isEmpty());
        return;
    }
    QCOMPARE(s.outcome, AppointmentBook::Outcome::Ok);
    QCOMPARE(s.slots.size(), slots);
    QCOMPARE(s.slots.first().localStart, QTime(9, 0));
    QCOMPARE(s.slots.first().startUtc, beijing(day, QTime(9, 0)));
    QCOMPARE(s.slots.at(5).localStart, QTime(11, 30));
    QCOMPARE(s.slots.at(6).localStart, QTime(13, 30));
    QCOMPARE(s.slots.last().localStart, QTime(16, 0));
    QCOMPARE(s.slots.first().places, 2);
    QCOMPARE(s.slots.first().booked, 0);
}

void TestAppointments::slotsFollowHeadOfficesCalendar()
{
    // A newer calendar from head office makes Saturday 7 March a working day and Monday 9 March
    // a day off: the slots follow it, not the calendar built into the program.
    QCOMPARE(m_book->slots(M, QDate(2026, 3, 7)).outcome, AppointmentBook::Outcome::NotWorkingDay);
    const CalendarUpdate::Result applied = CalendarUpdate::apply(
        *m_branch, calendarWith({{QDate(2026, 3, 7), "work"}, {QDate(2026, 3, 9), "off"}}, 1),
        Actor);
    QVERIFY2(applied.ok, qPrintable(applied.message));
    QCOMPARE(m_book->slots(M, QDate(2026, 3, 7)).slots.size(), 12);
    QCOMPARE(m_book->slots(M, QDate(2026, 3, 9)).outcome, AppointmentBook::Outcome::NotWorkingDay);
    Clock::setTestNow(beijing(QDate(2026, 3, 6), QTime(8, 0)));
    QVERIFY(book(M, QDate(2026, 3, 7), QStringLiteral("10:00")).ok());
    QCOMPARE(book(M, QDate(2026, 3, 9), QStringLiteral("10:00")).outcome,
             AppointmentBook::Outcome::NotWorkingDay);
}

void TestAppointments::bookingAcrossSpringFestival()
{
    // Thursday 12 February: the next seven working days are 13, 14 (make-up), 24 to 27 and
    // 28 February (make-up).
    Clock::setTestNow(beijing(QDate(2026, 2, 12), QTime(8, 0)));
    QVERIFY(book(M, QDate(2026, 2, 14), QStringLiteral("09:00")).ok());
    const auto holiday = book(M, QDate(2026, 2, 16), QStringLiteral("09:00"));
    QCOMPARE(holiday.outcome, AppointmentBook::Outcome::NotWorkingDay);
    QVERIFY2(holiday.message.contains(QLatin1String("2026-02-16")), qPrintable(holiday.message));
    QVERIFY(book(M, QDate(2026, 2, 28), QStringLiteral("16:00")).ok());
    const auto far = book(M, QDate(2026, 3, 2), QStringLiteral("09:00"));
    QCOMPARE(far.outcome, AppointmentBook::Outcome::TooFarAhead);
    QVERIFY2(far.message.contains(QLatin1String("2026-02-28")), qPrintable(far.message));
    const auto lunch = book(M, QDate(2026, 2, 13), QStringLiteral("12:00"));
    QCOMPARE(lunch.outcome, AppointmentBook::Outcome::Closed);
    QVERIFY2(lunch.message.contains(QLatin1String("13:30")), qPrintable(lunch.message));
    QCOMPARE(book(M, QDate(2026, 2, 13), QStringLiteral("09:10")).outcome,
             AppointmentBook::Outcome::Closed);
    QCOMPARE(
        book(QStringLiteral("GEN-COMPLAINT"), QDate(2026, 2, 13), QStringLiteral("09:00")).outcome,
        AppointmentBook::Outcome::NotBookable);
    QCOMPARE(m_book->slots(M, QDate(2026, 2, 14)).slots.first().booked, 1);
}

void TestAppointments::bookingAcrossNationalDay()
{
    // Tuesday 29 September: 30 Sep, 8, 9, 10 (make-up), 12, 13 and 14 October.
    Clock::setTestNow(beijing(QDate(2026, 9, 29), QTime(8, 0)));
    QVERIFY(book(M, QDate(2026, 9, 30), QStringLiteral("09:00")).ok());
    QCOMPARE(book(M, QDate(2026, 10, 5), QStringLiteral("09:00")).outcome,
             AppointmentBook::Outcome::NotWorkingDay);
    QVERIFY(book(M, QDate(2026, 10, 10), QStringLiteral("09:30")).ok());
    QVERIFY(book(M, QDate(2026, 10, 14), QStringLiteral("16:00")).ok());
    QCOMPARE(book(M, QDate(2026, 10, 15), QStringLiteral("09:00")).outcome,
             AppointmentBook::Outcome::TooFarAhead);
}

void TestAppointments::cutOff()
{
    const QDate day(2026, 3, 2);
    // Booking closes 60 minutes before the slot: at 09:00 exactly for 10:00, not a minute after.
    Clock::setTestNow(beijing(day, QTime(9, 0)));
    const auto onTime = book(M, day, QStringLiteral("10:00"));
    QVERIFY2(onTime.ok(), qPrintable(onTime.message));
    Clock::setTestNow(beijing(day, QTime(9, 1)));
    const auto late = book(M, day, QStringLiteral("10:00"));
    QCOMPARE(late.outcome, AppointmentBook::Outcome::PastCutOff);
    QVERIFY2(late.message.contains(QLatin1String("09:00")), qPrintable(late.message));
    QCOMPARE(book(M, day, QStringLiteral("09:00")).outcome, AppointmentBook::Outcome::PastCutOff);
    // Cancelling closes at the same time.
    const auto cancelLate = m_book->cancel(onTime.booking.code, Actor);
    QCOMPARE(cancelLate.outcome, AppointmentBook::Outcome::PastCutOff);
    QCOMPARE(m_book->byCode(onTime.booking.code)->state, Booking::State::Booked);
    const auto other = book(M, day, QStringLiteral("10:30"));
    QVERIFY(other.ok());
    Clock::setTestNow(beijing(day, QTime(9, 30)));
    QVERIFY(m_book->cancel(other.booking.code, Actor).ok());
    QCOMPARE(m_book->cancel(other.booking.code, Actor).outcome,
             AppointmentBook::Outcome::WrongState);
    QCOMPARE(m_book->cancel(QStringLiteral("ZZZZZZZZ"), Actor).outcome,
             AppointmentBook::Outcome::NotFound);
}

void TestAppointments::fullSlotAndCancelFreesIt()
{
    const QDate day(2026, 3, 3);
    Clock::setTestNow(beijing(QDate(2026, 3, 2), QTime(8, 0)));
    const auto first = book(M, day, QStringLiteral("09:30"), QStringLiteral("13900001111"));
    QVERIFY(first.ok());
    QVERIFY(book(M, day, QStringLiteral("09:30"), QStringLiteral("15800002222")).ok());
    const auto third = book(M, day, QStringLiteral("09:30"), QStringLiteral("18600003333"));
    QCOMPARE(third.outcome, AppointmentBook::Outcome::Full);
    QVERIFY2(third.message.contains(QLatin1String("full")), qPrintable(third.message));
    QCOMPARE(m_book->slots(M, day).slots.at(1).booked, 2);
    QVERIFY(m_book->cancel(first.booking.code.toLower(), Actor).ok()); // typed in lower case
    QCOMPARE(m_book->slots(M, day).slots.at(1).booked, 1);
    QVERIFY(book(M, day, QStringLiteral("09:30"), QStringLiteral("18600003333")).ok());
    QCOMPARE(book(M, day, QStringLiteral("09:30"), QStringLiteral("13700004444")).outcome,
             AppointmentBook::Outcome::Full);
    // Codes: eight characters of the unambiguous alphabet, all different.
    const QRegularExpression form(QStringLiteral("^[2-9A-HJ-NP-Z]{8}$"));
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString c = AppointmentBook::newCode();
        QVERIFY2(form.match(c).hasMatch(), qPrintable(c));
        codes.insert(c);
    }
    QCOMPARE(codes.size(), 200);
    QCOMPARE(book(M, day, QStringLiteral("10:00"), QStringLiteral("12345")).outcome,
             AppointmentBook::Outcome::Invalid);
    QCOMPARE(book(M, day, QStringLiteral("10:00"), Phone, QStringLiteral(" ")).outcome,
             AppointmentBook::Outcome::Invalid);
}

void TestAppointments::lastPlacesThreads()
{
    // G has 3 places; one is taken, 12 bookers on their own connections want the last two.
    constexpr int Bookers = 12;
    const QDate day(2026, 3, 3);
    Clock::setTestNow(beijing(QDate(2026, 3, 2), QTime(8, 0)));
    QVERIFY(book(G, day, QStringLiteral("09:20")).ok());
    m_branch->database().checkpoint();

    QMutex mutex;
    QStringList errors;
    QList<AppointmentBook::Outcome> outcomes;
    std::atomic<int> ready{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Bookers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            try {
                auto branch = Branch::open(m_dir->path(), TestSupport::passphrase());
                AppointmentBook appointments(*branch);
                AppointmentBook::BookRequest r;
                r.serviceCode = G;
                r.date = day;
                r.time = QTime(9, 20);
                r.name = QStringLiteral("Booker %1").arg(i);
                r.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
                r.channel = QStringLiteral("phone");
                ++ready;
                while (ready < Bookers) {
                    QThread::yieldCurrentThread(); // start together
                }
                const AppointmentBook::Outcome o = appointments.book(r, Actor).outcome;
                QMutexLocker lock(&mutex);
                outcomes << o;
            } catch (const std::exception &e) {
                QMutexLocker lock(&mutex);
                errors << QString::fromUtf8(e.what());
            }
        }));
    }
    for (auto &t : threads) {
        t->start();
    }
    for (auto &t : threads) {
        QVERIFY(t->wait(120000));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(outcomes.count(AppointmentBook::Outcome::Ok), 2);
    QCOMPARE(outcomes.count(AppointmentBook::Outcome::Full), Bookers - 2);
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM appointment"), 3);
    QCOMPARE(m_book->slots(G, day).slots.at(1).booked, 3);
}

void TestAppointments::checkInWindow_data()
{
    QTest::addColumn<int>("minutes"); // relative to the slot's start (10:00)
    QTest::addColumn<int>("outcome");

    QTest::newRow("31 minutes before: too early") << -31 << int(AppointmentBook::Outcome::TooEarly);
    QTest::newRow("exactly 30 minutes before") << -30 << int(AppointmentBook::Outcome::Ok);
    QTest::newRow("at the slot's start") << 0 << int(AppointmentBook::Outcome::Ok);
    QTest::newRow("exactly 10 minutes after") << 10 << int(AppointmentBook::Outcome::Ok);
    QTest::newRow("11 minutes after: too late") << 11 << int(AppointmentBook::Outcome::TooLate);
}

void TestAppointments::checkInWindow()
{
    QFETCH(int, minutes);
    QFETCH(int, outcome);
    const QDate day(2026, 3, 2);
    const QDateTime slot = beijing(day, QTime(10, 0));
    Clock::setTestNow(beijing(day, QTime(8, 0)));
    const auto booked = book(M, day, QStringLiteral("10:00"));
    QVERIFY(booked.ok());
    Clock::setTestNow(slot.addSecs(minutes * 60));
    const auto r = m_book->checkIn(booked.booking.code, Actor);
    QCOMPARE(int(r.outcome), outcome);
    const Booking after = *m_book->byCode(booked.booking.code);
    switch (r.outcome) {
    case AppointmentBook::Outcome::Ok:
        QCOMPARE(r.ticket.kind, Ticket::Kind::Booked);
        QCOMPARE(r.ticket.dueUtc, slot);
        QCOMPARE(r.ticket.serviceCode, M);
        QVERIFY(r.ticket.number.startsWith(QLatin1Char('B')));
        QCOMPARE(after.state, Booking::State::CheckedIn);
        QCOMPARE(after.ticketNumber, r.ticket.number);
        QCOMPARE(TicketQueue(*m_branch).ticket(r.ticket.number)->state, Ticket::State::Waiting);
        // A second scan issues nothing.
        QCOMPARE(m_book->checkIn(booked.booking.code, Actor).outcome,
                 AppointmentBook::Outcome::WrongState);
        QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM ticket"), 1);
        break;
    case AppointmentBook::Outcome::TooEarly:
        QVERIFY2(r.message.contains(QLatin1String("come back at 09:30")), qPrintable(r.message));
        QCOMPARE(r.comeBackLocal.time(), QTime(9, 30));
        QCOMPARE(after.state, Booking::State::Booked);
        QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM ticket"), 0);
        break;
    case AppointmentBook::Outcome::TooLate:
        QVERIFY2(r.message.contains(QLatin1String("ordinary ticket")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("10:10")), qPrintable(r.message));
        QCOMPARE(after.state, Booking::State::Booked);
        QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM ticket"), 0);
        break;
    default:
        QFAIL(qPrintable(r.message));
    }
}

void TestAppointments::queueOrder_data()
{
    // Steps at Beijing times on Monday 2 March 2026, in order: "HH:MM walkin SERVICE GROUP",
    // "HH:MM checkin SLOT" (booked at 08:00), "HH:MM call WINDOW EXPECTED" (finished at once;
    // "-": nobody). M tickets are B001..., W tickets A001... Fairness limit: 30 minutes.
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("a booking checked in early waits as a walk-in until its slot")
        << list({"08:50 walkin M none", "08:52 walkin M elderly", "08:55 checkin 09:00",
                 "08:58 call 1 B002", "09:00 call 1 B003", "09:00 call 1 B001", "09:00 call 1 -"});
    QTest::newRow("a due booking before walk-ins and priority groups of its service")
        << list({"08:40 checkin 09:00", "08:45 walkin M elderly", "08:46 walkin M none",
                 "09:05 call 1 B001", "09:05 call 1 B002", "09:05 call 1 B003"});
    QTest::newRow("fairness: a walk-in at its limit goes before a due booking") << list(
        {"08:31 walkin M none", "08:40 checkin 09:00", "09:01 call 1 B001", "09:01 call 1 B002"});
    QTest::newRow("one minute under the limit the due booking goes first") << list(
        {"08:32 walkin M none", "08:40 checkin 09:00", "09:01 call 1 B002", "09:01 call 1 B001"});
    QTest::newRow("due bookings by due time, then the priority group, then walk-ins")
        << list({"09:05 checkin 09:30", "09:06 checkin 09:00", "09:07 walkin M elderly",
                 "09:08 walkin M none", "09:31 call 1 B002", "09:31 call 1 B001",
                 "09:31 call 1 B003", "09:31 call 1 B004"});
    QTest::newRow("a booking does not cross the window's service order")
        << list({"08:50 checkin 09:00", "09:00 walkin W none", "09:01 call 2 A001",
                 "09:01 call 2 B001", "09:01 call 2 -"});
    // Had its clock started at check-in (08:30), B001 would be the older overdue ticket.
    QTest::newRow("a booking's fairness clock starts at its slot, not at its check-in") << list(
        {"08:30 checkin 09:00", "08:45 walkin W none", "09:15 call 1 A001", "09:15 call 1 B001"});
}

void TestAppointments::queueOrder()
{
    QFETCH(QStringList, steps);
    const QDate day(2026, 3, 2);
    TicketQueue queue(*m_branch);
    QMap<QString, QStringList> codes; // slot -> booking codes not yet checked in
    Clock::setTestNow(beijing(day, QTime(8, 0)));
    for (const QString &step : steps) {
        const QStringList f = step.split(QLatin1Char(' '));
        if (f.at(1) == QLatin1String("checkin")) {
            const auto r =
                book(M, day, f.at(2), QStringLiteral("1390000%1").arg(codes.size() + 1000));
            QVERIFY2(r.ok(), qPrintable(step + QStringLiteral(": ") + r.message));
            codes[f.at(2)] << r.booking.code;
        }
    }
    for (const QString &step : steps) {
        const QStringList f = step.split(QLatin1Char(' '));
        Clock::setTestNow(beijing(day, hm(f.at(0))));
        if (f.at(1) == QLatin1String("walkin")) {
            TicketQueue::IssueRequest r;
            r.serviceCode = f.at(2) == QLatin1String("M") ? M : W;
            r.group = Ticket::groupFromKey(f.at(3)).value();
            QVERIFY2(queue.issue(r, Actor).ok(), qPrintable(step));
        } else if (f.at(1) == QLatin1String("checkin")) {
            const auto r = m_book->checkIn(codes[f.at(2)].takeFirst(), Actor);
            QVERIFY2(r.ok(), qPrintable(step + QStringLiteral(": ") + r.message));
        } else {
            const int window = f.at(2).toInt();
            const TicketQueue::Result r = queue.callNext(window, Actor);
            if (f.at(3) == QLatin1String("-")) {
                QCOMPARE(r.status, TicketQueue::Status::Empty);
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(step + QStringLiteral(": ") + r.message));
            QVERIFY2(r.ticket.number == f.at(3),
                     qPrintable(step + QStringLiteral(": called ") + r.ticket.number));
            QVERIFY(queue.finish(window, Actor).ok());
        }
    }
}

void TestAppointments::noShowsBlockAndExpire()
{
    // Missed on three working days in a row (never checked in): the fourth booking is refused
    // for 30 days from the last miss.
    const QString other = QStringLiteral("15800002222");
    for (const QDate day : {QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 3, 4)}) {
        Clock::setTestNow(beijing(day, QTime(8, 0)));
        const auto r = book(M, day, QStringLiteral("09:00"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Someone else who comes and checks in is never counted.
        const auto kept = book(M, day, QStringLiteral("09:00"), other);
        QVERIFY(kept.ok());
        Clock::setTestNow(beijing(day, QTime(8, 50)));
        QVERIFY(m_book->checkIn(kept.booking.code, Actor).ok());
    }
    // Not yet marked (nobody listed the day): the miss counts all the same once the slot's
    // start plus the grace time has passed.
    Clock::setTestNow(beijing(QDate(2026, 3, 4), QTime(9, 14)));
    QVERIFY(!m_book->blockFor(Phone).blocked);
    Clock::setTestNow(beijing(QDate(2026, 3, 4), QTime(9, 15)));
    QVERIFY(m_book->blockFor(Phone).blocked);

    Clock::setTestNow(beijing(QDate(2026, 3, 5), QTime(8, 0)));
    const auto refused = book(M, QDate(2026, 3, 6), QStringLiteral("09:00"));
    QCOMPARE(refused.outcome, AppointmentBook::Outcome::Blocked);
    QVERIFY2(refused.message.contains(QLatin1String("3 missed bookings within 30 days")),
             qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QLatin1String("until 2026-04-03")),
             qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QLatin1String("2026-03-04")), qPrintable(refused.message));
    // The same number typed differently is the same phone.
    QCOMPARE(
        book(M, QDate(2026, 3, 6), QStringLiteral("09:00"), QStringLiteral("+86 138-1234-5678"))
            .outcome,
        AppointmentBook::Outcome::Blocked);
    QVERIFY(book(M, QDate(2026, 3, 6), QStringLiteral("09:00"), other).ok());
    // The block is on online booking: at reception a person books for the customer, who is told.
    AppointmentBook::BookRequest atDesk;
    atDesk.serviceCode = M;
    atDesk.date = QDate(2026, 3, 6);
    atDesk.time = hm(QStringLiteral("09:30"));
    atDesk.name = QString::fromUtf8("欧阳娜娜");
    atDesk.phone = Phone;
    atDesk.channel = QStringLiteral("reception");
    const auto desk = m_book->book(atDesk, Actor);
    QVERIFY2(desk.ok(), qPrintable(desk.message));
    QVERIFY2(desk.message.contains(QLatin1String("missed 3 bookings")), qPrintable(desk.message));
    QVERIFY(m_book->cancel(desk.booking.code, Actor).ok());

    // The day's list marks them.
    const QList<Booking> day2 = m_book->onDay(QDate(2026, 3, 3), Actor);
    QCOMPARE(day2.size(), 2);
    QCOMPARE(day2.at(0).state, Booking::State::NoShow);
    QCOMPARE(day2.at(1).state, Booking::State::CheckedIn);

    Clock::setTestNow(beijing(QDate(2026, 4, 2), QTime(16, 0)));
    QCOMPARE(book(M, QDate(2026, 4, 3), QStringLiteral("09:00")).outcome,
             AppointmentBook::Outcome::Blocked);
    Clock::setTestNow(beijing(QDate(2026, 4, 3), QTime(0, 0)));
    QVERIFY(!m_book->blockFor(Phone).blocked);
    const auto again = book(M, QDate(2026, 4, 3), QStringLiteral("09:00"));
    QVERIFY2(again.ok(), qPrintable(again.message));
}

void TestAppointments::servedAfterTheTicketIsFinished()
{
    const QDate day(2026, 3, 2);
    Clock::setTestNow(beijing(day, QTime(8, 0)));
    const auto b = book(M, day, QStringLiteral("09:00"));
    QVERIFY(b.ok());
    Clock::setTestNow(beijing(day, QTime(8, 45)));
    QVERIFY(m_book->checkIn(b.booking.code, Actor).ok());
    TicketQueue queue(*m_branch);
    Clock::setTestNow(beijing(day, QTime(9, 0)));
    QVERIFY(queue.callNext(1, Actor).ok());
    QCOMPARE(m_book->onDay(day, Actor).at(0).state, Booking::State::CheckedIn);
    QVERIFY(queue.finish(1, Actor).ok());
    QCOMPARE(m_book->onDay(day, Actor).at(0).state, Booking::State::Served);
    QCOMPARE(m_book->cancel(b.booking.code, Actor).outcome, AppointmentBook::Outcome::WrongState);
}

void TestAppointments::maskedInListAuditAndOutbox()
{
    const QDate day(2026, 3, 2);
    Clock::setTestNow(beijing(day, QTime(8, 0)));
    const auto b = book(M, day, QStringLiteral("10:00"));
    QVERIFY(b.ok());
    const QList<Booking> listed = m_book->onDay(day, Actor);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).maskedPhone(), QStringLiteral("138****5678"));
    QCOMPARE(listed.at(0).maskedName(), QString::fromUtf8("欧阳**"));
    Database &db = m_branch->database();
    Statement audit = db.prepare("SELECT payload FROM audit_log WHERE action = 'appointment.book'");
    QVERIFY(audit.step());
    const QString payload = audit.text(0);
    QVERIFY2(payload.contains(QLatin1String("138****5678")), qPrintable(payload));
    QVERIFY(!payload.contains(Phone));
    QVERIFY(!payload.contains(QString::fromUtf8("娜娜")));
    QVERIFY(!payload.contains(b.booking.code));
    // The SMS for head office to send carries the number, the code and the booking's page.
    Statement outbox = db.prepare("SELECT payload FROM outbox WHERE kind = 'appointment.book'");
    QVERIFY(outbox.step());
    const QString sms = outbox.text(0);
    QVERIFY2(sms.contains(Phone), qPrintable(sms));
    QVERIFY(sms.contains(b.booking.code));
    QVERIFY(sms.contains(QStringLiteral("https://hall.demo01.example/b/") + b.booking.token));
    QCOMPARE(m_book->bookingUrl(b.booking),
             QStringLiteral("https://hall.demo01.example/b/") + b.booking.token);
    QCOMPARE(m_book->byToken(b.booking.token)->code, b.booking.code);
    // On disk (the file and its journal) the phone is nowhere in plaintext.
    m_branch.reset();
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Phone.toLatin1()), qPrintable(name));
    }
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
}

QString TestAppointments::realTimeBranch(QTemporaryDir &dir)
{
    // The CLI runs on the real clock: this branch's history lies a few hours before it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Clock::setTestNow(now.addSecs(-3 * 3600));
    auto branch = Branch::create(dir.path(), TestSupport::passphrase(),
                                 {QStringLiteral("T02"), QStringLiteral("Test")}, Actor);
    DemoData::populate(*branch, Actor);
    const QDate today = now.toTimeZone(Beijing).date();
    // Head office declares today a working day (whatever the date the test runs on), so the
    // CLI's check-in always has a slot open now; slots follow the calendar in force.
    const CalendarUpdate::Result applied =
        CalendarUpdate::apply(*branch, calendarWith({{today, "work"}}, 1), Actor);
    if (!applied.ok) {
        qWarning("%s", qPrintable(applied.message));
        return {};
    }
    // M all day in 5-minute slots, every day of the week.
    SlotRules all;
    all.serviceCode = M;
    all.slotMinutes = 5;
    all.places = 2;
    QString error;
    all.hours = *SlotRules::parseHours(
        QStringList(7, QStringLiteral("00:00-23:59")).join(QLatin1Char(';')), &error);
    if (!AppointmentBook(*branch).setRules(all, Actor).isEmpty()) {
        return {};
    }
    branch->database().checkpoint();
    return dir.path();
}

void TestAppointments::lastPlacesProcesses()
{
    // Six counterdesk-cli processes for the last two places of a slot: exactly two succeed.
    constexpr int Bookers = 6;
    QTemporaryDir dir;
    QVERIFY(!realTimeBranch(dir).isEmpty());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Beijing).date();
    QDate day;
    {
        auto branch = Branch::open(dir.path(), TestSupport::passphrase());
        day = CalendarUpdate::inForce(*branch).addWorkingDays(today, 1).date;
        AppointmentBook appointments(*branch);
        AppointmentBook::BookRequest r{
            G, day, QTime(9, 20), QStringLiteral("First"), Phone, QStringLiteral("reception")};
        const auto first = appointments.book(r, Actor);
        QVERIFY2(first.ok(), qPrintable(first.message));
        branch->database().checkpoint();
    }
    Clock::setTestNow({});
    std::vector<std::unique_ptr<QProcess>> bookers;
    for (int i = 0; i < Bookers; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
                   QString::fromUtf8(TestSupport::passphrase()));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(COUNTERDESK_CLI_PATH),
                 {QStringLiteral("appointment"), QStringLiteral("book"),
                  QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--service"), G,
                  QStringLiteral("--date"), day.toString(Qt::ISODate), QStringLiteral("--time"),
                  QStringLiteral("09:20"), QStringLiteral("--name"),
                  QStringLiteral("Booker %1").arg(i), QStringLiteral("--phone"),
                  QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'))});
        bookers.push_back(std::move(p));
    }
    int booked = 0;
    int full = 0;
    for (auto &p : bookers) {
        QVERIFY(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        if (p->exitCode() == 0) {
            ++booked;
        } else {
            QCOMPARE(p->exitCode(), 1);
            QVERIFY2(err.contains(QLatin1String("is full")), qPrintable(err));
            ++full;
        }
    }
    QCOMPARE(booked, 2);
    QCOMPARE(full, Bookers - 2);
    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    QCOMPARE(AppointmentBook(*branch).slots(G, day).slots.at(1).booked, 3);
    QVERIFY(branch->verifyAudit().ok);
}

void TestAppointments::cliEndToEnd()
{
    QTemporaryDir dir;
    QVERIFY(!realTimeBranch(dir).isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime local = now.toTimeZone(Beijing);
    const QDate today = local.date();
    QDate day;
    QDate closedDay;
    QString nowCode;
    {
        // A booking made two hours ago for the 5-minute slot that has just begun: check-in is
        // open now (the last slot of the day is 23:50, ten minutes of check-in cover 23:59).
        Clock::setTestNow(now.addSecs(-2 * 3600));
        auto branch = Branch::open(dir.path(), TestSupport::passphrase());
        const WorkingCalendar &calendar = CalendarUpdate::inForce(*branch);
        day = calendar.addWorkingDays(today, 1).date;
        closedDay = day.addDays(1);
        while (calendar.isWorkingDay(closedDay)) {
            closedDay = closedDay.addDays(1);
        }
        const int minute = local.time().hour() * 60 + local.time().minute();
        const int slot = qMin(minute - minute % 5, 23 * 60 + 50);
        AppointmentBook appointments(*branch);
        AppointmentBook::BookRequest r{M,
                                       today,
                                       QTime(slot / 60, slot % 60),
                                       QStringLiteral("Now"),
                                       QStringLiteral("13700004444"),
                                       QStringLiteral("reception")};
        const auto booked = appointments.book(r, Actor);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        nowCode = booked.booking.code;
        branch->database().checkpoint();
    }
    Clock::setTestNow({});
    auto cli = [&](QStringList args) {
        args.insert(1, QStringLiteral("--data-dir"));
        args.insert(2, dir.path());
        args.prepend(QStringLiteral("appointment"));
        return TestSupport::cli(args, TestSupport::passphrase());
    };
    const QString d = day.toString(Qt::ISODate);
    auto bookArgs = [&](const QString &date, const QString &time, const QString &phone) {
        return QStringList{QStringLiteral("book"),
                           QStringLiteral("--service"),
                           G,
                           QStringLiteral("--date"),
                           date,
                           QStringLiteral("--time"),
                           time,
                           QStringLiteral("--name"),
                           QString::fromUtf8("张三"),
                           QStringLiteral("--phone"),
                           phone};
    };

    auto slots =
        cli({QStringLiteral("slots"), QStringLiteral("--service"), G, QStringLiteral("--date"), d});
    QCOMPARE(slots.exitCode, 0);
    QStringList lines = slots.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 18); // 09:00-12:00 and 14:00-17:00 in 20 minutes
    QCOMPARE(lines.first(), QStringLiteral("09:00 0/3"));
    QCOMPARE(lines.last(), QStringLiteral("16:40 0/3"));

    const auto booked = cli(bookArgs(d, QStringLiteral("10:00"), Phone));
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    lines = booked.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString code = lines.at(0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{8}$")).match(code).hasMatch(),
             qPrintable(code));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^https://hall\\.demo01\\.example/b/[A-Za-z0-9_-]{22}$"))
            .match(lines.at(1))
            .hasMatch(),
        qPrintable(lines.at(1)));
    slots =
        cli({QStringLiteral("slots"), QStringLiteral("--service"), G, QStringLiteral("--date"), d});
    QVERIFY(slots.out.contains(QLatin1String("\n10:00 1/3\n")));

    QVERIFY(cli(bookArgs(d, QStringLiteral("10:00"), QStringLiteral("13900001111"))).exitCode == 0);
    QVERIFY(cli(bookArgs(d, QStringLiteral("10:00"), QStringLiteral("15800002222"))).exitCode == 0);
    const auto full = cli(bookArgs(d, QStringLiteral("10:00"), QStringLiteral("18600003333")));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QLatin1String("is full")), qPrintable(full.err));
    QVERIFY(full.out.isEmpty());
    const auto closed = cli(bookArgs(d, QStringLiteral("12:30"), QStringLiteral("18600003333")));
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains(QLatin1String("No slot starts at 12:30")), qPrintable(closed.err));
    const auto holiday = cli(bookArgs(closedDay.toString(Qt::ISODate), QStringLiteral("10:00"),
                                      QStringLiteral("18600003333")));
    QCOMPARE(holiday.exitCode, 1);
    QVERIFY2(holiday.err.contains(QLatin1String("not a working day")), qPrintable(holiday.err));
    QCOMPARE(cli(bookArgs(d, QStringLiteral("10:00"), QStringLiteral("123"))).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("book")}).exitCode, 1);

    auto listed = cli({QStringLiteral("list"), QStringLiteral("--date"), d});
    QCOMPARE(listed.exitCode, 0);
    lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("10:00\t") + code + QStringLiteral("\t") + G
                                    + QStringLiteral("\tbooked\t")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("138****5678")));
    QVERIFY(lines.at(0).contains(QString::fromUtf8("张*")));
    QVERIFY(!listed.out.contains(Phone));
    QVERIFY(!listed.out.contains(QStringLiteral("13900001111")));
    QVERIFY(!listed.out.contains(QString::fromUtf8("张三")));

    // Tomorrow's booking cannot be checked in yet; cancelling frees its place.
    const auto early = cli({QStringLiteral("checkin"), code});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QLatin1String("come back")), qPrintable(early.err));
    const auto cancelled = cli({QStringLiteral("cancel"), code});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    QCOMPARE(cli({QStringLiteral("cancel"), code}).exitCode, 1);
    slots =
        cli({QStringLiteral("slots"), QStringLiteral("--service"), G, QStringLiteral("--date"), d});
    QVERIFY(slots.out.contains(QLatin1String("\n10:00 2/3\n")));
    listed = cli({QStringLiteral("list"), QStringLiteral("--date"), d});
    QVERIFY(listed.out.contains(QStringLiteral("\tcancelled\t")));

    // Today's booking checks in: a ticket number and its status page.
    const auto checkedIn = cli({QStringLiteral("checkin"), nowCode.toLower()});
    QVERIFY2(checkedIn.exitCode == 0, qPrintable(checkedIn.err));
    lines = checkedIn.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^B\\d{3}$")).match(lines.at(0)).hasMatch(),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(QLatin1String("https://hall.demo01.example/t/")));
    const auto twice = cli({QStringLiteral("checkin"), nowCode});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(lines.at(0)), qPrintable(twice.err));
    listed = cli({QStringLiteral("list"), QStringLiteral("--date"), today.toString(Qt::ISODate)});
    QVERIFY2(listed.out.contains(QStringLiteral("\tchecked_in\tN**\t137****4444\t") + lines.at(0)),
             qPrintable(listed.out));
    const auto unknown = cli({QStringLiteral("checkin"), QStringLiteral("ZZZZ2222")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QLatin1String("No booking")));

    auto branch = Branch::open(dir.path(), TestSupport::passphrase());
    QVERIFY(branch->verifyAudit().ok);
}

void TestAppointments::cliRules()
{
    QTemporaryDir dir;
    const QString path = realTimeBranch(dir);
    QVERIFY(!path.isEmpty());
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("appointment"));
        args << QStringLiteral("--data-dir") << dir.path();
        return TestSupport::cli(args, TestSupport::passphrase());
    };
    // Only the options given change; the rest are kept (or the defaults for a new service).
    TestSupport::Run r =
        cli({QStringLiteral("rules"), QStringLiteral("--service"), QStringLiteral("INS-BQ-CONTACT"),
             QStringLiteral("--places"), QStringLiteral("3"), QStringLiteral("--hours"),
             QStringLiteral("09:00-11:00;;09:00-10:00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("INS-BQ-CONTACT slot-minutes=30 places=3 days-ahead=7 "
                            "cutoff-minutes=60 hours=09:00-11:00;;09:00-10:00;;;;"));
    r = cli({QStringLiteral("rules"), QStringLiteral("--service"), QStringLiteral("INS-BQ-CONTACT"),
             QStringLiteral("--cutoff-minutes"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("places=3 days-ahead=7 cutoff-minutes=30 "
                                          "hours=09:00-11:00;;09:00-10:00")),
             qPrintable(r.out));
    r = cli({QStringLiteral("rules")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("INS-BQ-CONTACT slot-minutes=30 places=3")));
    QVERIFY(r.out.contains(M + QLatin1String(" slot-minutes=5")));
    {
        auto branch = Branch::open(dir.path(), TestSupport::passphrase());
        QCOMPARE(AppointmentBook(*branch).rules(QStringLiteral("INS-BQ-CONTACT"))->places, 3);
        QCOMPARE(branch->database().queryInt(
                     "SELECT count(*) FROM audit_log WHERE action = 'appointment.rules' AND "
                     "subject = 'service:INS-BQ-CONTACT'"),
                 2);
    }
    // Refused with the reason, nothing changed.
    const QList<QPair<QStringList, QString>> bad{
        {{QStringLiteral("--places"), QStringLiteral("x")}, QStringLiteral("whole number")},
        {{QStringLiteral("--hours"), QStringLiteral("9-10")}, QStringLiteral("not a range")},
        {{QStringLiteral("--slot-minutes"), QStringLiteral("0")}, QStringLiteral("5 to 480")},
    };
    for (const auto &[options, reason] : bad) {
        r = cli(QStringList{QStringLiteral("rules"), QStringLiteral("--service"),
                            QStringLiteral("INS-BQ-CONTACT")}
                + options);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }
    r = cli({QStringLiteral("rules"), QStringLiteral("--service"), QStringLiteral("NOPE"),
             QStringLiteral("--places"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("Unknown service")));
    r = cli({QStringLiteral("rules"), QStringLiteral("--service"), QStringLiteral("NOPE")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("takes no bookings")));
}

void TestAppointments::dayPlacesKeepBookingsAndListThem()
{
    // M: 2 places per 30-minute slot. Monday 2026-01-05, 08:30 (the fixture's clock).
    const QDate day(2026, 1, 6);
    const auto a = book(M, day, QStringLiteral("09:00"), QStringLiteral("13900001111"));
    const auto b = book(M, day, QStringLiteral("09:00"), QStringLiteral("13900002222"));
    const auto c = book(M, day, QStringLiteral("09:30"), QStringLiteral("13900003333"));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(m_book->cancel(c.booking.code, Actor).ok()); // cancelled: holds no place
    const auto d = book(M, day, QStringLiteral("09:30"), QStringLiteral("13900004444"));
    QVERIFY(d.ok());

    // A window closes that day: one place per slot. Nobody loses a booking; the second of
    // 09:00 is listed (and messaged), 09:30's only holder keeps its place.
    const qint64 audit = m_branch->database().queryInt("SELECT count(*) FROM audit_log");
    AppointmentBook::DayChange change = m_book->setDayPlaces(M, day, 1, true, Actor);
    QVERIFY2(change.ok(), qPrintable(change.message));
    QCOMPARE(change.placesBefore, 2);
    QCOMPARE(change.beyond.size(), 1);
    QCOMPARE(change.beyond.at(0).code, b.booking.code);
    QCOMPARE(change.messaged, 1);
    QVERIFY2(change.message.contains(QLatin1String("1 booking(s) beyond the new places are kept")),
             qPrintable(change.message));
    QCOMPARE(m_book->byCode(b.booking.code)->state, Booking::State::Booked);
    // One change and one message, audited; the SMS (to the full number) only in the outbox.
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM audit_log"), audit + 2);
    Statement sms = m_branch->database().prepare(
        "SELECT a.payload, o.payload FROM audit_log a JOIN outbox o ON o.audit_seq = a.seq "
        "WHERE a.action = 'appointment.message'");
    QVERIFY(sms.step());
    QVERIFY2(!sms.text(0).contains(QLatin1String("13900002222")), qPrintable(sms.text(0)));
    QVERIFY2(sms.text(1).contains(QLatin1String("13900002222"))
                 && sms.text(1).contains(b.booking.code),
             qPrintable(sms.text(1)));

    // The slots say so, and the day's slots take no more bookings than the new places.
    const AppointmentBook::Slots slots = m_book->slots(M, day);
    QCOMPARE(slots.slots.at(0).places, 1);
    QCOMPARE(slots.slots.at(0).booked, 2);
    QCOMPARE(slots.slots.at(2).booked, 0);
    QCOMPARE(book(M, day, QStringLiteral("09:00"), QStringLiteral("13900005555")).outcome,
             AppointmentBook::Outcome::Full);
    QCOMPARE(book(M, day, QStringLiteral("09:30"), QStringLiteral("13900005555")).outcome,
             AppointmentBook::Outcome::Full);
    QVERIFY(book(M, day, QStringLiteral("10:00"), QStringLiteral("13900005555")).ok());
    // Other days keep the rules' places.
    QCOMPARE(m_book->slots(M, day.addDays(1)).slots.at(0).places, 2);

    // Places back: nobody is beyond; closed days and bad numbers are refused.
    change = m_book->setDayPlaces(M, day, 3, false, Actor);
    QVERIFY(change.ok());
    QVERIFY(change.beyond.isEmpty());
    QCOMPARE(m_book->setDayPlaces(M, QDate(2026, 1, 10), 1, false, Actor).outcome,
             AppointmentBook::Outcome::NotWorkingDay);
    QCOMPARE(m_book->setDayPlaces(M, day, -1, false, Actor).outcome,
             AppointmentBook::Outcome::Invalid);
    QCOMPARE(m_book->setDayPlaces(QStringLiteral("NOPE"), day, 1, false, Actor).outcome,
             AppointmentBook::Outcome::NotBookable);
}

QTEST_GUILESS_MAIN(TestAppointments)
void TestAppointments::dailyLogAndBulletinCountBookings()
{
    const QDate day(2026, 3, 2);
    Clock::setTestNow(beijing(day, QTime(8, 0)));
    // A checks in early and is served; C never comes; D cancels; E's slot is still to come.
    const auto a = book(M, day, QStringLiteral("09:00"), QStringLiteral("13800000001"));
    const auto c = book(M, day, QStringLiteral("10:00"), QStringLiteral("13800000003"));
    const auto d = book(M, day, QStringLiteral("10:30"), QStringLiteral("13800000004"));
    const auto e = book(M, day, QStringLiteral("11:00"), QStringLiteral("13800000005"));
    QVERIFY(a.ok() && c.ok() && d.ok() && e.ok());
    QVERIFY(m_book->cancel(d.booking.code, Actor).ok());
    // Another day's booking is not counted.
    QVERIFY(book(M, day.addDays(1), QStringLiteral("09:00"), QStringLiteral("13800000006")).ok());

    TicketQueue queue(*m_branch);
    Clock::setTestNow(beijing(day, QTime(8, 45)));
    QVERIFY(m_book->checkIn(a.booking.code, Actor).ok());
    Clock::setTestNow(beijing(day, QTime(8, 50)));
    TicketQueue::IssueRequest walkIn;
    walkIn.serviceCode = W;
    QVERIFY(queue.issue(walkIn, Actor).ok());
    // Due at 09:00, called 09:05: the booking waited 5 minutes; the walk-in, issued at 08:50
    // and called at 09:10, waited 20.
    Clock::setTestNow(beijing(day, QTime(9, 5)));
    QVERIFY(queue.callNext(1, Actor).ticket.isBooked());
    QVERIFY(queue.finish(1, Actor).ok());
    Clock::setTestNow(beijing(day, QTime(9, 10)));
    QVERIFY(!queue.callNext(1, Actor).ticket.isBooked());
    QVERIFY(queue.finish(1, Actor).ok());
    // 10:30: C is past 10:00 plus the 15 minutes' grace (not yet swept), E's slot is at 11:00.
    Clock::setTestNow(beijing(day, QTime(10, 30)));

    const auto verify = [](const KpiBookings &b) {
        QCOMPARE(b.booked, qint64(3));
        QCOMPARE(b.cancelled, qint64(1));
        QCOMPARE(b.checkedIn, qint64(1));
        QCOMPARE(b.served, qint64(1));
        QCOMPARE(b.noShow, qint64(1));
        QCOMPARE(b.waiting, qint64(1));
        QCOMPARE(b.bookedCalled, qint64(1));
        QCOMPARE(b.bookedAvgWaitSeconds, qint64(300));
        QCOMPARE(b.walkInCalled, qint64(1));
        QCOMPARE(b.walkInAvgWaitSeconds, qint64(1200));
        QCOMPARE(b.walkInP90WaitSeconds, qint64(1200));
    };

    DailyLog log(*m_branch);
    const QJsonObject figures = log.compile(day).value(QStringLiteral("appointments")).toObject();
    QCOMPARE(figures.value(QStringLiteral("noShow")).toInteger(), qint64(1));
    QCOMPARE(figures.value(QStringLiteral("bookedAvgWaitSeconds")).toInteger(), qint64(300));
    const PrintedDocument printed = log.document(day);
    const auto section = std::find_if(printed.sections.cbegin(), printed.sections.cend(),
                                      [](const PrintedDocument::Section &s) {
                                          return s.heading == QLatin1String("Appointments");
                                      });
    QVERIFY(section != printed.sections.cend());
    QCOMPARE(section->items.value(0),
             QStringLiteral("Bookings for today's slots: 3; checked in: 1 (served: 1); "
                            "no-shows: 1; still to come: 1; cancelled: 1"));
    QCOMPARE(section->items.value(1),
             QStringLiteral("Booked customers waited on average 5:00, 90% within 5:00 (1 called); "
                            "walk-ins 20:00, 90% within 20:00 (1 called)"));
    const QString csv = log.csv(day);
    QVERIFY2(csv.contains(QStringLiteral("appointments,all,booked,3\n")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("appointments,all,walkInAvgWaitSeconds,1200\n")));
    // A day with no bookings has no such section.
    const PrintedDocument quiet = log.document(day.addDays(-7));
    for (const PrintedDocument::Section &s : quiet.sections) {
        QVERIFY(s.heading != QLatin1String("Appointments"));
    }

    // The month counts the same, and its bulletin says so.
    const KpiReport march = HallKpis(*m_branch).compute(QDate(2026, 3, 1), QDate(2026, 3, 31));
    // March 3's booking is still to come as well.
    QCOMPARE(march.bookings.waiting, qint64(2));
    KpiReport today = HallKpis(*m_branch).compute(day, day);
    verify(today.bookings);
    MonthlyBulletin bulletin(*m_branch, nullptr, QStringLiteral("en"));
    const PrintedDocument report = bulletin.document(march);
    const auto monthSection = std::find_if(report.sections.cbegin(), report.sections.cend(),
                                           [](const PrintedDocument::Section &s) {
                                               return s.heading == QLatin1String("Appointments");
                                           });
    QVERIFY(monthSection != report.sections.cend());
    QCOMPARE(monthSection->items.value(0),
             QStringLiteral("Bookings for the month's slots: 4; checked in: 1 (served: 1); "
                            "no-shows: 1; still to come: 2; cancelled: 1"));
    QVERIFY(bulletin.csv(march).contains(QStringLiteral("appointments,all,noShow,1\n")));
}

#include "tst_appointments.moc"
