#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

// A QR code (ZXing-C++), painted as crisp vector rectangles at any size.
class QrCode
{
public:
    // Error correction M: survives a crease or a smudge on thermal paper.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Paints into a square of the given side, centred in rect, with a 4-module quiet zone.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
