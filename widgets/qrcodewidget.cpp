#include "qrcodewidget.h"

#include "printing/qrcode.h"

#include <QPainter>

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    setToolTip(text);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const qreal side = qMin(width(), height());
    const QRectF square((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    painter.fillRect(square, Qt::white);
    if (m_text.isEmpty()) {
        return;
    }
    QrCode::encode(m_text).paint(painter, square);
}
