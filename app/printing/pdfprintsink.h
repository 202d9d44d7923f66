#pragma once

#include "printing/printsink.h"

#include <QCoreApplication>
#include <QString>

// A print sink that writes PDF: a PC without a ticket printer, the archive, the tests.
class PdfPrintSink : public PrintSink
{
    Q_DECLARE_TR_FUNCTIONS(PdfPrintSink)
public:
    // target: a file ending in .pdf that each job is written to, or a folder in which each
    // job becomes NAME.pdf.
    explicit PdfPrintSink(QString target);
    QString print(const PrintJob &job) override;
    // A folder that does not exist or cannot be written to.
    QString problem() const override;
    // Where the last job was written.
    const QString &lastFile() const { return m_lastFile; }

private:
    QString m_target;
    QString m_lastFile;
};
