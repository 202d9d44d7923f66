#pragma once

#include "printing/bookingslip.h"
#include "printing/printeddocument.h"
#include "printing/ticketdocument.h"

#include <QDate>
#include <QString>

#include <optional>

// One thing to print at a station: a queue ticket (kept by PrintQueue until the paper has come
// out), an A4/A5 form or a booking slip (never kept: they carry personal data, even if masked;
// staff print them again).
struct PrintJob
{
    qint64 id = 0;
    QString name; // what staff see and the PDF file is called, e.g. the ticket number
    TicketDocument ticket;
    int attempts = 0;
    QString lastError;
    QDate businessDay;                   // a ticket is no use after its business day
    std::optional<PrintedDocument> form; // set: print this form instead of the ticket
    std::optional<BookingSlip> slip;     // set: print this booking slip instead of the ticket

    bool isForm() const { return form.has_value(); }
    bool isTicket() const { return !form && !slip; }
};
