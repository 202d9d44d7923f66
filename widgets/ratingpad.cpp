#include "ratingpad.h"

#include "feedback/ratingbook.h"
#include "messagebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
// Green to red, as customers expect of a satisfaction pad.
const char *const kColours[] = {"", "#c62828", "#ef6c00", "#9e9d24", "#558b2f", "#2e7d32"};
} // namespace

RatingPad::RatingPad(Branch &branch, int window, QWidget *parent)
    : QWidget(parent)
    , m_branch(branch)
    , m_window(window)
{
    setWindowTitle(tr("Rate our service — window %1").arg(window));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    QFont big = m_prompt->font();
    big.setPointSize(22);
    m_prompt->setFont(big);
    layout->addWidget(m_prompt);

    auto *row = new QHBoxLayout;
    for (int level = 5; level >= 1; --level) {
        auto *b = new QPushButton(RatingBook::levelName(level), this);
        b->setObjectName(QStringLiteral("level%1").arg(level));
        b->setMinimumSize(150, 110);
        QFont f = b->font();
        f.setPointSize(18);
        f.setBold(true);
        b->setFont(f);
        b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; "
                                        "border-radius: 12px; padding: 8px; }"
                                        "QPushButton:disabled { background: #bdbdbd; }")
                             .arg(QLatin1String(kColours[level])));
        connect(b, &QPushButton::clicked, this, [this, level] {
            rate(level);
        });
        row->addWidget(b);
        m_buttons << b;
    }
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    QFont m = m_message->font();
    m.setPointSize(16);
    m_message->setFont(m);
    layout->addWidget(m_message);

    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &RatingPad::refresh);
    m_poll->start();
    refresh();
}

RatingPad::~RatingPad() = default;

QString RatingPad::message() const
{
    return m_message->text();
}

void RatingPad::refresh()
{
    const auto ticket = RatingBook(m_branch).awaitingRating(m_window);
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->setEnabled(ticket.has_value());
    }
    if (ticket) {
        m_prompt->setText(
            tr("Ticket %1: how satisfied are you with our service?").arg(ticket->number));
    } else {
        m_prompt->setText(tr("Welcome! Please rate our service when it is finished."));
    }
}

void RatingPad::rate(int level)
{
    RatingBook::Input in;
    in.level = level;
    const RatingBook::Result r = RatingBook(m_branch).rateAtWindow(m_window, in);
    m_message->setText(r.message);
    refresh();
}

void RatingPad::addTo(QMenu *menu, Branch &branch, const Session &session)
{
    QAction *action = menu->addAction(tr("Rating &pad for the customer…"));
    action->setObjectName(QStringLiteral("actionRatingPad"));
    QObject::connect(action, &QAction::triggered, menu, [menu, &branch, &session] {
        const Session s = session;
        QWidget *top = menu->parentWidget() ? menu->parentWidget()->window() : nullptr;
        if (!s.isValid() || s.window <= 0) {
            MessageBox::information(top, tr("Rating pad"),
                                    tr("Sign in at a window first: the pad rates the tickets "
                                       "that window serves."));
            return;
        }
        auto *pad = new RatingPad(branch, s.window, top);
        pad->setWindowFlag(Qt::Window);
        pad->setAttribute(Qt::WA_DeleteOnClose);
        pad->show();
    });
}
