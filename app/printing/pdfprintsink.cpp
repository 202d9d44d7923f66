#include "pdfprintsink.h"

#include "pdfoutput.h"

#include <QDir>

PdfPrintSink::PdfPrintSink(QString target)
    : m_target(std::move(target))
{}

QString PdfPrintSink::print(const PrintJob &job)
{
    const QString path = m_target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                             ? m_target
                             : QDir(m_target).filePath(job.name + QStringLiteral(".pdf"));
    const QString error = PdfOutput::write(job.ticket, path);
    if (error.isEmpty()) {
        m_lastFile = path;
    }
    return error;
}
