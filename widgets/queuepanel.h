#pragma once

#include "hall/counterqueue.h"
#include "staff/session.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;

// The clerk's view of the queue: who waits for this window's services and for how long, the
// ticket being served, and the actions — call next, recall, no-show, walk-in, transfer, pause,
// finish — each on a key (F2..F8) through the main window's menu. The queue is this PC's
// (embedded hall) or the hall host's (a paired counter); when the host cannot be reached a
// banner says so, the customer at the window stays on screen, and the panel resyncs when the
// host is back.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of queue.
    QueuePanel(CounterQueue *queue, const Session &session, QWidget *parent = nullptr);
    ~QueuePanel() override;

    QString currentNumber() const;
    // Service names for the list (the catalogue's, in the screen's language).
    void setServiceNames(const QMap<QString, QString> &names);
    bool hostBannerShown() const;
    CounterQueue &queue() const { return *m_queue; }

public Q_SLOTS:
    void refresh();
    void callNext();
    void recall();
    void noShow();
    void walkIn();
    void transfer();
    void pause();
    void finish();

Q_SIGNALS:
    // A ticket was called to this window: the serve panel greets it.
    void ticketCalled(const QString &number, const QString &serviceCode, int waitedMinutes);
    // The customer at the window changed (finished, no-show, transferred, walk-in).
    void customerLeft();
    void message(const QString &text);

private:
    void show(const CounterView &view);
    void done(const CounterQueue::Outcome &outcome);
    void connectionChanged(bool connected, const QString &reason);
    void report(bool ok, const QString &text);

    CounterQueue *m_queue;
    Session m_session;
    QLabel *m_banner = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_waiting = nullptr;
    QLabel *m_message = nullptr;
    QMap<QString, QString> m_names;
    bool m_callAfterOpen = false;
};
