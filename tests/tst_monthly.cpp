// The monthly service bulletin (简报): counterdesk-cli report monthly writes a PDF whose text
// layer has the headings, the figures and the charts' labels, and a CSV whose counts are the
// month's daily logs added up; a bad month is refused with the usage; the KPI targets are shown
// and changed through counterdesk-cli report targets.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "database.h"
#include "kpitestdata.h"
#include "pdfcheck.h"
#include "printing/pdfoutput.h"
#include "reports/dailylog.h"
#include "reports/monthlybulletin.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using KpiTestData::beijing;

namespace
{
// "section,item,measure" -> value, for the lines of a CSV.
QMap<QString, QString> parseCsv(const QString &text)
{
    QMap<QString, QString> values;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const qsizetype last = line.lastIndexOf(QLatin1Char(','));
        values.insert(line.left(last), line.mid(last + 1));
    }
    return values;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestMonthly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bulletinInEnglish();
    void bulletinInChinese();
    void csvIsTheDailyLogsAddedUp();
    void badMonthIsRefused();
    void targetsThroughTheCli();
    void longListsGoOnNewPages();

private:
    TestSupport::Run report(const QString &month, const QString &pdf, const QString &csv = {});
    void setLanguage(const char *lang);
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
    KpiTestData::Played m_played;
};

void TestMonthly::initTestCase()
{
    Clock::setTestNow(beijing(2026, 5, 29, 9, 0));
    auto branch = Branch::create(m_dir.path(), TestSupport::passphrase(),
                                 {QStringLiteral("DEMO01"), QString::fromUtf8("朝阳路营业厅")},
                                 QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    const auto catalogue = CatalogueUpdate::current(*branch);
    QVERIFY(catalogue);
    m_played = KpiTestData::playJune(*branch, *catalogue);
}

void TestMonthly::cleanupTestCase()
{
    Clock::setTestNow({});
}

void TestMonthly::setLanguage(const char *lang)
{
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    BranchStore(branch->database())
        .setSetting(QLatin1String(CaseWorkflow::DocumentLanguageSetting), QLatin1String(lang));
}

TestSupport::Run TestMonthly::report(const QString &month, const QString &pdf, const QString &csv)
{
    QStringList args{QStringLiteral("report"),     QStringLiteral("monthly"),
                     QStringLiteral("--data-dir"), m_dir.path(),
                     QStringLiteral("--month"),    month,
                     QStringLiteral("--out"),      pdf};
    if (!csv.isEmpty()) {
        args << QStringLiteral("--csv") << csv;
    }
    return TestSupport::cli(args, TestSupport::passphrase());
}

void TestMonthly::bulletinInEnglish()
{
    setLanguage("en");
    const TestSupport::Run run =
        report(QStringLiteral("2026-06"), path("june.pdf"), path("june.csv"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("2026-06-01 to 2026-06-30: 8 tickets, 2 complaints"));
    const QString text = PdfCheck::text(path("june.pdf"));
    const char *const expected[] = {
        "Monthly service bulletin", "June 2026", "1 June 2026 to 30 June 2026",
        "8 issued, 6 served, 1 no-shows", "average 20:00, 90% within 45:00, longest 45:00 (min:s)",
        "4 ratings; satisfaction 75.0%; very satisfied 1; dissatisfied 1",
        // The key figures against the targets.
        "Key figures against targets", "Called within 20 minutes", "57.1%", "at least 90%",
        "Average wait (response time)", "at most 10:00", "Average time to answer a consultation",
        "6:00", "at most 15:00", "Satisfaction rate", "75.0%", "at least 95%",
        "Cases ready by the promised date", "50.0%", "at least 100%",
        "Complaints answered within 10 working days", "Not met", "Met",
        // Request types: the chart and the table.
        "Requests by type (tickets issued)", "Requests by type", "Consultation", "Repair",
        "Complaint", "Business", "Praise", "Suggestion", "Callback", "Reminder", "Other records",
        // Services, clerks, waits, complaints.
        "Busiest services (tickets issued)", "Top services", "By clerk", "李敏 (limin)",
        "张伟 (zhangwei)", "Longest waits", "K002", "45:00", "A002", "30:00",
        "Complaints and their outcomes", "Answered in time", "Open past the limit", "16 Jun",
        "5 Jun, by phone", "At the counter", "Phone",
        "Complaints recorded in the period, judged as of", "The daily logs added up",
        "Cases opened: 3; one-time notices: 1; accepted: 2",
        "Refused: 0; referred: 0; ready: 2; extended: 1; cancelled: 0",
        "Questions recorded to answer later: 1; answered: 1; reprints: 1",
        "How the figures are counted", "Hall manager:"};
    for (const char *w : expected) {
        QVERIFY2(text.contains(QString::fromUtf8(w)),
                 qPrintable(QString::fromUtf8(w) + QStringLiteral("\n---\n") + text));
    }
    // No complainant's name, phone or words in a bulletin.
    for (const char *w : {"张先生", "李女士", "13900001111", "等候时间太长", "已致歉"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(w)), w);
    }

    const QString csv = readAll(path("june.csv"));
    QVERIFY(csv.startsWith(QLatin1String("section,item,measure,value\n")));
    const QMap<QString, QString> v = parseCsv(csv);
    const QMap<QString, QString> expectedLines{
        {QStringLiteral("month,2026-06,from"), QStringLiteral("2026-06-01")},
        {QStringLiteral("month,2026-06,to"), QStringLiteral("2026-06-30")},
        {QStringLiteral("target,kpi.waitTargetMinutes,value"), QStringLiteral("20")},
        {QStringLiteral("target,kpi.satisfactionPercent,value"), QStringLiteral("95")},
        {QStringLiteral("tickets,all,issued"), QStringLiteral("8")},
        {QStringLiteral("tickets,all,avgWaitSeconds"), QStringLiteral("1200")},
        {QStringLiteral("tickets,all,p90WaitSeconds"), QStringLiteral("2700")},
        {QStringLiteral("tickets,all,calledWithinTarget"), QStringLiteral("4")},
        {QStringLiteral("kpi,calledWithinTarget,actual"), QStringLiteral("57.1")},
        {QStringLiteral("kpi,calledWithinTarget,met"), QStringLiteral("no")},
        {QStringLiteral("kpi,answerTime,actual"), QStringLiteral("360.0")},
        {QStringLiteral("kpi,answerTime,met"), QStringLiteral("yes")},
        {QStringLiteral("kpi,satisfaction,actual"), QStringLiteral("75.0")},
        {QStringLiteral("kpi,complaintsInTime,basis"), QStringLiteral("2")},
        {QStringLiteral("requestType,consultation,issued"), QStringLiteral("2")},
        {QStringLiteral("requestType,business,issued"), QStringLiteral("5")},
        {QStringLiteral("requestType,reminder,issued"), QStringLiteral("0")},
        {QStringLiteral("cases,all,extended"), QStringLiteral("1")},
        {QStringLiteral("questions,all,recorded"), QStringLiteral("1")},
        {QStringLiteral("reprints,all,count"), QStringLiteral("1")},
        {QStringLiteral("clerk,limin,served"), QStringLiteral("3")},
        {QStringLiteral("clerk,zhangwei,avgAnswerSeconds"), QStringLiteral("360")},
        {QStringLiteral("service,INS-BQ-CONTACT,casesOnTime"), QStringLiteral("1")},
        {QStringLiteral("day,2026-06-01,issued"), QStringLiteral("4")},
        {QStringLiteral("longestWait,1,number"), QStringLiteral("K002")},
        {QStringLiteral("longestWait,1,waitSeconds"), QStringLiteral("2700")},
        {QStringLiteral("complaint,%1,status").arg(m_played.answeredComplaint),
         QStringLiteral("answeredInTime")},
        {QStringLiteral("complaint,%1,status").arg(m_played.openComplaint),
         QStringLiteral("openOverdue")},
        {QStringLiteral("complaint,%1,limit").arg(m_played.answeredComplaint),
         QStringLiteral("2026-06-16")},
    };
    for (auto it = expectedLines.cbegin(); it != expectedLines.cend(); ++it) {
        QVERIFY2(v.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(" = ") + v.value(it.key())));
    }
}

void TestMonthly::bulletinInChinese()
{
    // The branch's document language; the data is Chinese whatever the translations say.
    setLanguage("zh_CN");
    const TestSupport::Run run = report(QStringLiteral("2026-06"), path("june-zh.pdf"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = PdfCheck::text(path("june-zh.pdf"));
    for (const char *w : {"朝阳路营业厅", "2026年6月", "2026年6月1日", "2026年6月30日",
                          "联系方式变更", "业务咨询", "投诉受理", "李敏", "6月16日", "57.1%"}) {
        QVERIFY2(text.contains(QString::fromUtf8(w)),
                 qPrintable(QString::fromUtf8(w) + QStringLiteral("\n---\n") + text));
    }
}

void TestMonthly::csvIsTheDailyLogsAddedUp()
{
    // The daily log's CSV of each day of June, added up, gives the bulletin's counts.
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const auto catalogue = CatalogueUpdate::current(*branch);
    DailyLog log(*branch, &*catalogue);
    QMap<QString, qint64> sums;
    static const QRegularExpression summable(
        QStringLiteral("^(tickets,all,(issued|served|noShow)|service,[^,]+,(issued|served|noShow)"
                       "|cases,all,(opened|notices|accepted|refused|referred|ready|extended|"
                       "cancelled)|questions,all,\\w+|reprints,all,count)$"));
    for (QDate d(2026, 6, 1); d <= QDate(2026, 6, 30); d = d.addDays(1)) {
        const QMap<QString, QString> day = parseCsv(log.csv(d));
        for (auto it = day.cbegin(); it != day.cend(); ++it) {
            if (summable.match(it.key()).hasMatch()) {
                sums[it.key()] += it.value().toLongLong();
            }
        }
    }
    MonthlyBulletin bulletin(*branch, &*catalogue, QStringLiteral("en"));
    const QMap<QString, QString> month =
        parseCsv(bulletin.csv(bulletin.compile(QDate(2026, 6, 1))));
    QVERIFY(sums.size() > 15);
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QVERIFY2(month.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(month.value(it.key()).toLongLong(), it.value());
    }
    QCOMPARE(sums.value(QStringLiteral("tickets,all,issued")), 8);
    // And the other way: every summable line of the month is in some day's log.
    for (auto it = month.cbegin(); it != month.cend(); ++it) {
        if (summable.match(it.key()).hasMatch()) {
            QVERIFY2(sums.contains(it.key()), qPrintable(it.key()));
        }
    }
}

void TestMonthly::badMonthIsRefused()
{
    for (const char *month : {"2026-13", "June", "2026-6", "2026-06-01", ""}) {
        const TestSupport::Run run = report(QLatin1String(month), path("bad.pdf"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String(
                     "Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf")),
                 qPrintable(run.err));
        if (*month) {
            QVERIFY2(run.err.contains(QStringLiteral("Not a month: '%1'. Give it as YYYY-MM")
                                          .arg(QLatin1String(month))),
                     qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(path("bad.pdf")));
    }
    // Without --out, the usage too.
    const TestSupport::Run noOut = TestSupport::cli(
        {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--data-dir"),
         m_dir.path(), QStringLiteral("--month"), QStringLiteral("2026-06")},
        TestSupport::passphrase());
    QCOMPARE(noOut.exitCode, 1);
    QVERIFY(noOut.err.contains(QLatin1String("Usage: counterdesk-cli report monthly")));
    // A month that has not begun.
    const TestSupport::Run future = report(QStringLiteral("2999-01"), path("bad.pdf"));
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(QLatin1String("2999-01 has not begun yet.")),
             qPrintable(future.err));
    QVERIFY(!QFile::exists(path("bad.pdf")));
    // An unknown kind of report.
    const TestSupport::Run weekly =
        TestSupport::cli({QStringLiteral("report"), QStringLiteral("weekly"),
                          QStringLiteral("--data-dir"), m_dir.path()},
                         TestSupport::passphrase());
    QCOMPARE(weekly.exitCode, 1);
    QVERIFY(weekly.err.contains(QLatin1String("report monthly --month YYYY-MM")));
}

void TestMonthly::targetsThroughTheCli()
{
    const QStringList base{QStringLiteral("report"), QStringLiteral("targets"),
                           QStringLiteral("--data-dir"), m_dir.path()};
    const TestSupport::Run shown = TestSupport::cli(base, TestSupport::passphrase());
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out,
             QStringLiteral("kpi.waitTargetMinutes=20\nkpi.waitTargetPercent=90\n"
                            "kpi.responseMinutes=10\nkpi.answerMinutes=15\nkpi.complaintDays=10\n"
                            "kpi.satisfactionPercent=95\nkpi.casesOnTimePercent=100\n"));
    const TestSupport::Run bad = TestSupport::cli(
        base + QStringList{QStringLiteral("--set"), QStringLiteral("kpi.satisfactionPercent=101")},
        TestSupport::passphrase());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("kpi.satisfactionPercent must be a whole number from 1 "
                                            "to 100.")),
             qPrintable(bad.err));
    const TestSupport::Run unknown =
        TestSupport::cli(base + QStringList{QStringLiteral("--set"), QStringLiteral("kpi.speed=3")},
                         TestSupport::passphrase());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QLatin1String("Unknown target: kpi.speed")));
    const TestSupport::Run set = TestSupport::cli(
        base + QStringList{QStringLiteral("--set"), QStringLiteral("kpi.satisfactionPercent=70")},
        TestSupport::passphrase());
    QCOMPARE(set.exitCode, 0);
    QVERIFY(set.out.contains(QLatin1String("kpi.satisfactionPercent=70\n")));
    // The bulletin measures against the new target: 75% now meets it.
    setLanguage("en");
    QCOMPARE(report(QStringLiteral("2026-06"), path("t.pdf"), path("t.csv")).exitCode, 0);
    const QMap<QString, QString> v = parseCsv(readAll(path("t.csv")));
    QCOMPARE(v.value(QStringLiteral("kpi,satisfaction,met")), QStringLiteral("yes"));
    QVERIFY(PdfCheck::text(path("t.pdf")).contains(QLatin1String("at least 70%")));
    QCOMPARE(TestSupport::cli(base
                                  + QStringList{QStringLiteral("--set"),
                                                QStringLiteral("kpi.satisfactionPercent=95")},
                              TestSupport::passphrase())
                 .exitCode,
             0);
}

void TestMonthly::longListsGoOnNewPages()
{
    // A table longer than a page repeats its header; a chart keeps every bar's label.
    PrintedDocument d;
    d.kind = PrintedDocument::Kind::MonthlyBulletin;
    d.title = QStringLiteral("Long lists");
    PrintedDocument::Table table;
    table.heading = QStringLiteral("Many rows");
    table.columns = {QStringLiteral("Row"), QStringLiteral("Figure")};
    table.rightAligned = {false, true};
    for (int i = 1; i <= 120; ++i) {
        table.rows << QStringList{QStringLiteral("row%1").arg(i), QString::number(i * 7)};
    }
    PrintedDocument::BarChart chart;
    chart.heading = QStringLiteral("Many bars");
    for (int i = 1; i <= 60; ++i) {
        chart.bars << PrintedDocument::Bar{QStringLiteral("bar%1").arg(i), double(i),
                                           QStringLiteral("v%1").arg(i)};
    }
    d.blocks << table << chart;
    const QString pdf = path("long.pdf");
    QCOMPARE(PdfOutput::write(d, pdf), QString());
    const QString text = PdfCheck::text(pdf);
    QVERIFY(text.contains(QLatin1String("row120")));
    QVERIFY(text.contains(QLatin1String("840")));
    QVERIFY(text.contains(QLatin1String("bar60")));
    QVERIFY(text.contains(QLatin1String("v60")));
    QVERIFY(text.count(QLatin1String("Figure")) >= 2); // the header again on the next page
    const QString info = PdfCheck::run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    QVERIFY2(pages.match(info).captured(1).toInt() >= 3, qPrintable(info));
}

QTEST_MAIN(TestMonthly) // a QGuiApplication: fonts for the PDF
#include "tst_monthly.moc"
