#pragma once

#include "printing/printeddocument.h"
#include "printing/ticketdocument.h"

#include <QDate>
#include <QString>

#include <optional>

// One thing to print at a station: a queue ticket (kept by PrintQueue until the paper has come
// out), or an A4/A5 form (never kept: it may carry personal data; the clerk prints it again).
struct PrintJob
{
    qint64 id = 0;
    QString name; // what staff see and the PDF file is called, e.g. the ticket number
    TicketDocument ticket;
    int attempts = 0;
    QString lastError;
    QDate businessDay;                   // a ticket is no use after its business day
    std::optional<PrintedDocument> form; // set: print this form instead of the ticket

    bool isForm() const { return form.has_value(); }
};
