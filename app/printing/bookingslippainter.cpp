#include "bookingslippainter.h"

#include "printfonts.h"
#include "rolllayout.h"

namespace
{
bool narrow(const BookingSlip &s)
{
    return s.paper == TicketDocument::Paper::Roll58;
}
} // namespace

bool BookingSlipPainter::paint(const BookingSlip &s, QPagedPaintDevice &device)
{
    // Paddings and the QR code's square as on a ticket of the same roll: a phone reads it.
    RollLayout layout(TicketDocument::widthMm(s.paper), narrow(s) ? 4.0 : 5.0, device);
    const QFont small = PrintFonts::body(7.5);
    layout.gap(4);
    layout.text(s.branchName, PrintFonts::body(9, true));
    layout.gap(1);
    layout.line(s.title.text, s.title.second, PrintFonts::body(13, true), PrintFonts::body(8));
    layout.gap(2);
    layout.line(s.service.text, s.service.second, PrintFonts::body(12, true), small);
    layout.gap(0.8);
    layout.line(s.slot.text, s.slot.second, PrintFonts::body(10, true), small);
    layout.gap(2.5);
    layout.line(s.codeLabel.text, s.codeLabel.second, PrintFonts::body(8), PrintFonts::body(7));
    layout.fitted(s.code, narrow(s) ? 30.0 : 40.0);
    layout.gap(1.5);
    for (const BookingSlip::Line &c : s.customer) {
        layout.line(c.text, c.second, PrintFonts::body(9), small);
    }
    layout.gap(2);
    layout.line(s.checkIn.text, s.checkIn.second, PrintFonts::body(11, true), small);
    layout.gap(1.5);
    for (const BookingSlip::Line &r : s.rules) {
        layout.line(r.text, r.second, PrintFonts::body(8), PrintFonts::body(7));
        layout.gap(0.8);
    }
    if (!s.qrText.isEmpty()) {
        layout.gap(1);
        layout.qr(s.qrText, narrow(s) ? 32.0 : 38.0);
    }
    layout.gap(1);
    layout.line(s.hint.text, s.hint.second, PrintFonts::body(9, true), small);
    layout.gap(1.5);
    layout.line(s.footer.text, s.footer.second, PrintFonts::body(8), PrintFonts::body(7));
    layout.gap(8); // room for the cutter
    return layout.paint(device, QStringLiteral("Slip"));
}
