#include "pdfprintsink.h"

#include "pdfoutput.h"

#include <QDir>
#include <QFileInfo>

PdfPrintSink::PdfPrintSink(QString target)
    : m_target(std::move(target))
{}

QString PdfPrintSink::print(const PrintJob &job)
{
    const QString path = m_target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                             ? m_target
                             : QDir(m_target).filePath(job.name + QStringLiteral(".pdf"));
    const QString error = PdfOutput::write(job, path);
    if (error.isEmpty()) {
        m_lastFile = path;
    }
    return error;
}

QString PdfPrintSink::problem() const
{
    const QString folder = m_target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                               ? QFileInfo(m_target).absolutePath()
                               : m_target;
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isWritable()) {
        return tr("The PDF folder %1 does not exist or cannot be written to.")
            .arg(QDir::toNativeSeparators(folder));
    }
    return {};
}
