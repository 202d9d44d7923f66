#pragma once

#include "printing/ticketdocument.h"

class QPagedPaintDevice;

// Lays a ticket out on thermal paper, 58 or 80 mm wide, on one page exactly as long as the
// ticket (a custom page size, no margins: a QPrinter needs setFullPage(true)). Every text is
// measured with QFontMetricsF and wrapped or shrunk, so nothing is clipped on 58 mm paper.
class TicketPainter
{
public:
    // Returns false when the device cannot be painted on (e.g. a printer that is gone).
    static bool paint(const TicketDocument &ticket, QPagedPaintDevice &device);
    // The side of the QR code itself (without its quiet zone), in millimetres, for a text.
    static double qrCodeSideMm(const TicketDocument &ticket);
};
