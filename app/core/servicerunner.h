#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QSocketNotifier;

// What the two long-running services (the hall host, `counterdesk-cli serve`, and head office,
// `counterdesk-hq serve`) share: their --listen argument, how they show the address they listen
// on, and a clean stop on SIGTERM or SIGINT (the handler only writes to a socket pair; the event
// loop reads it and asks the service to stop). SIGPIPE is ignored while it lives.
class ServiceRunner : public QObject
{
    Q_OBJECT
public:
    ServiceRunner();
    ~ServiceRunner() override;

    // "0.0.0.0:8443", "[::]:8443", ":8443", "8443", "localhost:8443".
    static bool parseListen(const QString &text, QHostAddress &address, quint16 &port);
    // 0.0.0.0, an IPv4 address, or an IPv6 one in brackets (for a URL).
    static QString shownAddress(const QHostAddress &address);

    // Installs the handlers; false (with the reason) when it cannot.
    bool install(QString *error);
    // The signal that stopped the service (0 while running).
    int stoppedBy() const { return m_stoppedBy; }

Q_SIGNALS:
    // Once, on the first SIGTERM or SIGINT.
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_stoppedBy = 0;
};
