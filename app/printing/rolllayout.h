#pragma once

#include <QFont>
#include <QPagedPaintDevice>
#include <QString>

#include <vector>

// A document on a thermal roll (58 or 80 mm wide), laid out top to bottom as centred blocks of
// text, one-line texts in the largest size that fits, and QR codes; then painted on one page
// exactly as long as the content (a custom page size, no margins: a QPrinter needs
// setFullPage(true)). Every text is measured with QFontMetricsF on the device and wrapped or
// shrunk, so nothing is clipped on 58 mm paper. Tickets and booking slips share it.
class RollLayout
{
public:
    RollLayout(double widthMm, double sidePaddingMm, const QPaintDevice &device);

    double mm(double v) const { return v * m_dpmm; }

    void gap(double millimetres);
    // Centred, wrapped at word boundaries where it can, anywhere where a word is too wide.
    // Nothing for an empty text.
    void text(const QString &text, const QFont &font);
    // The text and, when there is one, its second language in a smaller font.
    void line(const QString &text, const QString &second, const QFont &font, const QFont &small);
    // One line, in the largest size up to maxPoints that fits the width.
    void fitted(const QString &text, double maxPoints);
    // A QR code with its quiet zone in a square of this side, centred.
    void qr(const QString &text, double sideMm);

    // Sets the device's page to the content's length (whole millimetres) and paints. False
    // when the device cannot be painted on (e.g. a printer that is gone).
    bool paint(QPagedPaintDevice &device, const QString &pageName) const;

private:
    struct Block
    {
        enum class Kind { Gap, Text, Qr };
        Kind kind = Kind::Gap;
        double height = 0; // device pixels
        QString text;
        QFont font;
        int flags = 0;
    };

    const QPaintDevice &m_device;
    double m_dpmm;
    double m_widthMm;
    double m_width;
    double m_left;
    double m_area;
    std::vector<Block> m_blocks;
};
