#include "documentpainter.h"

#include "printfonts.h"
#include "qrcode.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace
{
// Keeps the pen position on the page and starts a new page when a block does not fit.
class Page
{
public:
    Page(QPagedPaintDevice &device, QPainter &painter)
        : m_device(device)
        , m_painter(painter)
        , m_dpmm(device.logicalDpiY() / 25.4)
    {
        const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
        m_area = QRectF(0, 0, paint.width(), paint.height());
        m_y = m_area.top();
    }

    double mm(double v) const { return v * m_dpmm; }
    QRectF area() const { return m_area; }
    double y() const { return m_y; }
    double remaining() const { return m_area.bottom() - m_y; }
    void advance(double height) { m_y += height; }

    void ensure(double height)
    {
        if (height > remaining() && m_y > m_area.top()) {
            m_device.newPage();
            m_y = m_area.top();
        }
    }

    // Wrapped text across the width (minus indent); returns its height.
    double text(const QString &text, const QFont &font, double indent = 0,
                Qt::Alignment align = Qt::AlignLeft, const QColor &color = Qt::black)
    {
        m_painter.setFont(font);
        const QRectF box(m_area.left() + indent, m_y, m_area.width() - indent, 1e6);
        const int flags = static_cast<int>(align) | Qt::TextWordWrap;
        const QRectF needed = m_painter.boundingRect(box, flags, text);
        ensure(needed.height());
        m_painter.setPen(color);
        m_painter.drawText(QRectF(box.left(), m_y, box.width(), needed.height()), flags, text);
        m_y += needed.height();
        return needed.height();
    }

    void rule(double thickness)
    {
        m_painter.fillRect(QRectF(m_area.left(), m_y, m_area.width(), thickness), Qt::black);
        m_y += thickness;
    }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    double m_dpmm;
    QRectF m_area;
    double m_y = 0;
};
} // namespace

bool DocumentPainter::paint(const PrintedDocument &doc, QPagedPaintDevice &device)
{
    const bool a5 = doc.paper == PrintedDocument::PaperSize::A5;
    device.setPageLayout(QPageLayout(
        QPageSize(a5 ? QPageSize::A5 : QPageSize::A4), QPageLayout::Portrait,
        a5 ? QMarginsF(12, 12, 12, 12) : QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Page page(device, painter);
    const double scale = a5 ? 0.85 : 1.0;
    const QFont small = PrintFonts::body(9 * scale);
    const QFont normal = PrintFonts::body(11 * scale);
    const QFont heading = PrintFonts::body(12 * scale, true);
    const QFont title = PrintFonts::body(20 * scale, true);

    // Header: branch, title, number.
    page.text(doc.branchName, small);
    page.advance(page.mm(2));
    page.text(doc.title, title, 0, Qt::AlignHCenter);
    if (!doc.number.isEmpty()) {
        page.text(doc.number, small, 0, Qt::AlignRight);
    }
    page.advance(page.mm(1));
    page.rule(page.mm(0.4));
    page.advance(page.mm(3));

    // Fields: label and value in two columns.
    painter.setFont(normal);
    double labelWidth = 0;
    for (const PrintedDocument::Field &f : doc.fields) {
        labelWidth = std::max(labelWidth, painter.fontMetrics().horizontalAdvance(f.label) * 1.0);
    }
    labelWidth += page.mm(4);
    for (const PrintedDocument::Field &f : doc.fields) {
        const double top = page.y();
        painter.setFont(normal);
        const QRectF valueBox(page.area().left() + labelWidth, top,
                              page.area().width() - labelWidth, 1e6);
        const double h = painter.boundingRect(valueBox, Qt::TextWordWrap, f.value).height();
        page.ensure(h);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(page.area().left(), page.y(), labelWidth, h), Qt::AlignLeft,
                         f.label);
        painter.drawText(QRectF(valueBox.left(), page.y(), valueBox.width(), h), Qt::TextWordWrap,
                         f.value);
        page.advance(h + page.mm(1.2));
    }

    // Sections: a heading and numbered items.
    for (const PrintedDocument::Section &s : doc.sections) {
        page.advance(page.mm(3));
        page.ensure(page.mm(14));
        page.text(s.heading, heading);
        page.advance(page.mm(1));
        int n = 0;
        for (const QString &item : s.items) {
            page.text(QStringLiteral("%1. %2").arg(++n).arg(item), normal, page.mm(4));
            page.advance(page.mm(1));
        }
    }
    if (!doc.paragraphs.isEmpty()) {
        page.advance(page.mm(2));
    }
    for (const QString &p : doc.paragraphs) {
        page.text(p, normal);
        page.advance(page.mm(2));
    }
    if (!doc.warning.isEmpty()) {
        page.text(doc.warning, normal, 0, Qt::AlignLeft, QColor(0xb0, 0x00, 0x20));
        page.advance(page.mm(2));
    }

    // Closing block: QR code on the right, contact, staff and signature lines on the left.
    const double qrSide = page.mm(a5 ? 26 : 30);
    const double blockHeight =
        std::max(qrSide + page.mm(8), page.mm(12) * (doc.signatures.size() + 2));
    page.advance(page.mm(4));
    page.ensure(blockHeight);
    const double top = page.y();
    if (!doc.qrText.isEmpty()) {
        const QRectF qrRect(page.area().right() - qrSide, top, qrSide, qrSide);
        QrCode::encode(doc.qrText).paint(painter, qrRect);
        painter.setFont(small);
        painter.drawText(
            QRectF(qrRect.left() - page.mm(10), qrRect.bottom(), qrSide + page.mm(10), page.mm(8)),
            Qt::AlignHCenter | Qt::TextWordWrap, doc.qrCaption);
    }
    const double leftWidth = page.area().width() - qrSide - page.mm(8);
    double y = top;
    painter.setFont(normal);
    auto line = [&](const QString &text) {
        const QRectF box(page.area().left(), y, leftWidth, 1e6);
        const double h = painter.boundingRect(box, Qt::TextWordWrap, text).height();
        painter.drawText(QRectF(box.left(), y, leftWidth, h), Qt::TextWordWrap, text);
        y += h + page.mm(3);
    };
    if (!doc.contact.isEmpty()) {
        line(doc.contact);
    }
    if (!doc.staffLine.isEmpty()) {
        line(doc.staffLine);
    }
    for (const QString &s : doc.signatures) {
        y += page.mm(3);
        line(s + QStringLiteral("  ______________________"));
    }
    return painter.end();
}
