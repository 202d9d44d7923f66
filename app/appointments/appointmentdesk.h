#pragma once

#include "appointments/appointmentbook.h"
#include "printing/bookingslip.h"
#include "printing/printqueue.h"
#include "queue/ticketdesk.h"

#include <QCoreApplication>
#include <QString>

class Branch;

// Bookings at the kiosk and at reception, on the station's printer: check-in from what was
// typed or scanned (the code, or the booking page's address ending in /b/TOKEN) that prints the
// booked ticket like any other, the ordinary ticket offered when it is too late, and the
// booking slip printed at reception. The one place where a check-in's outcome becomes the words
// the customer and staff read, so the kiosk and reception say the same.
class AppointmentDesk
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentDesk)
public:
    AppointmentDesk(Branch &branch, PrintQueue &printer);

    struct CheckIn
    {
        AppointmentBook::Result result; // result.booking: the booking, when one was found
        TicketDesk::Issued issued;      // success: the booked ticket, printed or kept
        QString code;                   // the code looked up (from the scan)
        QString message;                // for the customer: what happened and what to do now
        // Too late: an ordinary ticket for this service may be taken instead.
        QString ordinaryService;
        bool ok() const { return result.ok(); }
    };

    // The booking code in what was typed or scanned: the booking page's address (…/b/TOKEN)
    // gives its booking's code; anything else is taken as a typed code. Empty when an address
    // names no booking of this branch.
    QString codeFromScan(const QString &typedOrScanned);
    CheckIn checkIn(const QString &typedOrScanned, TicketDocument::Paper paper,
                    const QString &actor);
    // The ordinary ticket offered when check-in is too late.
    TicketDesk::Issued ordinaryTicket(const QString &serviceCode, TicketDocument::Paper paper,
                                      const QString &actor);

    // Outcome → the words on the kiosk's screen and at reception.
    QString message(const CheckIn &checkIn);

    // The booking's slip in the documents' languages (as tickets: the queue settings').
    BookingSlip slip(const Booking &booking, TicketDocument::Paper paper);
    // Prints the slip; a slip the printer refused is not kept (staff print it again).
    PrintQueue::Outcome printSlip(const Booking &booking, TicketDocument::Paper paper);

private:
    Branch &m_branch;
    PrintQueue &m_printer;
    TicketDesk m_tickets;
};
