#pragma once

#include "hall/counterqueue.h"

#include <QTimer>

class HallClient;

// A paired counter's queue on the hall host: window actions are POSTs with the clerk's
// sign-in, the view follows the host's pushes. When the host is lost the view keeps what it
// last knew (the customer being served stays on screen), the client retries, and on its return
// the queue is read again (resync).
class RemoteCounterQueue : public CounterQueue
{
    Q_OBJECT
public:
    RemoteCounterQueue(HallClient &client, int window, QObject *parent = nullptr);
    bool isConnected() const override { return m_connected; }
    void start();

protected:
    void send(const QString &action, const QJsonObject &body, Answer answer) override;
    void fetch(std::function<void(bool ok, const QJsonObject &snapshot)> answer) override;

private:
    void setConnected(bool connected, const QString &reason);

    HallClient &m_client;
    QTimer m_debounce;
    bool m_connected = false;
    bool m_stateKnown = false;
};
