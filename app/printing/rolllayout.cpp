#include "rolllayout.h"

#include "printfonts.h"
#include "qrcode.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

RollLayout::RollLayout(double widthMm, double sidePaddingMm, const QPaintDevice &device)
    : m_device(device)
    , m_dpmm(device.logicalDpiY() / 25.4)
    , m_widthMm(widthMm)
    , m_width(widthMm * m_dpmm)
    , m_left(sidePaddingMm * m_dpmm)
    , m_area(m_width - 2 * m_left)
{}

void RollLayout::gap(double millimetres)
{
    m_blocks.push_back({Block::Kind::Gap, mm(millimetres), {}, {}, 0});
}

void RollLayout::text(const QString &text, const QFont &font)
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

void RollLayout::line(const QString &text, const QString &second, const QFont &font,
                      const QFont &small)
{
    this->text(text, font);
    this->text(second, small);
}

void RollLayout::fitted(const QString &text, double maxPoints)
{
    QFont font = PrintFonts::body(maxPoints, true);
    for (double pt = maxPoints; pt > 6; pt -= 1) {
        font.setPointSizeF(pt);
        if (QFontMetricsF(font, &m_device).horizontalAdvance(text) <= m_area) {
            break;
        }
    }
    const QFontMetricsF fm(font, &m_device);
    m_blocks.push_back(
        {Block::Kind::Text, fm.height(), text, font, int(Qt::AlignHCenter | Qt::TextSingleLine)});
}

void RollLayout::qr(const QString &text, double sideMm)
{
    m_blocks.push_back({Block::Kind::Qr, mm(sideMm), text, {}, 0});
}

bool RollLayout::paint(QPagedPaintDevice &device, const QString &pageName) const
{
    double height = 0;
    for (const Block &b : m_blocks) {
        height += b.height;
    }
    // The page is exactly as long as the content, whole millimetres.
    const double heightMm = std::ceil(height / mm(1));
    const QPageSize size(QSizeF(m_widthMm, heightMm), QPageSize::Millimeter,
                         QStringLiteral("%1%2x%3").arg(pageName).arg(m_widthMm).arg(heightMm),
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
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Gap:
            break;
        case Block::Kind::Text:
            painter.setFont(b.font);
            painter.drawText(QRectF(m_left, y, m_area, b.height), b.flags, b.text);
            break;
        case Block::Kind::Qr:
            QrCode::encode(b.text).paint(painter,
                                         QRectF((m_width - b.height) / 2, y, b.height, b.height));
            break;
        }
        y += b.height;
    }
    return painter.end();
}
