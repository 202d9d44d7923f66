#include "ticketpainter.h"

#include "printfonts.h"
#include "qrcode.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>
#include <vector>

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

struct Block
{
    enum class Kind { Gap, Text, Qr };
    Kind kind = Kind::Gap;
    double height = 0; // device pixels
    QString text;
    QFont font;
    int flags = 0;
};

class Layout
{
public:
    Layout(const TicketDocument &ticket, const QPaintDevice &device)
        : m_device(device)
        , m_dpmm(device.logicalDpiY() / 25.4)
        , m_width(TicketDocument::widthMm(ticket.paper) * m_dpmm)
        , m_left(sidePaddingMm(ticket.paper) * m_dpmm)
        , m_area(m_width - 2 * m_left)
    {}

    double mm(double v) const { return v * m_dpmm; }
    double left() const { return m_left; }
    double area() const { return m_area; }
    double width() const { return m_width; }
    const std::vector<Block> &blocks() const { return m_blocks; }

    double height() const
    {
        double h = 0;
        for (const Block &b : m_blocks) {
            h += b.height;
        }
        return h;
    }

    void gap(double millimetres)
    {
        m_blocks.push_back({Block::Kind::Gap, mm(millimetres), {}, {}, 0});
    }

    // Centred, wrapped at word boundaries where it can, anywhere where a word is too wide.
    void text(const QString &text, const QFont &font)
    {
        if (text.isEmpty()) {
            return;
        }
        const QFontMetricsF fm(font, &m_device);
        int flags = Qt::AlignHCenter | Qt::TextWordWrap;
        QRectF r = fm.boundingRect(QRectF(0, 0, m_area, 1e9), flags, text);
        if (r.width() > m_area) {
            flags = Qt::AlignHCenter | Qt::TextWrapAnywhere;
            r = fm.boundingRect(QRectF(0, 0, m_area, 1e9), flags, text);
        }
        m_blocks.push_back({Block::Kind::Text, r.height(), text, font, flags});
    }

    void line(const TicketDocument::Line &line, const QFont &font, const QFont &second)
    {
        text(line.text, font);
        text(line.second, second);
    }

    // One line, in the largest size up to maxPoints that fits the width.
    void fitted(const QString &text, double maxPoints)
    {
        QFont font = PrintFonts::body(maxPoints, true);
        for (double pt = maxPoints; pt > 6; pt -= 1) {
            font.setPointSizeF(pt);
            if (QFontMetricsF(font, &m_device).horizontalAdvance(text) <= m_area) {
                break;
            }
        }
        const QFontMetricsF fm(font, &m_device);
        m_blocks.push_back({Block::Kind::Text, fm.height(), text, font,
                            int(Qt::AlignHCenter | Qt::TextSingleLine)});
    }

    void qr(const QString &text, double sideMm)
    {
        m_blocks.push_back({Block::Kind::Qr, mm(sideMm), text, {}, 0});
    }

private:
    const QPaintDevice &m_device;
    double m_dpmm;
    double m_width;
    double m_left;
    double m_area;
    std::vector<Block> m_blocks;
};
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
    Layout layout(t, device);
    layout.gap(4);
    layout.text(t.branchName, PrintFonts::body(9, true));
    layout.gap(2);
    layout.line(t.service, PrintFonts::body(13, true), PrintFonts::body(8));
    layout.gap(1);
    layout.fitted(t.number, numberMaxPoints(t.paper));
    layout.gap(1);
    for (const TicketDocument::Line &d : t.details) {
        layout.line(d, PrintFonts::body(9), PrintFonts::body(7.5));
        layout.gap(0.8);
    }
    if (!t.qrText.isEmpty()) {
        layout.gap(1.5);
        layout.qr(t.qrText, qrSquareMm(t.paper));
    }
    layout.gap(1);
    layout.line(t.hint, PrintFonts::body(9, true), PrintFonts::body(7.5));
    layout.gap(1.5);
    layout.line(t.footer, PrintFonts::body(8), PrintFonts::body(7));
    layout.gap(8); // room for the cutter

    // The page is exactly as long as the ticket, whole millimetres.
    const double widthMm = TicketDocument::widthMm(t.paper);
    const double heightMm = std::ceil(layout.height() / layout.mm(1));
    const QPageSize size(QSizeF(widthMm, heightMm), QPageSize::Millimeter,
                         QStringLiteral("Ticket%1x%2").arg(widthMm).arg(heightMm),
                         QPageSize::ExactMatch);
    if (!device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                          QPageLayout::Millimeter))) {
        return false;
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::black);
    double y = 0;
    for (const Block &b : layout.blocks()) {
        switch (b.kind) {
        case Block::Kind::Gap:
            break;
        case Block::Kind::Text:
            painter.setFont(b.font);
            painter.drawText(QRectF(layout.left(), y, layout.area(), b.height), b.flags, b.text);
            break;
        case Block::Kind::Qr:
            QrCode::encode(b.text).paint(
                painter, QRectF((layout.width() - b.height) / 2, y, b.height, b.height));
            break;
        }
        y += b.height;
    }
    return painter.end();
}
