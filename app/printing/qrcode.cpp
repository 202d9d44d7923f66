#include "qrcode.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setMargin(0)
                                            .setEccLevel(4)
                                            .encode(text.toStdString(), 0, 0);
        code.m_size = matrix.width();
        code.m_modules.resize(code.m_size * code.m_size);
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x) {
                code.m_modules[y * code.m_size + x] = matrix.get(x, y);
            }
        }
    } catch (const std::exception &) {
        return {}; // too long for a QR code: the caller prints the text alone
    }
    return code;
}

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
