// The QPrinter sink (issue 6): with no such printer it says so, in words staff can act on, before
// anything is sent; through the same QPrinter path a ticket comes out on a page exactly 58 or
// 80 mm wide with its number and QR code, and a form on A5. No CUPS printer exists here: what
// real hardware would add is written down in printersink.cpp.
#include "pdfcheck.h"
#include "printersink.h"
#include "printing/pdfprintsink.h"
#include "printing/printqueue.h"
#include "printing/sampledocuments.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// pdfinfo's "Page size: W x H pts", in millimetres.
QSizeF pageSizeMm(const QString &pdf)
{
    const QString info = PdfCheck::run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = size.match(info);
    if (!m.hasMatch()) {
        return {};
    }
    return {m.captured(1).toDouble() * 25.4 / 72, m.captured(2).toDouble() * 25.4 / 72};
}

PrintJob ticketJob(TicketDocument::Paper paper)
{
    PrintJob job;
    job.name = QStringLiteral("A042");
    job.ticket = SampleDocuments::ticket(QStringLiteral("zh_CN"), paper);
    return job;
}
} // namespace

class TestPrinterSink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingPrinterSaysWhy();
    void missingPrinterKeepsTheTicket();
    void ticketThroughQPrinter_data();
    void ticketThroughQPrinter();
    void formThroughQPrinter();
    void stationSettingsChooseTheSink();
};

void TestPrinterSink::missingPrinterSaysWhy()
{
    const QString name = QStringLiteral("CounterDesk-No-Such-Printer");
    PrinterSink sink(name);
    const QString problem = sink.problem();
    QVERIFY2(problem.contains(name) && problem.contains(QLatin1String("not installed")),
             qPrintable(problem));
    const QString printed = sink.print(ticketJob(TicketDocument::Paper::Roll80));
    QCOMPARE(printed, problem);
    QVERIFY(!PrinterSink::printerNames().contains(name));
    // No name at all is a problem too, not a silent PDF.
    QVERIFY(!PrinterSink(QString()).print(ticketJob(TicketDocument::Paper::Roll80)).isEmpty());
}

void TestPrinterSink::missingPrinterKeepsTheTicket()
{
    PrinterSink sink(QStringLiteral("Kiosk-Thermal"));
    PrintQueue queue(sink);
    const PrintQueue::Outcome outcome = queue.submit(ticketJob(TicketDocument::Paper::Roll58));
    QVERIFY(!outcome.printed);
    QVERIFY(outcome.error.contains(QLatin1String("Kiosk-Thermal")));
    QCOMPARE(queue.pending().size(), 1);
    QCOMPARE(queue.pending().first().lastError, outcome.error);
    // A form that fails is not kept: it may carry personal data, and the clerk prints it again.
    PrintJob form;
    form.name = QStringLiteral("notice");
    form.form = SampleDocuments::make(QStringLiteral("notice"), QStringLiteral("zh_CN"));
    QVERIFY(!queue.submit(form).printed);
    QCOMPARE(queue.pending().size(), 1);
}

void TestPrinterSink::ticketThroughQPrinter_data()
{
    QTest::addColumn<TicketDocument::Paper>("paper");
    QTest::addColumn<double>("widthMm");
    QTest::newRow("58 mm") << TicketDocument::Paper::Roll58 << 58.0;
    QTest::newRow("80 mm") << TicketDocument::Paper::Roll80 << 80.0;
}

void TestPrinterSink::ticketThroughQPrinter()
{
    QFETCH(TicketDocument::Paper, paper);
    QFETCH(double, widthMm);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    const std::unique_ptr<PrinterSink> sink = PrinterSink::toPdfFile(pdf);
    QCOMPARE(sink->problem(), QString());
    const PrintJob job = ticketJob(paper);
    QCOMPARE(sink->print(job), QString());
    const QSizeF size = pageSizeMm(pdf);
    QVERIFY2(qAbs(size.width() - widthMm) < 0.5, qPrintable(QString::number(size.width())));
    QVERIFY(size.height() > 60 && size.height() < 200); // as long as the ticket, not A4
    const QString text = PdfCheck::text(pdf);
    QVERIFY2(text.contains(job.ticket.number), qPrintable(text));
    QVERIFY(text.contains(job.ticket.service.text));
    QCOMPARE(PdfCheck::decodeQr(pdf, dir.path()).text, job.ticket.qrText);
}

void TestPrinterSink::formThroughQPrinter()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
    PrintJob job;
    job.name = QStringLiteral("notice");
    job.form = SampleDocuments::make(QStringLiteral("notice"), QStringLiteral("zh_CN"));
    job.form->paper = PrintedDocument::PaperSize::A5;
    QCOMPARE(PrinterSink::toPdfFile(pdf)->print(job), QString());
    const QSizeF size = pageSizeMm(pdf);
    QVERIFY2(qAbs(size.width() - 148) < 1 && qAbs(size.height() - 210) < 1,
             qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    QVERIFY(PdfCheck::text(pdf).contains(job.form->title));
}

void TestPrinterSink::stationSettingsChooseTheSink()
{
    QTemporaryDir dataDir;
    StationSettings pdf = StationSettings::defaults(QStringLiteral("kiosk"));
    const std::unique_ptr<PrintSink> folder =
        PrinterSink::forStation(pdf, dataDir.path(), QStringLiteral("kiosk"));
    QVERIFY(dynamic_cast<PdfPrintSink *>(folder.get()));
    QCOMPARE(folder->problem(), QString());
    QCOMPARE(folder->print(ticketJob(TicketDocument::Paper::Roll80)), QString());
    QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("tickets/A042.pdf"))));

    StationSettings printer = pdf;
    printer.output = StationSettings::Output::Printer;
    printer.printerName = QStringLiteral("Hall-Thermal-2");
    const std::unique_ptr<PrintSink> thermal =
        PrinterSink::forStation(printer, dataDir.path(), QStringLiteral("kiosk"));
    auto *sink = dynamic_cast<PrinterSink *>(thermal.get());
    QVERIFY(sink);
    QCOMPARE(sink->printerName(), QStringLiteral("Hall-Thermal-2"));
    QVERIFY(sink->problem().contains(QLatin1String("Hall-Thermal-2")));
}

QTEST_MAIN(TestPrinterSink)
#include "tst_printersink.moc"
