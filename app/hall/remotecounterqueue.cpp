#include "remotecounterqueue.h"

#include "hall/hallclient.h"

RemoteCounterQueue::RemoteCounterQueue(HallClient &client, int window, QObject *parent)
    : CounterQueue(window, parent)
    , m_client(client)
{
    // A burst of changes (twenty counters calling) is one read of the queue.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &CounterQueue::refresh);
    connect(&m_client, &HallClient::eventReceived, this, [this] {
        m_debounce.start();
    });
    connect(&m_client, &HallClient::connected, this, [this] {
        setConnected(true, {});
        refresh();
    });
    connect(&m_client, &HallClient::connectionRestored, this, [this] {
        setConnected(true, {});
        refresh(); // events may have been missed
    });
    connect(&m_client, &HallClient::connectionLost, this, [this](const QString &reason) {
        setConnected(false, reason);
    });
}

void RemoteCounterQueue::start()
{
    m_client.subscribe();
    refresh();
}

void RemoteCounterQueue::setConnected(bool connected, const QString &reason)
{
    if (m_stateKnown && connected == m_connected) {
        return;
    }
    m_stateKnown = true;
    m_connected = connected;
    Q_EMIT connectionChanged(connected, reason);
}

void RemoteCounterQueue::send(const QString &action, const QJsonObject &body, Answer answer)
{
    m_client.post(QStringLiteral("/api/v1/windows/%1/%2").arg(window()).arg(action), body,
                  [answer](const HallClient::Reply &reply) {
                      answer(reply.status, reply.json, reply.error);
                  });
}

void RemoteCounterQueue::fetch(std::function<void(bool, const QJsonObject &)> answer)
{
    m_client.get(QStringLiteral("/api/v1/queue"), [answer](const HallClient::Reply &reply) {
        answer(reply.ok(), reply.json);
    });
}
