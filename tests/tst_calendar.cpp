// The working-day calendar: due dates a clerk promises on a receipt, across the State Council's
// holidays and make-up working days, the cut-off rule, and the strict holiday-file parser.
// Every expected date below was worked out by hand from resources/calendar/cn-mainland.tsv and
// a printed calendar, never from this code's output; the tricky rows say how.
#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "core/clock.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QDateTime at(const char *isoDate, int h, int m, int s = 0)
{
    return QDateTime(d(isoDate), QTime(h, m, s));
}

using Kind = WorkingCalendar::LimitKind;
} // namespace

Q_DECLARE_METATYPE(WorkingCalendar::LimitKind)

class TestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInResource();
    void publishedYears();
    void workingDays_data();
    void workingDays();
    void dueDates_data();
    void dueDates();
    void cutOff_data();
    void cutOff();
    void dueFromReceipt();
    void cutOffSetting();
    void parserAccepts();
    void parserRefuses_data();
    void parserRefuses();
};

void TestCalendar::builtInResource()
{
    // Linking counterdesk_app is enough to carry the resource into a binary.
    QFile file(QStringLiteral(":/calendar/cn-mainland.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("# Mainland China public holidays")));
    QVERIFY(text.contains(QString::fromUtf8("2026-10-10\twork\t国庆节")));
    QString error;
    QVERIFY2(WorkingCalendar::parse(text, &error).has_value(), qPrintable(error));
}

void TestCalendar::publishedYears()
{
    const WorkingCalendar &cal = WorkingCalendar::builtIn();
    // 2018 has only the 2019 notice's New Year days; 2027 has a header and nothing under it.
    QCOMPARE(cal.publishedYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
    QVERIFY(!cal.isPublished(2018));
    QVERIFY(cal.isPublished(2019));
    QVERIFY(cal.isPublished(2026));
    QVERIFY(!cal.isPublished(2027));
}

void TestCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("2019-02-02 make-up Saturday") << d("2019-02-02") << true;
    QTest::newRow("2019-02-03 make-up Sunday") << d("2019-02-03") << true;
    QTest::newRow("2019-02-04 Spring Festival Monday") << d("2019-02-04") << false;
    QTest::newRow("2019-02-11 ordinary Monday") << d("2019-02-11") << true;
    QTest::newRow("2019-02-16 ordinary Saturday") << d("2019-02-16") << false;
    QTest::newRow("2020-02-03 Monday listed work") << d("2020-02-03") << true;
    QTest::newRow("2025-10-08 National Day Wednesday") << d("2025-10-08") << false;
    QTest::newRow("2026-01-03 Saturday listed off") << d("2026-01-03") << false;
    QTest::newRow("2027-01-01 Friday, unpublished") << d("2027-01-01") << true;
}

void TestCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::builtIn().isWorkingDay(date), working);
}

void TestCalendar::dueDates_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QList<int>>("unpublished");
    const Kind W = Kind::Working;
    const Kind N = Kind::Natural;
    const QList<int> none;

    // ---- working days ----
    // Fri 2019-02-01 + 1: Sat 02 is a make-up working day.
    QTest::newRow("W 2019 Spring, make-up Saturday")
        << d("2019-02-01") << 1 << W << d("2019-02-02") << none;
    // Sat 02 (1), Sun 03 (2), 04..10 off, Mon 11 (3).
    QTest::newRow("W 2019 Spring, across the week off")
        << d("2019-02-01") << 3 << W << d("2019-02-11") << none;
    // Thu 2019-04-04 + 1: Fri 05 Qingming off, weekend, Mon 08.
    QTest::newRow("W 2019 Qingming") << d("2019-04-04") << 1 << W << d("2019-04-08") << none;
    // Fri 2019-09-27 + 2: Sat 28 rest, Sun 29 make-up (1), Mon 30 (2).
    QTest::newRow("W 2019 National Day, make-up Sunday before")
        << d("2019-09-27") << 2 << W << d("2019-09-30") << none;
    // Mon 2019-09-30 + 5: 10-01..07 off; Tue 08, Wed 09, Thu 10, Fri 11, Sat 12 make-up (5).
    QTest::newRow("W 2019 National Day, make-up Saturday after")
        << d("2019-09-30") << 5 << W << d("2019-10-12") << none;
    // Thu 2020-01-23 + 1: 01-24..02-02 all off (extended notice), Mon 02-03.
    QTest::newRow("W 2020 Spring, extended holiday")
        << d("2020-01-23") << 1 << W << d("2020-02-03") << none;
    // Fri 2020-01-17 + 2: Sat 18 rest, Sun 19 make-up (1), Mon 20 (2).
    QTest::newRow("W 2020 Spring, make-up Sunday")
        << d("2020-01-17") << 2 << W << d("2020-01-20") << none;
    // Fri 2020-04-03 + 1: 04-04 (Sat), 05 (Sun), 06 (Mon) off; Tue 07.
    QTest::newRow("W 2020 Qingming") << d("2020-04-03") << 1 << W << d("2020-04-07") << none;
    // Wed 2020-09-30 + 2: 10-01..08 off; Fri 09 (1), Sat 10 make-up (2).
    QTest::newRow("W 2020 National Day") << d("2020-09-30") << 2 << W << d("2020-10-10") << none;
    // Fri 2022-12-30 + 1: Sat 31, Sun 01, Mon 02 off (31 is in the 2023 notice); Tue 03.
    QTest::newRow("W 2023 New Year across years")
        << d("2022-12-30") << 1 << W << d("2023-01-03") << none;
    // Fri 2023-01-20 + 2: 21..27 off; Sat 28 (1) and Sun 29 (2) make-up.
    QTest::newRow("W 2023 Spring, make-up weekend")
        << d("2023-01-20") << 2 << W << d("2023-01-29") << none;
    // Tue 2023-04-04 + 1: Wed 05 Qingming off; Thu 06.
    QTest::newRow("W 2023 Qingming") << d("2023-04-04") << 1 << W << d("2023-04-06") << none;
    // Thu 2023-09-28 + 5: 09-29..10-06 off; Sat 07 (1), Sun 08 (2), Mon 09, Tue 10, Wed 11 (5).
    QTest::newRow("W 2023 National Day") << d("2023-09-28") << 5 << W << d("2023-10-11") << none;
    // Fri 2024-02-02 + 1: Sat 03 rest, Sun 04 make-up.
    QTest::newRow("W 2024 Spring, make-up Sunday before")
        << d("2024-02-02") << 1 << W << d("2024-02-04") << none;
    // Thu 2024-02-08 + 2: Fri 09 (1), 10..17 off, Sun 18 make-up (2).
    QTest::newRow("W 2024 Spring, make-up Sunday after")
        << d("2024-02-08") << 2 << W << d("2024-02-18") << none;
    // Wed 2024-04-03 + 1: 04..06 off, Sun 07 make-up.
    QTest::newRow("W 2024 Qingming") << d("2024-04-03") << 1 << W << d("2024-04-07") << none;
    // Fri 2024-09-27 + 10: Sun 29 (1), Mon 30 (2), 10-01..07 off, Tue 08..Fri 11 (6),
    // Sat 12 make-up (7), Mon 14 (8), Tue 15 (9), Wed 16 (10).
    QTest::newRow("W 2024 National Day, ten days")
        << d("2024-09-27") << 10 << W << d("2024-10-16") << none;
    // Fri 2025-01-24 + 1: Sat 25 rest, Sun 26 make-up.
    QTest::newRow("W 2025 Spring, make-up Sunday")
        << d("2025-01-24") << 1 << W << d("2025-01-26") << none;
    // Mon 2025-01-27 + 2: 28..02-04 off; Wed 05 (1), Thu 06 (2).
    QTest::newRow("W 2025 Spring") << d("2025-01-27") << 2 << W << d("2025-02-06") << none;
    // Thu 2025-02-06 + 2: Fri 07 (1), Sat 08 make-up (2).
    QTest::newRow("W 2025 Spring, make-up Saturday")
        << d("2025-02-06") << 2 << W << d("2025-02-08") << none;
    // Thu 2025-04-03 + 1: Fri 04 off, weekend off; Mon 07.
    QTest::newRow("W 2025 Qingming") << d("2025-04-03") << 1 << W << d("2025-04-07") << none;
    // Tue 2025-09-30 + 5: 10-01..08 off; Thu 09, Fri 10, Sat 11 make-up, Mon 13, Tue 14.
    QTest::newRow("W 2025 National Day") << d("2025-09-30") << 5 << W << d("2025-10-14") << none;
    // Wed 2025-12-31 + 1: 01-01..03 off, Sun 01-04 make-up.
    QTest::newRow("W 2026 New Year, make-up Sunday")
        << d("2025-12-31") << 1 << W << d("2026-01-04") << none;
    // Fri 2026-02-13 + 2: Sat 14 make-up (1), 15..23 off, Tue 24 (2).
    QTest::newRow("W 2026 Spring") << d("2026-02-13") << 2 << W << d("2026-02-24") << none;
    // Thu 2026-02-26 + 2: Fri 27 (1), Sat 28 make-up (2).
    QTest::newRow("W 2026 Spring, make-up Saturday after")
        << d("2026-02-26") << 2 << W << d("2026-02-28") << none;
    // Fri 2026-04-03 + 1: Sat 04, Sun 05, Mon 06 off; Tue 07.
    QTest::newRow("W 2026 Qingming") << d("2026-04-03") << 1 << W << d("2026-04-07") << none;
    // Thu 2026-09-24 + 1: Fri 25 Mid-Autumn off, weekend; Mon 28.
    QTest::newRow("W 2026 Mid-Autumn") << d("2026-09-24") << 1 << W << d("2026-09-28") << none;
    // Wed 2026-09-30 + 3: 10-01..07 off; Thu 08, Fri 09, Sat 10 make-up.
    QTest::newRow("W 2026 National Day") << d("2026-09-30") << 3 << W << d("2026-10-10") << none;
    QTest::newRow("W zero days is the start")
        << d("2025-10-01") << 0 << W << d("2025-10-01") << none;

    // ---- unpublished years: weekends only, reported ----
    // Wed 2026-12-30 + 3: Thu 31 (1); 2027 unknown, so Fri 01-01 counts (2); Mon 04 (3).
    QTest::newRow("W into unpublished 2027")
        << d("2026-12-30") << 3 << W << d("2027-01-04") << QList<int>{2027};
    QTest::newRow("W stays in 2026") << d("2026-12-28") << 2 << W << d("2026-12-30") << none;
    // 2018-12-29 is a make-up Saturday of the 2019 notice, but 2018 itself is unpublished.
    QTest::newRow("W from unpublished 2018")
        << d("2018-12-28") << 3 << W << d("2019-01-03") << QList<int>{2018};
    QTest::newRow("N inside unpublished 2027")
        << d("2027-03-01") << 10 << N << d("2027-03-11") << QList<int>{2027};

    // ---- natural days: + N, then + 1 per weekday day off in start+1 .. end, repeatedly ----
    QTest::newRow("N no holiday") << d("2019-03-01") << 10 << N << d("2019-03-11") << none;
    // Thu 2019-01-31 + 10 = 02-10; weekday days off 02-04..08 (5) -> 02-15; 11..15 none.
    QTest::newRow("N 2019 Spring") << d("2019-01-31") << 10 << N << d("2019-02-15") << none;
    // Mon 2019-09-30 + 1 = Tue 10-01 off -> 02 off -> 03 off -> Fri 04 off -> Sat 05: a weekend
    // day off does not extend, so the date lands on a Saturday of the holiday.
    QTest::newRow("N 2019 National Day, chained extension")
        << d("2019-09-30") << 1 << N << d("2019-10-05") << none;
    // Mon 2020-01-20 + 10 = 01-30; weekday days off 24, 27, 28, 29, 30 (5) -> 02-04; among
    // 31..02-04 only Fri 31 (Sat/Sun 1-2 are weekend, Mon 3 works) -> 02-05; 05 none.
    QTest::newRow("N 2020 Spring") << d("2020-01-20") << 10 << N << d("2020-02-05") << none;
    // Mon 2020-09-28 + 7 = 10-05; weekday days off 01, 02, 05 (3) -> 10-08; 06, 07, 08 off (3)
    // -> 10-11; 09..11 none (Sat 10 is a make-up day: it does not shorten anything).
    QTest::newRow("N 2020 National Day") << d("2020-09-28") << 7 << N << d("2020-10-11") << none;
    // Sat 2023-04-01 + 10 = 04-11; Wed 05 off -> 04-12.
    QTest::newRow("N 2023 Qingming") << d("2023-04-01") << 10 << N << d("2023-04-12") << none;
    // Mon 2023-09-25 + 10 = 10-05; weekday days off 09-29, 10-02..05 (5) -> 10-10;
    // Fri 10-06 off (1) -> 10-11.
    QTest::newRow("N 2023 National Day") << d("2023-09-25") << 10 << N << d("2023-10-11") << none;
    // Mon 2024-02-05 + 15 = 02-20; weekday days off 12..16 (5) -> 02-25; 21..25 none.
    QTest::newRow("N 2024 Spring") << d("2024-02-05") << 15 << N << d("2024-02-25") << none;
    // Mon 2024-04-01 + 3 = Thu 04 off -> Fri 05 off -> Sat 06.
    QTest::newRow("N 2024 Qingming") << d("2024-04-01") << 3 << N << d("2024-04-06") << none;
    // Mon 2025-01-20 + 30 = 02-19; weekday days off 01-28..31, 02-03, 02-04 (6) -> 02-25.
    QTest::newRow("N 2025 Spring, 30 days")
        << d("2025-01-20") << 30 << N << d("2025-02-25") << none;
    // Tue 2025-09-30 + 5 = 10-05; 01, 02, 03 (3) -> 10-08; 06, 07, 08 (3) -> 10-11.
    QTest::newRow("N 2025 National Day") << d("2025-09-30") << 5 << N << d("2025-10-11") << none;
    // Tue 2026-02-10 + 10 = 02-20; 16..20 (5) -> 02-25; Mon 23 off (1) -> 02-26.
    QTest::newRow("N 2026 Spring") << d("2026-02-10") << 10 << N << d("2026-02-26") << none;
    // Thu 2026-09-24 + 10 = 10-04; Fri 09-25, Thu 10-01, Fri 10-02 (3) -> 10-07; 05, 06, 07 (3)
    // -> 10-10.
    QTest::newRow("N 2026 Mid-Autumn and National Day")
        << d("2026-09-24") << 10 << N << d("2026-10-10") << none;
    // Fri 2026-12-25 + 10 = 2027-01-04; 2027's holidays are unknown, so no extension.
    QTest::newRow("N into unpublished 2027")
        << d("2026-12-25") << 10 << N << d("2027-01-04") << QList<int>{2027};
    // Tue 2018-12-25 + 10 = 2019-01-04; Mon 12-31 and Tue 01-01 off (2) -> 01-06.
    QTest::newRow("N from unpublished 2018")
        << d("2018-12-25") << 10 << N << d("2019-01-06") << QList<int>{2018};
    QTest::newRow("N zero days is the start")
        << d("2025-10-01") << 0 << N << d("2025-10-01") << none;
}

void TestCalendar::dueDates()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(Kind, kind);
    QFETCH(QDate, due);
    QFETCH(QList<int>, unpublished);
    const CalendarDate r = WorkingCalendar::builtIn().due(from, days, kind);
    QCOMPARE(r.date, due);
    QCOMPARE(r.unpublishedYears, unpublished);
    QCOMPARE(r.provisional, !unpublished.isEmpty());
}

void TestCalendar::cutOff_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QTime>("cutOff");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("provisional");
    const QTime usual = WorkingCalendar::defaultCutOff();
    QCOMPARE(usual, QTime(16, 30));
    QTest::newRow("Tue one second before 16:30")
        << at("2025-09-30", 16, 29, 59) << usual << d("2025-09-30") << false;
    // At the cut-off exactly, the day's intake is closed; next working day after the holiday.
    QTest::newRow("Tue at 16:30:00")
        << at("2025-09-30", 16, 30) << usual << d("2025-10-09") << false;
    QTest::newRow("Tue evening") << at("2025-09-30", 19, 0) << usual << d("2025-10-09") << false;
    QTest::newRow("branch cut-off 12:00, morning")
        << at("2025-09-30", 11, 59) << QTime(12, 0) << d("2025-09-30") << false;
    QTest::newRow("branch cut-off 12:00, noon")
        << at("2025-09-30", 12, 0) << QTime(12, 0) << d("2025-10-09") << false;
    QTest::newRow("holiday morning")
        << at("2025-10-01", 10, 0) << usual << d("2025-10-09") << false;
    QTest::newRow("make-up Saturday morning")
        << at("2025-10-11", 10, 0) << usual << d("2025-10-11") << false;
    QTest::newRow("make-up Saturday evening: Monday")
        << at("2025-10-11", 17, 0) << usual << d("2025-10-13") << false;
    QTest::newRow("ordinary Sunday") << at("2025-10-12", 9, 0) << usual << d("2025-10-13") << false;
    // Fri 2024-02-09 evening: 10..17 off, Sun 18 is a make-up working day.
    QTest::newRow("eve of Spring Festival 2024")
        << at("2024-02-09", 17, 0) << usual << d("2024-02-18") << false;
    QTest::newRow("New Year's Eve 2026 evening: unpublished 2027")
        << at("2026-12-31", 17, 0) << usual << d("2027-01-01") << true;
}

void TestCalendar::cutOff()
{
    QFETCH(QDateTime, received);
    QFETCH(QTime, cutOff);
    QFETCH(QDate, start);
    QFETCH(bool, provisional);
    const CalendarDate r = WorkingCalendar::builtIn().effectiveStart(received, cutOff);
    QCOMPARE(r.date, start);
    QCOMPARE(r.provisional, provisional);
}

void TestCalendar::dueFromReceipt()
{
    const WorkingCalendar &cal = WorkingCalendar::builtIn();
    const QTime usual = WorkingCalendar::defaultCutOff();
    // Morning of Tue 2025-09-30, 5 working days: as the table, 10-14.
    QCOMPARE(cal.dueFromReceipt(at("2025-09-30", 9, 0), usual, 5, Kind::Working).date,
             d("2025-10-14"));
    // Evening: counts from Thu 10-09; Fri 10 (1), Sat 11 (2), Mon 13, Tue 14, Wed 15 (5).
    QCOMPARE(cal.dueFromReceipt(at("2025-09-30", 17, 0), usual, 5, Kind::Working).date,
             d("2025-10-15"));
    // Evening, 3 natural days from 10-09: 10-12, no weekday day off in 10..12.
    QCOMPARE(cal.dueFromReceipt(at("2025-09-30", 17, 0), usual, 3, Kind::Natural).date,
             d("2025-10-12"));
    // The cut-off step alone reaches 2027: the whole result is provisional.
    const CalendarDate late = cal.dueFromReceipt(at("2026-12-31", 17, 0), usual, 0, Kind::Working);
    QCOMPARE(late.date, d("2027-01-01"));
    QCOMPARE(late.unpublishedYears, QList<int>{2027});
}

void TestCalendar::cutOffSetting()
{
    QCOMPARE(CutOffSetting::parse(QStringLiteral("16:30")), std::optional<QTime>(QTime(16, 30)));
    QCOMPARE(CutOffSetting::parse(QStringLiteral("9:05")), std::optional<QTime>(QTime(9, 5)));
    for (const char *bad : {"24:00", "16:60", "1630", "16.30", "", "16:30:00"}) {
        QVERIFY2(!CutOffSetting::parse(QLatin1String(bad)).has_value(), bad);
    }

    QTemporaryDir dir;
    auto branch = Branch::create(
        dir.path(), TestSupport::passphrase(),
        {QStringLiteral("BJ0101"), QStringLiteral("Test"), QStringLiteral("Asia/Shanghai")},
        QStringLiteral("admin"));
    QString problem;
    QCOMPARE(CutOffSetting::read(*branch, &problem), QTime(16, 30));
    QVERIFY(problem.isEmpty());
    BranchStore(branch->database())
        .setSetting(QLatin1String(CutOffSetting::Key), QStringLiteral("15:45"));
    QCOMPARE(CutOffSetting::read(*branch, &problem), QTime(15, 45));
    QVERIFY(problem.isEmpty());
    BranchStore(branch->database())
        .setSetting(QLatin1String(CutOffSetting::Key), QStringLiteral("25:00"));
    QCOMPARE(CutOffSetting::read(*branch, &problem), QTime(16, 30));
    QVERIFY2(problem.contains(QLatin1String("'25:00'")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("16:30 applies")), qPrintable(problem));
}

void TestCalendar::parserAccepts()
{
    // CRLF, blank lines, comments and a December-before entry are all fine.
    const QString tsv = QStringLiteral("# a head office update\r\n"
                                       "# 2031: notice\r\n"
                                       "\r\n"
                                       "2030-12-31\toff\tNew Year\r\n"
                                       "2031-01-01\toff\tNew Year\r\n"
                                       "2031-01-04\twork\tNew Year\r\n"
                                       "# 2032: not yet published\r\n");
    QString error;
    const auto cal = WorkingCalendar::parse(tsv, &error);
    QVERIFY2(cal.has_value(), qPrintable(error));
    QCOMPARE(cal->publishedYears(), QList<int>{2031});
    QVERIFY(!cal->isWorkingDay(d("2030-12-31"))); // a Tuesday listed off
    QVERIFY(cal->isWorkingDay(d("2031-01-04")));  // a Saturday listed work
    QVERIFY(cal->isStatutoryDayOff(d("2031-01-01")));
    // Tue 2030-12-30 + 1 working day: 31 off, 01 off, Thu 02; 2030 is not published.
    const CalendarDate r = cal->addWorkingDays(d("2030-12-30"), 1);
    QCOMPARE(r.date, d("2031-01-02"));
    QCOMPARE(r.unpublishedYears, QList<int>{2030});
}

void TestCalendar::parserRefuses_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<QString>("error");
    const QString head = QStringLiteral("# comment\n# 2030: notice\n"); // lines 1-2
    QTest::newRow("two columns") << head + QStringLiteral("2030-01-01\toff\n")
                                 << QStringLiteral("Line 3: 3 tab-separated columns expected "
                                                   "(date, kind, name), got 2.");
    QTest::newRow("four columns") << head + QStringLiteral("2030-01-01\toff\tx\ty\n")
                                  << QStringLiteral("Line 3: 3 tab-separated columns expected "
                                                    "(date, kind, name), got 4.");
    QTest::newRow("spaces, not tabs") << head + QStringLiteral("2030-01-01 off New Year\n")
                                      << QStringLiteral("Line 3: 3 tab-separated columns "
                                                        "expected (date, kind, name), got 1.");
    QTest::newRow("slashes") << head + QStringLiteral("2030/01/01\toff\tx\n")
                             << QStringLiteral("Line 3: '2030/01/01' is not a date of the form "
                                               "YYYY-MM-DD.");
    QTest::newRow("short month") << head + QStringLiteral("2030-1-01\toff\tx\n")
                                 << QStringLiteral("Line 3: '2030-1-01' is not a date of the form "
                                                   "YYYY-MM-DD.");
    QTest::newRow("not real") << head + QStringLiteral("2030-02-29\toff\tx\n")
                              << QStringLiteral("Line 3: 2030-02-29 is not a real date.");
    QTest::newRow("unknown kind") << head + QStringLiteral("2030-01-01\tholiday\tx\n")
                                  << QStringLiteral("Line 3: unknown kind 'holiday' (expected off "
                                                    "or work).");
    QTest::newRow("kind in capitals") << head + QStringLiteral("2030-01-01\tOff\tx\n")
                                      << QStringLiteral("Line 3: unknown kind 'Off' (expected "
                                                        "off or work).");
    QTest::newRow("empty name") << head + QStringLiteral("2030-01-01\toff\t \n")
                                << QStringLiteral("Line 3: the name (third column) is empty.");
    QTest::newRow("duplicate")
        << head + QStringLiteral("2030-01-01\toff\tx\n\n2030-01-01\twork\tx\n")
        << QStringLiteral("Line 5: 2030-01-01 is listed twice (first on line 3).");
    QTest::newRow("before any header")
        << QStringLiteral("# comment\n2030-01-01\toff\tx\n# 2030: notice\n")
        << QStringLiteral("Line 2: the entry for 2030-01-01 comes before any '# YYYY:' year "
                          "header.");
    QTest::newRow("previous year, not December")
        << head + QStringLiteral("2029-11-30\toff\tx\n")
        << QStringLiteral("Line 3: 2029-11-30 does not belong in the section for 2030 (only "
                          "dates in 2030 or in December 2029 do).");
    QTest::newRow("next year") << head + QStringLiteral("2031-01-01\toff\tx\n")
                               << QStringLiteral("Line 3: 2031-01-01 does not belong in the "
                                                 "section for 2030 (only dates in 2030 or in "
                                                 "December 2029 do).");
    QTest::newRow("second header")
        << head + QStringLiteral("2030-01-01\toff\tx\n# 2030: again\n")
        << QStringLiteral("Line 4: a second header for 2030 (the first is on line 2).");
    QTest::newRow("no entries") << head << QStringLiteral("The calendar has no entries.");
}

void TestCalendar::parserRefuses()
{
    QFETCH(QString, tsv);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!WorkingCalendar::parse(tsv, &actual).has_value());
    QCOMPARE(actual, error);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
