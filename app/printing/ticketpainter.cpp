#include "ticketpainter.h"

#include "printfonts.h"
#include "qrcode.h"
#include "rolllayout.h"

namespace
{
// Thermal heads leave the edges of the roll blank: keep text this far in (mm).
double sidePaddingMm(TicketDocument::Paper paper)
{
    return paper == TicketDocument::Paper::Roll58 ? 4.0 : 5.0;
}

// The QR code's square with its quiet zone (mm). A phone needs the code itself to be about
// 20 mm or more; with a 25-33 module code this leaves 23-31 mm on 58 mm paper, 27-31 mm on 80.
double qrSquareMm(TicketDocument::Paper paper)
{
    return paper == TicketDocument::Paper::Roll58 ? 32.0 : 38.0;
}

double numberMaxPoints(TicketDocument::Paper paper)
{
    return paper == TicketDocument::Paper::Roll58 ? 44.0 : 60.0;
}
} // namespace

double TicketPainter::qrCodeSideMm(const TicketDocument &ticket)
{
    const QrCode code = QrCode::encode(ticket.qrText);
    if (code.isNull()) {
        return 0;
    }
    return qrSquareMm(ticket.paper) * code.size() / (code.size() + 8);
}

bool TicketPainter::paint(const TicketDocument &t, QPagedPaintDevice &device)
{
    RollLayout layout(TicketDocument::widthMm(t.paper), sidePaddingMm(t.paper), device);
    layout.gap(4);
    layout.text(t.branchName, PrintFonts::body(9, true));
    layout.gap(2);
    layout.line(t.service.text, t.service.second, PrintFonts::body(13, true), PrintFonts::body(8));
    layout.gap(1);
    layout.fitted(t.number, numberMaxPoints(t.paper));
    layout.gap(1);
    for (const TicketDocument::Line &d : t.details) {
        layout.line(d.text, d.second, PrintFonts::body(9), PrintFonts::body(7.5));
        layout.gap(0.8);
    }
    if (!t.qrText.isEmpty()) {
        layout.gap(1.5);
        layout.qr(t.qrText, qrSquareMm(t.paper));
    }
    layout.gap(1);
    layout.line(t.hint.text, t.hint.second, PrintFonts::body(9, true), PrintFonts::body(7.5));
    layout.gap(1.5);
    layout.line(t.footer.text, t.footer.second, PrintFonts::body(8), PrintFonts::body(7));
    layout.gap(8); // room for the cutter
    return layout.paint(device, QStringLiteral("Ticket"));
}
