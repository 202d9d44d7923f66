#include "remotehallfeed.h"

#include "hall/hallboard.h"
#include "hall/hallclient.h"

RemoteHallFeed::RemoteHallFeed(HallClient &client, HallBoard &board, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_board(board)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150); // a burst of changes is one fetch
    connect(&m_debounce, &QTimer::timeout, this, &RemoteHallFeed::refresh);
    connect(&m_client, &HallClient::eventReceived, this, [this](const QJsonObject &event) {
        if (event.value(QStringLiteral("type")).toString() != QLatin1String("hello")) {
            m_board.applyEvent(event);
        }
    });
    connect(&m_board, &HallBoard::snapshotWanted, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_client, &HallClient::connected, this, [this] {
        Q_EMIT connectionChanged(true, {});
        refresh();
    });
    connect(&m_client, &HallClient::connectionRestored, this, [this] {
        Q_EMIT connectionChanged(true, {});
        refresh();
    });
    connect(&m_client, &HallClient::connectionLost, this, [this](const QString &reason) {
        Q_EMIT connectionChanged(false, reason);
    });
}

void RemoteHallFeed::start()
{
    m_client.subscribe();
    refresh();
}

void RemoteHallFeed::refresh()
{
    if (m_fetching) {
        m_again = true;
        return;
    }
    m_fetching = true;
    m_client.get(QStringLiteral("/api/v1/queue"), [this](const HallClient::Reply &reply) {
        m_fetching = false;
        if (reply.ok()) {
            m_board.setSnapshot(reply.json);
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}
