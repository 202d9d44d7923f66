#pragma once

#include "printing/bookingslip.h"
#include "printing/printeddocument.h"
#include "printing/printjob.h"
#include "printing/ticketdocument.h"

#include <QCoreApplication>
#include <QString>

// Writes a document to a PDF file: the archive copy, the preview, and the "printer" of a PC
// without one. The file appears whole or not at all (written beside, then renamed).
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    // Returns an empty string on success, else what went wrong.
    static QString write(const PrintedDocument &document, const QString &path);
    // A thermal ticket, on a page of its own size.
    static QString write(const TicketDocument &ticket, const QString &path);
    // A booking slip, likewise.
    static QString write(const BookingSlip &slip, const QString &path);
    // Whichever the job holds: form, booking slip or ticket.
    static QString write(const PrintJob &job, const QString &path);
};
