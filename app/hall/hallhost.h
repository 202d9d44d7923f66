#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class Branch;

// The hall host: serves the hall API (HallApi) over TLS with the branch's own certificate, and
// pushes every queue change to the paired devices and to customers' status pages over
// WebSockets on the same port. Runs on the thread that owns the branch; every handler is short.
class HallHost : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::Any;
        quint16 port = 8443; // 0: any free port
        qsizetype maxBodyBytes = 16 * 1024;
        qsizetype maxHeaderBytes = 8 * 1024;
        int requestTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
        int handshakeTimeoutMs = 5000;
        int maxConnections = 512;
        int maxPushClients = 2000;
        int pollIntervalMs = 500;   // notices changes made by other processes
        int pingIntervalMs = 20000; // WebSocket keep-alive; silent peers are dropped
    };

    HallHost(Branch &branch, const Options &options, QObject *parent = nullptr);
    ~HallHost() override;

    // Makes the certificate if the branch has none, and listens. False with the reason.
    bool start(QString *error);
    // Closes the listener and every connection (WebSockets with "going away").
    void stop();

    quint16 port() const;
    QString fingerprint() const;
    int pushClients() const;

Q_SIGNALS:
    // After each push of a change (tests and the log).
    void pushed(int deviceClients, int customerClients);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
