#pragma once

#include "staff/session.h"

#include <QMap>
#include <QWidget>

#include <memory>

class Branch;
class QLabel;
class QListWidget;
class QPushButton;
class TicketQueue;
struct Ticket;

// The clerk's view of the queue: who waits for this window's services and for how long, the
// ticket being served, and the actions — call next, recall, no-show, walk-in, transfer, pause,
// finish — each on a key (F2..F8) through the main window's menu.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(Branch &branch, const Session &session, QWidget *parent = nullptr);
    ~QueuePanel() override;

    QString currentNumber() const;
    // Service names for the list (the catalogue's, in the screen's language).
    void setServiceNames(const QMap<QString, QString> &names);

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
    void report(bool ok, const QString &text);

    Branch &m_branch;
    Session m_session;
    std::unique_ptr<TicketQueue> m_queue;
    QLabel *m_current = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_waiting = nullptr;
    QLabel *m_message = nullptr;
    bool m_paused = false;
    QMap<QString, QString> m_names;
};
