// Benchmark: the daily log and the monthly bulletin over a year of simulated hall days
// (counterdesk-cli simulate, ~250 working days, made once and cached in bench-data). Times one
// day's log (compiled, laid out, written as PDF, and as CSV) for days spread over the year, one
// month's bulletin for each month, and the key figures of the whole year (HallKpis, the
// bulletin's source, over any period). Prints; never fails on timing.
#include "benchsupport.h"
#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "core/datadir.h"
#include "database.h"
#include "printing/pdfoutput.h"
#include "reports/dailylog.h"
#include "reports/kpis.h"
#include "reports/monthlybulletin.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using BenchSupport::out;

namespace
{
double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QString maxOf(const QList<double> &v)
{
    return QString::number(*std::max_element(v.begin(), v.end()), 'f', 0);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString error;
    const BenchSupport::Year year = BenchSupport::year(&error);
    if (year.dir.isEmpty()) {
        out() << "bench_reports: " << error << Qt::endl;
        return 1;
    }
    if (QCoreApplication::arguments().contains(QStringLiteral("--prepare"))) {
        return 0; // scripts/bench makes the data sets side by side before the benchmarks run
    }
    auto branch = Branch::open(year.dir, TestSupport::passphrase());
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(*branch);
    Database &db = branch->database();
    out() << "A simulated year: " << year.from.toString(Qt::ISODate) << " to "
          << year.to.toString(Qt::ISODate) << ", " << year.workingDays.size()
          << " working days, 3 windows: " << db.queryInt("SELECT count(*) FROM ticket")
          << " tickets, " << db.queryInt("SELECT count(*) FROM service_case") << " cases, "
          << db.queryInt("SELECT count(*) FROM audit_log") << " audit entries; "
          << QFileInfo(DataDir::databasePath(year.dir)).size() / (1024 * 1024) << " MiB encrypted"
          << Qt::endl;
    QTemporaryDir outDir;

    // One day's log, for 25 days spread over the year (each read once: no warm-up).
    QList<double> compileMs;
    QList<double> pdfMs;
    QList<double> csvMs;
    DailyLog log(*branch, &*catalogue);
    const qsizetype step = std::max<qsizetype>(1, year.workingDays.size() / 25);
    for (qsizetype i = 0; i < year.workingDays.size(); i += step) {
        const QDate day = year.workingDays.at(i);
        QElapsedTimer t;
        t.start();
        const QJsonObject figures = log.compile(day);
        compileMs << ms(t);
        t.start();
        const QString written = PdfOutput::write(
            log.document(day), outDir.filePath(day.toString(Qt::ISODate) + QStringLiteral(".pdf")));
        pdfMs << ms(t);
        t.start();
        const QString csv = log.csv(day);
        csvMs << ms(t);
        if (!written.isEmpty() || figures.isEmpty() || csv.isEmpty()) {
            out() << "bench_reports: the daily log of " << day.toString(Qt::ISODate)
                  << " failed: " << written << Qt::endl;
            return 1;
        }
    }
    out() << "\nDaily log of one day (" << compileMs.size() << " days across the year):\n"
          << "  compile the figures:                   " << BenchSupport::p50p99(compileMs)
          << "\n  the log as PDF (compiled again, laid out, written): "
          << BenchSupport::p50p99(pdfMs)
          << "\n  the log as CSV (compiled again):      " << BenchSupport::p50p99(csvMs)
          << Qt::endl;

    // Every day's log of the year, one after the other.
    QElapsedTimer all;
    all.start();
    for (const QDate &day : year.workingDays) {
        log.compile(day);
    }
    out() << "  all " << year.workingDays.size() << " days' figures compiled: " << all.elapsed()
          << " ms" << Qt::endl;

    // The monthly bulletin of each whole month in the year.
    QList<double> bulletinCompile;
    QList<double> bulletinPdf;
    MonthlyBulletin bulletin(*branch, &*catalogue);
    QDate month(year.from.year(), year.from.month(), 1);
    if (month < year.from) {
        month = month.addMonths(1);
    }
    for (; month.addMonths(1).addDays(-1) <= year.to; month = month.addMonths(1)) {
        QElapsedTimer t;
        t.start();
        const KpiReport report = bulletin.compile(month);
        bulletinCompile << ms(t);
        t.start();
        const QString written = PdfOutput::write(
            bulletin.document(report),
            outDir.filePath(month.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".pdf")));
        bulletinPdf << ms(t);
        if (!written.isEmpty() || report.total.issued == 0) {
            out() << "bench_reports: the bulletin of " << month.toString(QStringLiteral("yyyy-MM"))
                  << " failed: " << written << Qt::endl;
            return 1;
        }
    }
    out() << "\nMonthly bulletin (" << bulletinCompile.size() << " months, max of any month):\n"
          << "  compile (HallKpis over the month):    " << BenchSupport::p50p99(bulletinCompile)
          << ", max " << maxOf(bulletinCompile) << " ms\n"
          << "  laid out with its charts, PDF written: " << BenchSupport::p50p99(bulletinPdf)
          << ", max " << maxOf(bulletinPdf) << " ms" << Qt::endl;

    // The whole year's key figures: the code computes any period.
    QElapsedTimer t;
    t.start();
    const KpiReport wholeYear = HallKpis(*branch).compute(year.from, year.to);
    out() << "\nKey figures of the whole year (HallKpis::compute, " << wholeYear.total.issued
          << " tickets): " << t.elapsed() << " ms" << Qt::endl;
    return 0;
}
