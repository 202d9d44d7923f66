#include "pdfoutput.h"

#include "bookingslippainter.h"
#include "documentpainter.h"
#include "ticketpainter.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace
{
QString writeWith(const QString &path, const QString &title,
                  const std::function<bool(QPdfWriter &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return PdfOutput::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CounterDesk"));
        if (!paint(writer)) {
            file.cancelWriting();
            return PdfOutput::tr("The document could not be laid out.");
        }
    }
    if (!file.commit()) {
        return PdfOutput::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}
} // namespace

QString PdfOutput::write(const PrintedDocument &document, const QString &path)
{
    return writeWith(path, document.title, [&](QPdfWriter &writer) {
        return DocumentPainter::paint(document, writer);
    });
}

QString PdfOutput::write(const TicketDocument &ticket, const QString &path)
{
    return writeWith(path, ticket.number, [&](QPdfWriter &writer) {
        return TicketPainter::paint(ticket, writer);
    });
}

QString PdfOutput::write(const BookingSlip &slip, const QString &path)
{
    return writeWith(path, slip.code, [&](QPdfWriter &writer) {
        return BookingSlipPainter::paint(slip, writer);
    });
}

QString PdfOutput::write(const PrintJob &job, const QString &path)
{
    if (job.form) {
        return write(*job.form, path);
    }
    return job.slip ? write(*job.slip, path) : write(job.ticket, path);
}
