#include "queuepanel.h"

#include "fieldsdialog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

QueuePanel::QueuePanel(CounterQueue *queue, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_session(session)
{
    m_queue->setParent(this);
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("Window %1 — %2").arg(session.window).arg(session.displayName), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("hostBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #b00020; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentTicketLabel"));
    m_current->setAlignment(Qt::AlignCenter);
    m_current->setStyleSheet(QStringLiteral("font-size: 28pt; font-weight: bold; color: #1f5fa8;"));
    m_current->setText(QStringLiteral("—"));
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

    connect(m_queue, &CounterQueue::viewChanged, this, [this] {
        show(m_queue->view());
    });
    connect(m_queue, &CounterQueue::done, this, &QueuePanel::done);
    connect(m_queue, &CounterQueue::connectionChanged, this, &QueuePanel::connectionChanged);
    // Waiting times grow by themselves; a paired counter also hears every change at once.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &QueuePanel::refresh);
    timer->start(5000);
    refresh();
}

QueuePanel::~QueuePanel() = default;

QString QueuePanel::currentNumber() const
{
    return m_queue->view().currentNumber;
}

bool QueuePanel::hostBannerShown() const
{
    return !m_banner->isHidden();
}

void QueuePanel::setServiceNames(const QMap<QString, QString> &names)
{
    m_names = names;
    show(m_queue->view());
}

void QueuePanel::refresh()
{
    m_queue->refresh();
}

void QueuePanel::show(const CounterView &view)
{
    m_waiting->clear();
    for (const CounterView::Line &line : view.lines) {
        m_waiting->addItem(tr("%1: %n waiting (%2 min)", nullptr, line.waiting)
                               .arg(m_names.value(line.serviceCode, line.serviceName))
                               .arg(line.longestSeconds / 60));
    }
    m_summary->setText(
        view.known
            ? tr("%n waiting for this window; the longest for %1 min.", nullptr, view.waiting)
                  .arg(view.longestSeconds / 60)
            : tr("Window %1 is not set up for any service.").arg(m_session.window));
    m_current->setText(
        !view.open ? tr("Paused")
                   : (view.currentNumber.isEmpty() ? QStringLiteral("—") : view.currentNumber));
}

void QueuePanel::connectionChanged(bool connected, const QString &reason)
{
    if (connected) {
        m_banner->hide();
        report(true, tr("The hall host is back; the queue is up to date."));
        return;
    }
    m_banner->setText(
        tr("The hall host cannot be reached (%1). Retrying… Go on serving the customer at your "
           "window; calling the next one waits until the host is back.")
            .arg(reason));
    m_banner->show();
}

void QueuePanel::report(bool ok, const QString &text)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
    Q_EMIT message(text);
}

void QueuePanel::done(const CounterQueue::Outcome &outcome)
{
    if (outcome.unreachable()) {
        m_callAfterOpen = false;
        report(false, tr("The hall host did not answer (%1): nothing was done, or it will show "
                         "when the host is back. Try again in a moment.")
                          .arg(outcome.message));
        return;
    }
    if (outcome.action == QLatin1String("open")) {
        if (m_callAfterOpen && outcome.ok()) {
            m_callAfterOpen = false;
            m_queue->act(QStringLiteral("call-next"));
            return;
        }
        m_callAfterOpen = false;
    }
    if (outcome.action == QLatin1String("call-next") && outcome.empty()) {
        report(true, tr("Nobody is waiting."));
        return;
    }
    report(outcome.ok(), outcome.message);
    if (!outcome.ok()) {
        return;
    }
    const QString &action = outcome.action;
    if (action == QLatin1String("call-next")) {
        const QDateTime issued = QDateTime::fromString(
            outcome.ticket.value(QStringLiteral("issuedAt")).toString(), Qt::ISODateWithMs);
        const QDateTime called = QDateTime::fromString(
            outcome.ticket.value(QStringLiteral("calledAt")).toString(), Qt::ISODateWithMs);
        const qint64 waited = issued.isValid() && called.isValid() ? issued.secsTo(called) : 0;
        Q_EMIT ticketCalled(outcome.ticket.value(QStringLiteral("number")).toString(),
                            outcome.ticket.value(QStringLiteral("service")).toString(),
                            static_cast<int>(waited / 60));
    } else if (action == QLatin1String("no-show") || action == QLatin1String("transfer")
               || action == QLatin1String("finish")) {
        Q_EMIT customerLeft();
    }
}

void QueuePanel::callNext()
{
    if (!m_queue->view().open && m_queue->view().known) {
        m_callAfterOpen = true; // back from the pause first
        m_queue->act(QStringLiteral("open"));
        return;
    }
    m_queue->act(QStringLiteral("call-next"));
}

void QueuePanel::recall()
{
    m_queue->act(QStringLiteral("recall"));
}

void QueuePanel::noShow()
{
    m_queue->act(QStringLiteral("no-show"));
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
    QJsonObject body;
    if (!v.at(0).trimmed().isEmpty()) {
        body.insert(QStringLiteral("service"), v.at(0).trimmed());
    }
    if (v.at(1).toInt() > 0) {
        body.insert(QStringLiteral("window"), v.at(1).toInt());
    }
    m_queue->act(QStringLiteral("transfer"), body);
}

void QueuePanel::pause()
{
    const QStringList v = FieldsDialog::ask(tr("Pause the window"), {tr("Reason:")}, this);
    if (v.size() != 1 || v.at(0).trimmed().isEmpty()) {
        report(false, tr("A pause needs a reason."));
        return;
    }
    m_queue->act(QStringLiteral("pause"), {{QStringLiteral("reason"), v.at(0).trimmed()}});
}

void QueuePanel::finish()
{
    m_queue->act(QStringLiteral("finish"));
}
