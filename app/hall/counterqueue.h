#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// What a counter window sees of the hall's queue, read from the hall's queue snapshot
// (HallApi::queueSnapshot, GET /api/v1/queue) for one window.
struct CounterView
{
    struct Line
    {
        QString serviceCode;
        QString serviceName; // the host's (zh_CN); the panel may put the screen's language
        int waiting = 0;
        qint64 longestSeconds = 0;
    };
    bool known = false; // the window is set up on the host
    bool open = true;
    QStringList services;
    QList<Line> lines; // this window's services, in the window's order
    int waiting = 0;
    qint64 longestSeconds = 0;
    QString currentNumber;
    QString currentService;
    QString currentState;

    static CounterView fromSnapshot(const QJsonObject &snapshot, int window);
};

// A counter window's queue: its actions and its view, whether the queue lives in this process
// (LocalCounterQueue, the embedded single-PC hall) or on the hall host (RemoteCounterQueue).
// Actions answer asynchronously through `done`; the view through viewChanged.
class CounterQueue : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString action; // "call-next", "recall", ... (docs/api.md)
        int status = 0; // HTTP-like: 200 done, 204 nobody waits, 4xx refused, 0 unreachable
        QString message;
        QJsonObject ticket; // the ticket acted on, when done
        bool ok() const { return status >= 200 && status < 300; }
        bool empty() const { return status == 204; }
        bool unreachable() const { return status == 0; }
    };

    CounterQueue(int window, QObject *parent = nullptr);

    int window() const { return m_window; }
    const CounterView &view() const { return m_view; }
    // True while the queue can be reached (always, in this process).
    virtual bool isConnected() const { return true; }

    // call-next, recall, no-show, park, start, finish, transfer {"service","window"},
    // pause {"reason"}, open.
    void act(const QString &action, const QJsonObject &body = {});
    // Reads the queue again.
    void refresh();

Q_SIGNALS:
    void done(const CounterQueue::Outcome &outcome);
    void viewChanged();
    // The hall host was lost (reason) or is back.
    void connectionChanged(bool connected, const QString &reason);

protected:
    using Answer = std::function<void(int status, const QJsonObject &json, const QString &error)>;
    virtual void send(const QString &action, const QJsonObject &body, Answer answer) = 0;
    virtual void fetch(std::function<void(bool ok, const QJsonObject &snapshot)> answer) = 0;

private:
    int m_window;
    CounterView m_view;
    bool m_fetching = false;
    bool m_again = false;
};
