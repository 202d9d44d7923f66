#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>

#include <memory>

class QSslSocket;

// Helpers for the hall host's tests and benchmark: a raw HTTPS/1.1 connection pinned to the
// host's certificate (no QNetworkAccessManager in the way), and the real counterdesk-cli serve.
namespace HallTest
{
struct Response
{
    int status = 0; // 0: no answer
    QByteArray head;
    QByteArray body;
    QJsonObject json;
    double ms = 0;       // from sending to the last byte
    bool closed = false; // the host closed the connection after it
    QByteArray header(const QByteArray &name) const;
};

// One keep-alive connection. Works on any thread (it runs a local event loop while it waits),
// including the thread of an in-process host.
class Connection
{
public:
    Connection(quint16 port, const QString &fingerprint);
    ~Connection();
    bool open(int timeoutMs = 10000);
    bool isOpen() const;
    Response request(const QByteArray &method, const QString &path, const QByteArray &token = {},
                     const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &extra = {}, int timeoutMs = 15000);
    // Writes raw bytes and reads one response (or until the host closes, or the timeout).
    Response raw(const QByteArray &bytes, int timeoutMs = 15000);
    // Writes bytes without waiting for an answer.
    void write(const QByteArray &bytes);
    // Waits for one response to requests written earlier.
    Response read(int timeoutMs);
    QSslSocket *socket() const { return m_socket.get(); }

private:
    quint16 m_port;
    QByteArray m_pin;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
};

// counterdesk-cli serve --listen 127.0.0.1:PORT on a data folder, with its URL and fingerprint.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &dataDir);
    ~ServeProcess();
    bool start(quint16 port = 0, int timeoutMs = 30000);
    void kill();                           // SIGKILL, as a power cut or the OOM killer would
    bool terminate(int timeoutMs = 10000); // SIGTERM; true when it ended cleanly (exit code 0)
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_output;
};

// Percentile of a list of milliseconds (p in 0..100).
double percentile(QList<double> values, double p);
} // namespace HallTest
