#include "documentpainter.h"

#include "printfonts.h"
#include "qrcode.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

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

    // Starts a new page when height does not fit (unless the page is empty); true if it did.
    bool ensure(double height)
    {
        if (height > remaining() && m_y > m_area.top()) {
            m_device.newPage();
            m_y = m_area.top();
            return true;
        }
        return false;
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

    QPainter &painter() { return m_painter; }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    double m_dpmm;
    QRectF m_area;
    double m_y = 0;
};

struct BlockFonts
{
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;
};

// Column widths for a table. When every column fits at its natural width, the spare room goes
// to the columns of text (not right-aligned), in proportion to their width. Otherwise each keeps
// its minimum (its cells unbroken, the longest word of its heading) and the room left goes to those
// that need more, in proportion; only when even the minimums do not fit do the wide columns share
// the width equally and wrap.
QList<double> columnWidths(const QList<double> &natural, const QList<double> &minimum,
                           const QList<bool> &rightAligned, double available)
{
    double naturalSum = 0;
    double minimumSum = 0;
    for (qsizetype i = 0; i < natural.size(); ++i) {
        naturalSum += natural[i];
        minimumSum += minimum[i];
    }
    QList<double> widths = natural;
    if (naturalSum <= available) {
        double text = 0;
        for (qsizetype i = 0; i < natural.size(); ++i) {
            text += rightAligned.value(i, false) ? 0 : natural[i];
        }
        for (qsizetype i = 0; i < natural.size() && text > 0; ++i) {
            if (!rightAligned.value(i, false)) {
                widths[i] += (available - naturalSum) * natural[i] / text;
            }
        }
        return widths;
    }
    if (minimumSum <= available) {
        const double wanted = naturalSum - minimumSum;
        for (qsizetype i = 0; i < natural.size(); ++i) {
            widths[i] = minimum[i] + (available - minimumSum) * (natural[i] - minimum[i]) / wanted;
        }
        return widths;
    }
    QList<bool> fixed(minimum.size(), false);
    double left = available;
    qsizetype open = minimum.size();
    for (bool changed = true; changed && open > 0;) {
        changed = false;
        const double share = left / static_cast<double>(open);
        for (qsizetype i = 0; i < minimum.size(); ++i) {
            if (!fixed[i] && minimum[i] <= share) {
                fixed[i] = true;
                widths[i] = minimum[i];
                left -= minimum[i];
                --open;
                changed = true;
            }
        }
    }
    for (qsizetype i = 0; i < minimum.size(); ++i) {
        if (!fixed[i]) {
            widths[i] = left / static_cast<double>(open);
        }
    }
    return widths;
}

void paintTable(Page &page, const PrintedDocument::Table &table, const BlockFonts &fonts)
{
    QPainter &painter = page.painter();
    const double pad = page.mm(1.2);
    const qsizetype columns = table.columns.size();
    QList<double> natural(columns, 0);
    QList<double> minimum(columns, 0);
    const QFontMetricsF bold(fonts.bold, painter.device());
    const QFontMetricsF body(fonts.body, painter.device());
    // A little slack, so that a cell measured to fit is not wrapped by rounding.
    const double slack = 2 * pad + page.mm(0.5);
    for (qsizetype c = 0; c < columns; ++c) {
        const QString heading = table.columns.at(c);
        double cells = 0;
        for (const QStringList &row : table.rows) {
            cells = std::max(cells, body.horizontalAdvance(row.value(c)));
        }
        double word = 0;
        for (const QString &w : heading.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word = std::max(word, bold.horizontalAdvance(w));
        }
        natural[c] = std::max(cells, bold.horizontalAdvance(heading)) + slack;
        minimum[c] = std::max(cells, word) + slack;
    }
    const QList<double> widths =
        columnWidths(natural, minimum, table.rightAligned, page.area().width());
    const auto rightAligned = [&](qsizetype c) {
        return table.rightAligned.value(c, false);
    };
    // Lays out (or measures, when draw is false) one row; returns its height.
    const auto row = [&](const QStringList &cells, const QFont &font, bool draw) {
        painter.setFont(font);
        double height = 0;
        double x = page.area().left();
        for (qsizetype c = 0; c < columns; ++c) {
            const int flags = Qt::TextWordWrap | (rightAligned(c) ? Qt::AlignRight : Qt::AlignLeft);
            const QRectF box(x + pad, page.y() + pad, widths[c] - 2 * pad, 1e6);
            const QRectF needed = painter.boundingRect(box, flags, cells.value(c));
            if (draw) {
                painter.setPen(Qt::black);
                painter.drawText(QRectF(box.left(), box.top(), box.width(), needed.height()), flags,
                                 cells.value(c));
            }
            height = std::max(height, needed.height() + 2 * pad);
            x += widths[c];
        }
        return height;
    };
    const auto header = [&] {
        const double h = row(table.columns, fonts.bold, false);
        painter.fillRect(QRectF(page.area().left(), page.y(), page.area().width(), h),
                         QColor(0xe8, 0xec, 0xf2));
        row(table.columns, fonts.bold, true);
        page.advance(h);
        painter.fillRect(QRectF(page.area().left(), page.y(), page.area().width(), page.mm(0.3)),
                         Qt::black);
        page.advance(page.mm(0.3));
    };
    // The heading, the header and the first row stay together.
    const double first = row(table.columns, fonts.bold, false)
                         + (table.rows.isEmpty() ? 0 : row(table.rows.first(), fonts.body, false));
    page.advance(page.mm(3));
    page.ensure(page.mm(9) + first);
    page.text(table.heading, fonts.heading);
    page.advance(page.mm(1));
    header();
    for (const QStringList &cells : table.rows) {
        const double h = row(cells, fonts.body, false);
        if (page.ensure(h)) {
            header();
        }
        row(cells, fonts.body, true);
        page.advance(h);
        painter.fillRect(QRectF(page.area().left(), page.y(), page.area().width(), page.mm(0.1)),
                         QColor(0xb0, 0xb0, 0xb0));
        page.advance(page.mm(0.1));
    }
    if (!table.note.isEmpty()) {
        page.advance(page.mm(1));
        page.text(table.note, fonts.small);
    }
}

void paintChart(Page &page, const PrintedDocument::BarChart &chart, const BlockFonts &fonts)
{
    QPainter &painter = page.painter();
    const QFontMetricsF metrics(fonts.body, painter.device());
    double labelWidth = 0;
    double valueWidth = 0;
    double largest = 0;
    for (const PrintedDocument::Bar &b : chart.bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(b.valueText));
        largest = std::max(largest, b.value);
    }
    const double gap = page.mm(2);
    // With slack, so that a label measured to fit on one line is not wrapped by rounding.
    labelWidth = std::min(labelWidth + gap + page.mm(0.5), page.area().width() * 0.4);
    valueWidth += gap;
    const double barLeft = page.area().left() + labelWidth;
    const double barSpace = std::max(page.mm(10), page.area().width() - labelWidth - valueWidth);
    const double rowHeight = std::max(page.mm(6), metrics.height() + page.mm(1.5));
    const double barHeight = std::min(page.mm(4), rowHeight - page.mm(1.5));
    // The heading and the chart stay together when the chart fits on a page.
    page.advance(page.mm(3));
    page.ensure(page.mm(9) + rowHeight * static_cast<double>(chart.bars.size()));
    page.text(chart.heading, fonts.heading);
    page.advance(page.mm(1.5));
    painter.setFont(fonts.body);
    for (const PrintedDocument::Bar &b : chart.bars) {
        const QRectF labelBox(page.area().left(), page.y(), labelWidth - gap, rowHeight);
        const int labelFlags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
        const double labelHeight =
            std::max(rowHeight, painter.boundingRect(labelBox, labelFlags, b.label).height());
        page.ensure(labelHeight);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(page.area().left(), page.y(), labelWidth - gap, labelHeight),
                         labelFlags, b.label);
        const double length = largest > 0 ? barSpace * std::max(0.0, b.value) / largest : 0;
        const double barTop = page.y() + (labelHeight - barHeight) / 2;
        painter.fillRect(QRectF(barLeft, barTop, length, barHeight), QColor(0x3b, 0x6e, 0xa8));
        painter.drawText(QRectF(barLeft + length + page.mm(1), page.y(), valueWidth, labelHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
        // The axis the bars start from, drawn a row at a time (the chart may go over a page).
        painter.fillRect(QRectF(barLeft - page.mm(0.3), page.y(), page.mm(0.3), labelHeight),
                         QColor(0x40, 0x40, 0x40));
        page.advance(labelHeight);
    }
    if (!chart.note.isEmpty()) {
        page.advance(page.mm(1));
        page.text(chart.note, fonts.small);
    }
}
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

    // Tables and charts, in order.
    const BlockFonts blockFonts{heading, PrintFonts::body(9.5 * scale),
                                PrintFonts::body(9.5 * scale, true), small};
    for (const PrintedDocument::Block &block : doc.blocks) {
        if (const auto *table = std::get_if<PrintedDocument::Table>(&block)) {
            paintTable(page, *table, blockFonts);
        } else {
            paintChart(page, std::get<PrintedDocument::BarChart>(block), blockFonts);
        }
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
