// Benchmark: paper out of the real printing code. A ticket issued at the kiosk (TicketDesk:
// the issuing transaction, the layout, the station's print queue) until its PDF file is
// finished, and an acceptance (CaseWorkflow::accept: the transaction and the receipt's
// layout) until the receipt's PDF is archived, as the serve page does. Each to a PDF through
// QPdfWriter (PdfOutput: the archive and a station printing to PDF files) and through QPrinter
// in PDF mode (PrinterSink: the path a real printer takes). Prints p50/p99; never fails on
// timing.
#include "benchsupport.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "printersink.h"
#include "printing/pdfoutput.h"
#include "printing/pdfprintsink.h"
#include "printing/printqueue.h"
#include "printing/stationsettings.h"
#include "queue/ticketdesk.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdlib>

using BenchSupport::out;

namespace
{
constexpr int Runs = 50;

// Forwards to a sink and keeps how long each job took there (layout and PDF).
class TimedSink : public PrintSink
{
public:
    explicit TimedSink(PrintSink &sink)
        : m_sink(sink)
    {}
    QString print(const PrintJob &job) override
    {
        QElapsedTimer t;
        t.start();
        const QString error = m_sink.print(job);
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
        return error;
    }
    QList<double> ms;

private:
    PrintSink &m_sink;
};

// The first job loads the fonts: reported apart from the runs.
struct Figures
{
    double firstMs = 0;
    QList<double> totalMs;
    QList<double> sinkMs;
    qint64 bytes = 0;
};

void print(const char *what, const Figures &f)
{
    out() << QStringLiteral("  %1: %2 (first one %3 ms); of which the PDF itself %4; %5 KB each")
                 .arg(QLatin1String(what), BenchSupport::p50p99(f.totalMs))
                 .arg(f.firstMs, 0, 'f', 1)
                 .arg(BenchSupport::p50p99(f.sinkMs))
                 .arg(f.bytes / 1024)
          << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("bench"));
    DemoData::populate(*branch, QStringLiteral("bench"));
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(*branch);
    out() << "Ticket and receipt to a finished PDF, " << Runs
          << " runs each after one that loads the fonts (encrypted demo branch):" << Qt::endl;

    // Tickets at the kiosk: issue -> layout -> the station's print queue -> PDF file.
    const QString station = StationSettings::stationId(QStringLiteral("kiosk"));
    const QString folder = dir.filePath(QStringLiteral("tickets"));
    QDir().mkpath(folder);
    PdfPrintSink pdfFiles(folder);
    const std::unique_ptr<PrinterSink> printer =
        PrinterSink::toPdfFile(dir.filePath(QStringLiteral("printer-ticket.pdf")));
    const QStringList services{QStringLiteral("INS-CL-MEDICAL"), QStringLiteral("INS-BQ-CONTACT"),
                               QStringLiteral("BANK-CARD-LOSS")};
    for (auto [name, sink] : {std::pair<const char *, PrintSink *>{
                                  "ticket issue -> PDF (QPdfWriter, PDF files)", &pdfFiles},
                              {"ticket issue -> PDF (QPrinter, PDF mode)", printer.get()}}) {
        TimedSink timed(*sink);
        PrintQueue queue(timed, *branch, station);
        TicketDesk desk(*branch, queue);
        Figures f;
        QString last;
        const QList<double> ms = BenchSupport::timeRuns(Runs + 1, [&] {
            TicketQueue::IssueRequest request;
            request.serviceCode = services.at(timed.ms.size() % services.size());
            const TicketDesk::Issued issued =
                desk.issue(request, TicketDocument::Paper::Roll80, QStringLiteral("kiosk"));
            if (!issued.ok() || !issued.printed) {
                out() << "bench_printing: ticket not printed: " << issued.message << Qt::endl;
                std::exit(1);
            }
            last = issued.result.ticket.number;
        });
        f.firstMs = ms.first();
        f.totalMs = ms.mid(1);
        f.sinkMs = timed.ms.mid(1);
        f.bytes = QFileInfo(sink == &pdfFiles ? QDir(folder).filePath(last + QStringLiteral(".pdf"))
                                              : dir.filePath(QStringLiteral("printer-ticket.pdf")))
                      .size();
        if (f.bytes <= 0) {
            out() << "bench_printing: no ticket PDF" << Qt::endl;
            return 1;
        }
        print(name, f);
    }

    // Acceptance at the counter: a case opened and its checklist received (not timed), then
    // accept -> the receipt laid out -> written as PDF.
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 2)
                               .session;
    CaseWorkflow cases(*branch, *catalogue);
    const CaseWorkflow::Person customer{QString::fromUtf8("欧阳娜娜"), QStringLiteral("resident"),
                                        QStringLiteral("11010519491231002X"),
                                        QStringLiteral("138 1234 5678")};
    auto openReady = [&] {
        const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer, {});
        const CaseRow opened = *cases.find(id);
        for (const CaseItemRow &i : opened.items) {
            cases.markItem(clerk, id, i.position, QStringLiteral("received"));
        }
        return id;
    };
    const std::unique_ptr<PrinterSink> formPrinter =
        PrinterSink::toPdfFile(dir.filePath(QStringLiteral("printer-receipt.pdf")));
    for (const bool archive : {true, false}) {
        Figures f;
        QList<double> ms;
        QString path;
        for (int i = 0; i <= Runs; ++i) {
            const qint64 id = openReady();
            QElapsedTimer t;
            t.start();
            const CaseWorkflow::Outcome receipt = cases.accept(clerk, id, QStringLiteral("zh_CN"));
            QElapsedTimer pdf;
            pdf.start();
            QString error;
            if (archive) { // as the serve page does (ServePanel::archive)
                path = branch->archivePath(receipt.number);
                error = PdfOutput::write(receipt.document, path);
            } else {
                PrintJob job;
                job.name = receipt.number;
                job.form = receipt.document;
                error = formPrinter->print(job);
                path = dir.filePath(QStringLiteral("printer-receipt.pdf"));
            }
            if (!error.isEmpty()) {
                out() << "bench_printing: receipt not written: " << error << Qt::endl;
                return 1;
            }
            ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
            f.sinkMs << static_cast<double>(pdf.nsecsElapsed()) / 1e6;
        }
        f.firstMs = ms.first();
        f.totalMs = ms.mid(1);
        f.sinkMs = f.sinkMs.mid(1);
        f.bytes = QFileInfo(path).size();
        print(archive ? "acceptance -> receipt PDF archived (QPdfWriter)"
                      : "acceptance -> receipt PDF (QPrinter, PDF mode)",
              f);
    }
    return 0;
}
