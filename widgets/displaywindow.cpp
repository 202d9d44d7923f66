#include "displaywindow.h"

#include "hall/announcer.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

// The notice line: scrolls from right to left when longer than the screen, else stands still.
class NoticeTicker : public QWidget
{
public:
    explicit NoticeTicker(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("notice"));
        QFont f = font();
        f.setPixelSize(44);
        setFont(f);
        setMinimumHeight(QFontMetrics(f).height() + 20);
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_offset += 3;
            const int span = QFontMetrics(font()).horizontalAdvance(m_text) + width();
            if (m_offset > span) {
                m_offset = 0;
            }
            update();
        });
    }
    void setText(const QString &text)
    {
        if (text == m_text) {
            return;
        }
        m_text = text;
        m_offset = 0;
        setAccessibleName(text);
        setVisible(!text.isEmpty());
        m_timer.start();
        update();
    }
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0xff, 0xd6, 0x00));
        p.setPen(Qt::black);
        const int w = QFontMetrics(font()).horizontalAdvance(m_text);
        // Too long for the screen: scroll; else centred and still.
        const int x = w + 40 <= width() ? (width() - w) / 2 : width() - m_offset;
        p.drawText(QRect(x, 0, w + 10, height()), Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }

private:
    QString m_text;
    QTimer m_timer;
    int m_offset = 0;
};

namespace
{
QLabel *label(QWidget *parent, int pixels, const QString &color, bool latin = false,
              bool bold = true)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    if (latin) {
        // Ticket numbers in a Latin face: digits in a CJK face are narrow and uneven.
        f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    }
    f.setPixelSize(pixels);
    f.setBold(bold);
    l->setFont(f);
    l->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    return l;
}
} // namespace

DisplayWindow::DisplayWindow(HallBoard &board, Announcer *announcer, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_announcer(announcer)
{
    setWindowTitle(tr("Hall display", "window title"));
    setObjectName(QStringLiteral("hallDisplay"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x0b, 0x1f, 0x3a));
    setPalette(pal);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(40, 16, 40, 8);
    top->addWidget(label(this, 56, QStringLiteral("#ffffff")));
    static_cast<QLabel *>(top->itemAt(0)->widget())
        ->setText(tr("Now calling", "hall display heading"));
    top->addStretch();
    m_clock = label(this, 48, QStringLiteral("#ffffff"), true, false);
    top->addWidget(m_clock);
    outer->addLayout(top);

    m_banner = label(this, 36, QStringLiteral("#ffffff"));
    m_banner->setStyleSheet(QStringLiteral("color: #ffffff; background: #b00020; padding: 8px;"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(40, 8, 40, 16);
    body->setSpacing(40);

    // The current calls: number → window, very large.
    auto *calls = new QVBoxLayout;
    calls->setSpacing(12);
    m_empty = label(this, 64, QStringLiteral("#c8d3e6"), false, false);
    m_empty->setText(tr("Please wait for your number to be called", "hall display, no calls"));
    m_empty->setAlignment(Qt::AlignCenter);
    calls->addWidget(m_empty, 1);
    for (int i = 0; i < bigRows; ++i) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("callRow%1").arg(i));
        row->setAutoFillBackground(true);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(24, 0, 24, 0);
        QLabel *number = label(row, i == 0 ? 170 : 120, QStringLiteral("#ffd600"), true);
        number->setObjectName(QStringLiteral("currentNumber%1").arg(i));
        QLabel *arrow = label(row, i == 0 ? 120 : 90, QStringLiteral("#ffffff"), true, false);
        arrow->setText(QStringLiteral("→"));
        QLabel *window = label(row, i == 0 ? 150 : 105, QStringLiteral("#ffffff"));
        window->setObjectName(QStringLiteral("currentWindow%1").arg(i));
        h->addWidget(number);
        h->addStretch();
        h->addWidget(arrow);
        h->addStretch();
        h->addWidget(window);
        calls->addWidget(row, i == 0 ? 3 : 2);
        m_rows.append(row);
        m_numbers.append(number);
        m_windows.append(window);
    }
    calls->addStretch(0);
    body->addLayout(calls, 3);

    // The last calls and the waiting counts.
    auto *side = new QVBoxLayout;
    side->setSpacing(6);
    QLabel *recentTitle = label(this, 40, QStringLiteral("#ffffff"));
    recentTitle->setText(tr("Recent calls", "hall display"));
    side->addWidget(recentTitle);
    for (int i = 0; i < HallBoard::recentLimit; ++i) {
        QLabel *r = label(this, 36, QStringLiteral("#e0e6f0"), false, false);
        r->setObjectName(QStringLiteral("recent%1").arg(i));
        side->addWidget(r);
        m_recent.append(r);
    }
    side->addSpacing(20);
    QLabel *waitingTitle = label(this, 40, QStringLiteral("#ffffff"));
    waitingTitle->setText(tr("Waiting", "hall display: people waiting per service"));
    side->addWidget(waitingTitle);
    m_waiting = label(this, 32, QStringLiteral("#e0e6f0"), false, false);
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_waiting->setTextFormat(Qt::RichText);
    side->addWidget(m_waiting, 1);
    body->addLayout(side, 1);
    outer->addLayout(body, 1);

    m_notice = new NoticeTicker(this);
    outer->addWidget(m_notice);
    m_notice->hide();

    connect(&m_board, &HallBoard::changed, this, &DisplayWindow::refresh);
    connect(&m_board, &HallBoard::called, this, &DisplayWindow::flash);
    connect(&m_clockTimer, &QTimer::timeout, this, &DisplayWindow::tickClock);
    m_clockTimer.start(1000);
    m_flashTimer.setInterval(400);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        --m_flashesLeft;
        if (m_flashesLeft <= 0) {
            m_flashTimer.stop();
        }
        refresh();
    });
    tickClock();
    refresh();
}

DisplayWindow::~DisplayWindow() = default;

QString DisplayWindow::bigNumber(int row) const
{
    return m_rows.at(row)->isVisible() || !isVisible() ? m_numbers.at(row)->text() : QString();
}

QString DisplayWindow::bigWindow(int row) const
{
    return m_rows.at(row)->isVisible() || !isVisible() ? m_windows.at(row)->text() : QString();
}

void DisplayWindow::setConnected(bool connected, const QString &reason)
{
    if (connected) {
        m_banner->hide();
        return;
    }
    Q_UNUSED(reason) // logged by HallClient; the hall needs no technical detail
    m_banner->setText(
        tr("The display has lost the hall host: reconnecting…", "hall display banner"));
    m_banner->show();
}

void DisplayWindow::refresh()
{
    const QList<HallBoard::Call> current = m_board.current();
    m_empty->setVisible(current.isEmpty());
    for (int i = 0; i < bigRows; ++i) {
        const bool used = i < current.size();
        m_rows.at(i)->setVisible(used);
        m_numbers.at(i)->setText(used ? current.at(i).number : QString());
        m_windows.at(i)->setText(
            used ? tr("Window %1", "hall display: where to go").arg(current.at(i).window)
                 : QString());
        const bool lit = used && m_flashesLeft > 0 && m_flashesLeft % 2 == 1
                         && current.at(i).number == m_flashNumber;
        QPalette pal = m_rows.at(i)->palette();
        pal.setColor(QPalette::Window,
                     lit ? QColor(0xb0, 0x00, 0x20)
                         : (i == 0 ? QColor(0x14, 0x34, 0x60) : QColor(0x0b, 0x1f, 0x3a)));
        m_rows.at(i)->setPalette(pal);
    }
    const QList<HallBoard::Call> recent = m_board.recent();
    for (int i = 0; i < m_recent.size(); ++i) {
        m_recent.at(i)->setText(i < recent.size()
                                    ? tr("%1 → window %2", "hall display: a past call")
                                          .arg(recent.at(i).number)
                                          .arg(recent.at(i).window)
                                    : QString());
    }
    QString waiting;
    for (const HallBoard::Waiting &w : m_board.waiting()) {
        if (w.count == 0) {
            continue;
        }
        waiting += QStringLiteral("<div>%1&nbsp;&nbsp;<b>%2</b></div>")
                       .arg(w.name.toHtmlEscaped(),
                            tr("%n waiting", "hall display: people waiting", w.count));
    }
    m_waiting->setText(waiting.isEmpty() ? tr("Nobody is waiting", "hall display") : waiting);
    m_notice->setText(m_board.notice());
}

void DisplayWindow::flash(const HallBoard::Call &call)
{
    m_flashNumber = call.number;
    m_flashesLeft = 8;
    m_flashTimer.start();
    refresh();
    if (m_announcer) {
        m_announcer->announce(call.number, call.window);
    }
}

void DisplayWindow::tickClock()
{
    m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")));
}
