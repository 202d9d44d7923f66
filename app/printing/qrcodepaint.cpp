// QrCode's painting on its own file: encoding needs no QtGui, so head office, which links the
// hall API (the booking page's QR code as an SVG path), does not pull in QtGui through it.
#include "qrcode.h"

#include <QPainter>

#include <algorithm>

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    if (isNull()) {
        return;
    }
    const double side = std::min(rect.width(), rect.height());
    const int total = m_size + 8; // quiet zone of 4 modules on each side
    const double unit = side / total;
    const QPointF origin(rect.center().x() - side / 2 + 4 * unit,
                         rect.center().y() - side / 2 + 4 * unit);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin - QPointF(4 * unit, 4 * unit), QSizeF(side, side)), Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        // Merge horizontal runs: fewer, crisper rectangles.
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y)) {
                ++x;
            }
            painter.drawRect(
                QRectF(origin.x() + start * unit, origin.y() + y * unit, (x - start) * unit, unit));
        }
    }
    painter.restore();
}
