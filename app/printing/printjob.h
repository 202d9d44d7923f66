#pragma once

#include "printing/ticketdocument.h"

#include <QString>

// One thing to print at a station, kept by PrintQueue until the paper has come out.
struct PrintJob
{
    qint64 id = 0;
    QString name; // what staff see and the PDF file is called, e.g. the ticket number
    TicketDocument ticket;
    int attempts = 0;
    QString lastError;
};
