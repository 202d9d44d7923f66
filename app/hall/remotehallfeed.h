#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class HallBoard;
class HallClient;

// Feeds a HallBoard from a hall host: the queue snapshot (GET /api/v1/queue) when connecting
// and after each change, and the push channel's events for the calls. Says when the host is
// lost and back (the display shows a banner).
class RemoteHallFeed : public QObject
{
    Q_OBJECT
public:
    RemoteHallFeed(HallClient &client, HallBoard &board, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void connectionChanged(bool connected, const QString &reason);

private:
    void refresh();

    HallClient &m_client;
    HallBoard &m_board;
    QTimer m_debounce;
    bool m_fetching = false;
    bool m_again = false;
};
