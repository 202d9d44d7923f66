#pragma once

// The hall host's transport: a TLS server that watches every connection before QHttpServer
// reads it (size limits, timeouts), and the HTTP server that hands requests to HallApi. HallHost
// uses these; head office's HqServer (hq/) reuses the guarded TLS server and HallHttp.

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslServer>
#include <QTimer>

#include <functional>

class QTcpSocket;
struct HallRequest;
struct HallResponse;

struct HallLimits
{
    qsizetype maxHeaderBytes = 8 * 1024;
    qsizetype maxBodyBytes = 16 * 1024;
    int requestTimeoutMs = 10000; // from a request's first byte to its last
    int idleTimeoutMs = 60000;    // a keep-alive connection with nothing to do
    int maxConnections = 512;
};

namespace HallHttp
{
// What ConnectionGuard makes of a request's header block (the bytes before the blank line),
// before any of the body is read. Apart from the socket, so that it can be tested and fuzzed.
struct HeaderCheck
{
    int status = 0; // 0: the request may go on; else the status of the refusal
    QString code;
    QString message;
    qint64 length = 0; // Content-Length (0 when none)
    bool upgrade = false;
    bool expectContinue = false;
};
HeaderCheck checkHeader(const QByteArray &header, const HallLimits &limits);
// A complete HTTP/1.1 response; close adds "Connection: close".
QByteArray response(const HallResponse &r, bool close);
QByteArray reason(int status);
// "GET", "POST", ... ("OTHER" for the rest).
QByteArray methodName(QHttpServerRequest::Method method);
} // namespace HallHttp

// Sits on one accepted connection, ahead of QHttpServer: it peeks at each request's header,
// refuses an oversized header (431), body (413) or a chunked body (411) before anything is
// buffered, answers "Expect: 100-continue", and closes slow (408) and idle connections.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const HallLimits &limits, int *liveCount);
    ~ConnectionGuard() override;

    // Refuses the request and closes the connection once the answer is sent.
    void refuse(int status, const QString &code, const QString &message);

private:
    void onReadyRead();
    void onDeadline();
    void onIdle();
    void inspectHeader(const QByteArray &header);

    QTcpSocket *m_socket;
    HallLimits m_limits;
    int *m_liveCount;
    QByteArray m_header;
    bool m_headerDone = false;
    bool m_upgraded = false;
    bool m_refused = false;
    QTimer m_deadline;
    QTimer m_idle;
};

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(const HallLimits &limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;
    int liveConnections() const { return m_live; }

private:
    HallLimits m_limits;
    int m_live = 0;
};

// QAbstractHttpServer with one handler for every request (HallApi routes them itself, so that
// a wrong method is a 405 and every error is JSON). WebSocket upgrades on the push paths are
// accepted here and authenticated by HallHost once the socket is open.
class HallHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HallResponse(const HallRequest &)>;
    using UpgradeFilter = std::function<bool(const QString &path)>;
    HallHttpServer(Handler handler, UpgradeFilter upgrades, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    UpgradeFilter m_upgrades;
};
