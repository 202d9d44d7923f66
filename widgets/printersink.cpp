#include "printersink.h"

#include "printing/bookingslippainter.h"
#include "printing/documentpainter.h"
#include "printing/pdfprintsink.h"
#include "printing/ticketpainter.h"

#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

// What this can and cannot see. Without CUPS (the tests) QPrinterInfo knows no printer, so the
// "not installed" path and the PDF path are what is tested here. On a real CUPS queue:
// - QPrinterInfo::state() is Error when CUPS has stopped the queue (e.g. after the backend
//   failed), so problem() and print() refuse before the job is sent.
// - A thermal printer that runs out of paper or is unplugged after the job was spooled is not
//   seen here: CUPS accepts the job and QPrinter ends in Idle. Real hardware would add a poll of
//   the job's state (cupsGetJobs, IPP job-state and printer-state-reasons such as
//   media-empty) or the printer's own status query (ESC/POS DLE EOT), and treat a job that has
//   not completed within some seconds as failed. Not verified here: no printer is attached.
// - Custom page sizes reach the driver as "Custom.58x120mm"; a driver that does not accept
//   them prints on its default roll width, which is why the ticket is laid out to the paper.

PrinterSink::PrinterSink(QString printerName)
    : m_printerName(std::move(printerName))
{}

std::unique_ptr<PrinterSink> PrinterSink::toPdfFile(const QString &path)
{
    auto sink = std::make_unique<PrinterSink>(QString());
    sink->m_pdfFile = path;
    return sink;
}

QStringList PrinterSink::printerNames()
{
    return QPrinterInfo::availablePrinterNames();
}

QString PrinterSink::problem() const
{
    if (!m_pdfFile.isEmpty()) {
        return {};
    }
    if (m_printerName.trimmed().isEmpty()) {
        return tr("No printer is chosen for this station.");
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull()) {
        return tr("The printer “%1” is not installed on this PC (or was renamed). Check its "
                  "cable and power, or choose it again in the station's printer settings.")
            .arg(m_printerName);
    }
    if (info.state() == QPrinter::Error) {
        return tr("The printer “%1” reports a problem: check the paper, the cover and that it "
                  "is switched on.")
            .arg(m_printerName);
    }
    return {};
}

QString PrinterSink::print(const PrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    const QString target = m_pdfFile.isEmpty() ? m_printerName : m_pdfFile;
    if (m_pdfFile.isEmpty()) {
        if (const QString why = problem(); !why.isEmpty()) {
            return why;
        }
        // An unknown name is silently dropped and the printer stays a PDF printer: check.
        printer.setPrinterName(m_printerName);
        if (printer.printerName() != m_printerName
            || printer.outputFormat() != QPrinter::NativeFormat || !printer.isValid()) {
            return tr("The printer “%1” cannot be used now. Check that it is switched on and "
                      "connected.")
                .arg(m_printerName);
        }
    } else {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_pdfFile);
    }
    printer.setDocName(job.name);
    printer.setCreator(QStringLiteral("CounterDesk"));
    // The painters set the page (a custom 58/80 mm page for a ticket or a slip) with no margins.
    printer.setFullPage(true);
    const bool painted = job.form   ? DocumentPainter::paint(*job.form, printer)
                         : job.slip ? BookingSlipPainter::paint(*job.slip, printer)
                                    : TicketPainter::paint(job.ticket, printer);
    if (!painted) {
        return m_pdfFile.isEmpty()
                   ? tr("The printer “%1” did not accept the job (offline or switched off?).")
                         .arg(m_printerName)
                   : tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_pdfFile));
    }
    switch (printer.printerState()) {
    case QPrinter::Error:
        return tr("The printer “%1” reported an error while printing %2.").arg(target, job.name);
    case QPrinter::Aborted:
        return tr("Printing %2 on “%1” was cancelled.").arg(target, job.name);
    case QPrinter::Idle:
    case QPrinter::Active:
        break;
    }
    return {};
}

std::unique_ptr<PrintSink> PrinterSink::forStation(const StationSettings &settings,
                                                   const QString &dataDir, const QString &role)
{
    if (settings.output == StationSettings::Output::Printer) {
        return std::make_unique<PrinterSink>(settings.printerName);
    }
    const QString folder = settings.pdfFolderIn(dataDir, role);
    QDir().mkpath(folder);
    return std::make_unique<PdfPrintSink>(folder);
}
