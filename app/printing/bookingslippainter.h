#pragma once

#include "printing/bookingslip.h"

class QPagedPaintDevice;

// Lays a booking slip out on the ticket roll, 58 or 80 mm wide, on one page exactly as long as
// the slip (as TicketPainter does a ticket).
class BookingSlipPainter
{
public:
    // Returns false when the device cannot be painted on (e.g. a printer that is gone).
    static bool paint(const BookingSlip &slip, QPagedPaintDevice &device);
};
