#include "queuepanel.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "fieldsdialog.h"
#include "queue/hallwindows.h"
#include "queue/ticketqueue.h"

#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QTimer>
#include <QVBoxLayout>

QueuePanel::QueuePanel(Branch &branch, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_branch(branch)
    , m_session(session)
    , m_queue(std::make_unique<TicketQueue>(branch))
{
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("Window %1 — %2").arg(session.window).arg(session.displayName), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentTicketLabel"));
    m_current->setAlignment(Qt::AlignCenter);
    m_current->setStyleSheet(QStringLiteral("font-size: 28pt; font-weight: bold; color: #1f5fa8;"));
    layout->addWidget(m_current);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    setMinimumWidth(260);
    m_waiting = new QListWidget(this);
    m_waiting->setObjectName(QStringLiteral("waitingList"));
    layout->addWidget(m_waiting, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &QueuePanel::refresh);
    timer->start(5000);
    refresh();
}

QueuePanel::~QueuePanel() = default;

QString QueuePanel::currentNumber() const
{
    const auto t = m_queue->current(m_session.window);
    return t ? t->number : QString();
}

void QueuePanel::setServiceNames(const QMap<QString, QString> &names)
{
    m_names = names;
    refresh();
}

void QueuePanel::refresh()
{
    const auto window = HallWindows(m_branch).window(m_session.window);
    const QStringList services = window ? window->services : QStringList();
    QMap<QString, int> count;
    QMap<QString, qint64> longest;
    for (const TicketQueue::Position &p : m_queue->waiting()) {
        if (!services.contains(p.ticket.serviceCode)) {
            continue;
        }
        ++count[p.ticket.serviceCode];
        longest[p.ticket.serviceCode] =
            std::max(longest.value(p.ticket.serviceCode), p.waitedSeconds);
    }
    m_waiting->clear();
    int total = 0;
    qint64 worst = 0;
    for (const QString &code : services) {
        total += count.value(code);
        worst = std::max(worst, longest.value(code));
        if (count.value(code) > 0) {
            m_waiting->addItem(tr("%1: %n waiting (%2 min)", nullptr, count.value(code))
                                   .arg(m_names.value(code, code))
                                   .arg(longest.value(code) / 60));
        }
    }
    m_summary->setText(
        window ? tr("%n waiting for this window; the longest for %1 min.", nullptr, total)
                     .arg(worst / 60)
               : tr("Window %1 is not set up for any service.").arg(m_session.window));
    const QString current = currentNumber();
    m_current->setText(m_paused ? tr("Paused")
                                : (current.isEmpty() ? QStringLiteral("—") : current));
}

void QueuePanel::report(bool ok, const QString &text)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
    Q_EMIT message(text);
    refresh();
}

void QueuePanel::callNext()
{
    if (m_paused) {
        HallWindows(m_branch).setOpen(m_session.window, true, m_session.login);
        m_paused = false;
    }
    const TicketQueue::Result r = m_queue->callNext(m_session.window, m_session.login);
    report(r.ok(), r.status == TicketQueue::Status::Empty ? tr("Nobody is waiting.") : r.message);
    if (r.ok()) {
        const qint64 waited = r.ticket.fairSinceUtc.secsTo(Clock::nowUtc());
        Q_EMIT ticketCalled(r.ticket.number, r.ticket.serviceCode, static_cast<int>(waited / 60));
    }
}

void QueuePanel::recall()
{
    const TicketQueue::Result r = m_queue->recall(m_session.window, m_session.login);
    report(r.ok(), r.message);
}

void QueuePanel::noShow()
{
    const TicketQueue::Result r = m_queue->noShow(m_session.window, m_session.login);
    report(r.ok(), r.message);
    if (r.ok()) {
        Q_EMIT customerLeft();
    }
}

void QueuePanel::walkIn()
{
    // Serve someone without a ticket: the window must not be holding a called one.
    if (!currentNumber().isEmpty()) {
        report(false, tr("Finish or transfer %1 first.").arg(currentNumber()));
        return;
    }
    report(true, tr("Serving a customer without a ticket."));
    Q_EMIT customerLeft();
}

void QueuePanel::transfer()
{
    const QStringList v = FieldsDialog::ask(
        tr("Transfer the ticket"),
        {tr("To service (code, or empty):"), tr("To window (number, or empty):")}, this);
    if (v.size() != 2) {
        return;
    }
    const TicketQueue::Result r =
        m_queue->transfer(m_session.window, v.at(0), v.at(1).toInt(), m_session.login);
    report(r.ok(), r.message);
    if (r.ok()) {
        Q_EMIT customerLeft();
    }
}

void QueuePanel::pause()
{
    const QStringList v = FieldsDialog::ask(tr("Pause the window"), {tr("Reason:")}, this);
    if (v.size() != 1 || v.at(0).isEmpty()) {
        report(false, tr("A pause needs a reason."));
        return;
    }
    const QString problem = HallWindows(m_branch).setOpen(m_session.window, false, m_session.login);
    if (!problem.isEmpty()) {
        report(false, problem);
        return;
    }
    m_branch.record({m_session.login, QStringLiteral("window.pause"),
                     QStringLiteral("window:%1").arg(m_session.window),
                     QJsonObject{{QStringLiteral("reason"), v.at(0)}}});
    m_paused = true;
    report(true, tr("Window %1 paused: %2").arg(m_session.window).arg(v.at(0)));
}

void QueuePanel::finish()
{
    const TicketQueue::Result r = m_queue->finish(m_session.window, m_session.login);
    report(r.ok(), r.message);
    if (r.ok()) {
        Q_EMIT customerLeft();
    }
}
