#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class Branch;
class HallApi;
class HallBoard;

// Feeds a HallBoard from the branch file this process has open (the embedded single-PC hall):
// it watches the audit chain, as the hall host does for changes made by other processes, and
// turns new entries into the same events and snapshots the host would push.
class LocalHallFeed : public QObject
{
    Q_OBJECT
public:
    LocalHallFeed(Branch &branch, HallBoard &board, QObject *parent = nullptr);
    ~LocalHallFeed() override;

    void start(int intervalMs = 500);
    // Looks for changes now (also run by the timer).
    void poll();

private:
    Branch &m_branch;
    HallBoard &m_board;
    std::unique_ptr<HallApi> m_api;
    QTimer m_timer;
    qint64 m_lastSeq = -1;
};
