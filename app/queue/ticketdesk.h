#pragma once

#include "printing/ticketdocument.h"
#include "queue/ticketqueue.h"

#include <QCoreApplication>
#include <QString>

class Branch;
class PrintQueue;

// Reception and the kiosk: issues a ticket and prints it. A printer that fails never stops
// the ticket: it is issued all the same, its job is kept for a retry, and the message tells
// the customer where to get it.
class TicketDesk
{
    Q_DECLARE_TR_FUNCTIONS(TicketDesk)
public:
    TicketDesk(Branch &branch, PrintQueue &printer);

    struct Issued
    {
        TicketQueue::Result result; // refused: nothing was issued or printed
        QString statusUrl;
        TicketDocument document;
        bool printed = false;
        QString message; // for the screen: what to do now
        bool ok() const { return result.ok(); }
    };

    Issued issue(const TicketQueue::IssueRequest &request, TicketDocument::Paper paper,
                 const QString &actor);
    // Prints today's ticket again, logging the reprint and its reason first.
    Issued reprint(const QString &number, const QString &reason, TicketDocument::Paper paper,
                   const QString &actor);
    // Prints a ticket issued elsewhere (a booked one, at check-in) as issue() prints its own.
    Issued printIssued(const TicketQueue::Result &result, TicketDocument::Paper paper);
    // The ticket as it would be printed now.
    TicketDocument document(const Ticket &ticket, int peopleAhead, TicketDocument::Paper paper);

private:
    Issued print(Issued issued, TicketDocument::Paper paper);

    Branch &m_branch;
    PrintQueue &m_printer;
};
