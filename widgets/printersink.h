#pragma once

#include "printing/printsink.h"
#include "printing/stationsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// Prints on a system printer through QPrinter (QtPrintSupport, hence in widgets/): thermal
// tickets on a custom page exactly 58 or 80 mm wide, forms on A4/A5. Says honestly why a job
// did not print: a printer that is not installed, one that reports an error, a job the
// printer would not start or that ended in an error.
class PrinterSink : public PrintSink
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSink)
public:
    explicit PrinterSink(QString printerName);
    // The same QPrinter path into a PDF file instead of a printer (tests, a preview).
    static std::unique_ptr<PrinterSink> toPdfFile(const QString &path);

    QString print(const PrintJob &job) override;
    QString problem() const override;
    const QString &printerName() const { return m_printerName; }

    // The sink a station's settings name: a printer, or PDF files in a folder (the default,
    // always possible).
    static std::unique_ptr<PrintSink> forStation(const StationSettings &settings,
                                                 const QString &dataDir, const QString &role);
    // The printers this PC knows (CUPS queues on Linux); empty when there are none.
    static QStringList printerNames();

private:
    QString m_printerName;
    QString m_pdfFile;
};
