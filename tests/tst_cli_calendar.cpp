// counterdesk-cli due and check, as a script uses them: what they print and their exit codes.
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::cli;

namespace
{
QStringList due(const char *from, const char *days, const char *kind)
{
    return {QStringLiteral("due"),    QStringLiteral("--from"), QLatin1String(from),
            QStringLiteral("--days"), QLatin1String(days),      QStringLiteral("--kind"),
            QLatin1String(kind)};
}
} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listedInHelp();
    void dueDates_data();
    void dueDates();
    void dueUnpublishedYearWarns();
    void dueBadInput_data();
    void dueBadInput();
    void dueOtherCalendar();
    void check_data();
    void check();
    void checkUsage();
};

void TestCliCalendar::listedInHelp()
{
    const auto help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("  due ")));
    QVERIFY(help.out.contains(QLatin1String("  check ")));
    const auto dueHelp = cli({QStringLiteral("due"), QStringLiteral("--help")});
    QCOMPARE(dueHelp.exitCode, 0);
    QVERIFY(dueHelp.out.contains(QLatin1String("--calendar")));
}

void TestCliCalendar::dueDates_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    // Tue 2025-09-30 + 5 working days: 10-01..08 off; 09, 10, Sat 11 (make-up), 13, 14.
    QTest::newRow("working, National Day 2025")
        << due("2025-09-30", "5", "working") << QStringLiteral("2025-10-14\n");
    // Tue 2025-09-30 + 5 natural = 10-05; weekday days off 01-03 -> 10-08; 06-08 -> 10-11.
    QTest::newRow("natural, National Day 2025")
        << due("2025-09-30", "5", "natural") << QStringLiteral("2025-10-11\n");
    // Fri 2024-02-08 + 2 working: Fri 09, then 10..17 off, Sun 18 make-up.
    QTest::newRow("working, Spring Festival 2024")
        << due("2024-02-08", "2", "working") << QStringLiteral("2024-02-18\n");
    QTest::newRow("zero days") << due("2024-02-10", "0", "working")
                               << QStringLiteral("2024-02-10\n");
}

void TestCliCalendar::dueDates()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, out);
    QCOMPARE(r.err, QString());
}

void TestCliCalendar::dueUnpublishedYearWarns()
{
    // Wed 2026-12-30 + 3 working days: Thu 31, Fri 2027-01-01 (holidays unknown), Mon 04.
    const auto r = cli(due("2026-12-30", "3", "working"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("2027-01-04\n"));
    QCOMPARE(r.err, QStringLiteral("Warning: no published holiday calendar for 2027, so only "
                                   "weekends were skipped there; the date is provisional.\n"));
}

void TestCliCalendar::dueBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::newRow("not a date") << due("2025/09/30", "5", "working")
                                << QStringLiteral("--from: '2025/09/30' is not a date of the form "
                                                  "YYYY-MM-DD.");
    QTest::newRow("not a real date") << due("2025-02-29", "5", "working")
                                     << QStringLiteral("--from: 2025-02-29 is not a real date.");
    QTest::newRow("negative days")
        << due("2025-09-30", "-3", "working")
        << QStringLiteral("--days: -3 is negative; a time limit is 0 days or more.");
    QTest::newRow("words for days") << due("2025-09-30", "five", "working")
                                    << QStringLiteral("--days: 'five' is not a whole number of "
                                                      "days.");
    QTest::newRow("fraction of days") << due("2025-09-30", "2.5", "working")
                                      << QStringLiteral("--days: '2.5' is not a whole number of "
                                                        "days.");
    QTest::newRow("too many days") << due("2025-09-30", "99999", "working")
                                   << QStringLiteral("--days: 99999 is more than 3660 days.");
    QTest::newRow("unknown kind") << due("2025-09-30", "5", "calendar")
                                  << QStringLiteral("--kind: unknown kind 'calendar'; use working "
                                                    "or natural.");
    QTest::newRow("missing --kind")
        << QStringList{QStringLiteral("due"), QStringLiteral("--from"),
                       QStringLiteral("2025-09-30"), QStringLiteral("--days"), QStringLiteral("5")}
        << QStringLiteral("Missing --kind.");
}

void TestCliCalendar::dueBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(err), qPrintable(r.err));
}

void TestCliCalendar::dueOtherCalendar()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.tsv"));
    const QString broken = dir.filePath(QStringLiteral("broken.tsv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# 2030: head office's notice\n2030-01-01\toff\tNew Year\n"
                "2030-01-02\toff\tNew Year\n");
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("# 2030: head office's notice\n2030-01-01\toff\tNew Year\n"
                "2030-01-02\tfree\tNew Year\n");
    }
    // Mon 2029-12-31 + 1 working day: Tue 01 and Wed 02 off in this file -> Thu 03; 2029 is
    // not in it, but only days after the start are looked at.
    auto r = cli(due("2029-12-31", "1", "working") << QStringLiteral("--calendar") << good);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("2030-01-03\n"));
    QCOMPARE(r.err, QString());
    // The built-in calendar knows nothing of 2030: Tue 01, provisional.
    r = cli(due("2029-12-31", "1", "working"));
    QCOMPARE(r.out, QStringLiteral("2030-01-01\n"));
    QVERIFY(r.err.contains(QLatin1String("2030")));

    r = cli(due("2029-12-31", "1", "working") << QStringLiteral("--calendar") << broken);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("Line 3: unknown kind 'free' (expected off or work).")),
             qPrintable(r.err));

    r = cli(due("2029-12-31", "1", "working")
            << QStringLiteral("--calendar") << dir.filePath(QStringLiteral("absent.tsv")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot read the calendar")), qPrintable(r.err));
}

void TestCliCalendar::check_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::newRow("id valid") << QStringLiteral("id") << QStringLiteral("11010519491231002x") << 0
                              << QStringLiteral("valid\n");
    QTest::newRow("id wrong check")
        << QStringLiteral("id") << QStringLiteral("110105194912310021") << 1
        << QStringLiteral("The check character should be X, not 1.\n");
    QTest::newRow("id old") << QStringLiteral("id") << QStringLiteral("110105491231002") << 1
                            << QStringLiteral("This is an old 15-digit identity number; only "
                                              "18-character numbers are accepted.\n");
    QTest::newRow("uscc valid") << QStringLiteral("uscc") << QStringLiteral("91350100M000100Y43")
                                << 0 << QStringLiteral("valid\n");
    QTest::newRow("uscc letter I")
        << QStringLiteral("uscc") << QStringLiteral("91350100M000100I43") << 1
        << QStringLiteral("Character 'I' at position 16 is not allowed in a credit code (it uses "
                          "digits and capital letters except I, O, S, V and Z).\n");
    QTest::newRow("phone valid") << QStringLiteral("phone") << QStringLiteral("+86 138 1234 5678")
                                 << 0 << QStringLiteral("valid\n");
    QTest::newRow("phone short") << QStringLiteral("phone") << QStringLiteral("1381234567") << 1
                                 << QStringLiteral("11 digits expected, got 10.\n");
}

void TestCliCalendar::check()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    const auto r = cli({QStringLiteral("check"), kind, value});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, out);
}

void TestCliCalendar::checkUsage()
{
    auto r = cli({QStringLiteral("check"), QStringLiteral("passport"), QStringLiteral("E123")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("Unknown kind 'passport'.")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Usage: counterdesk-cli check id|uscc|phone VALUE")));
    r = cli({QStringLiteral("check"), QStringLiteral("id")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("Usage: counterdesk-cli check id|uscc|phone VALUE")));
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
