#include "hallserver.h"

#include "hall/hallapi.h"
#include "hall/halllog.h"

#include <QHttpServerRequest>
#include <QSslSocket>
#include <QTcpSocket>

QByteArray HallHttp::reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray HallHttp::response(const HallResponse &r, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    if (r.status != 204) {
        if (!r.contentType.isEmpty()) {
            out += "Content-Type: " + r.contentType + "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &h : r.headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    if (close) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    if (r.status != 204) {
        out += r.body;
    }
    return out;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HallLimits &limits, int *liveCount)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_liveCount(liveCount)
{
    ++*m_liveCount;
    m_deadline.setSingleShot(true);
    m_idle.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdle);
    // Connected before QHttpServer connects its own slot, so it runs first on every read.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (!m_upgraded) {
            m_idle.start(m_limits.idleTimeoutMs);
        }
    });
    m_idle.start(m_limits.idleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard()
{
    --*m_liveCount;
}

void ConnectionGuard::onReadyRead()
{
    if (m_upgraded || m_refused) {
        return;
    }
    m_idle.start(m_limits.idleTimeoutMs);
    // QHttpServer starts a transaction on a request's first bytes and commits it once the
    // request is complete: no transaction means these bytes begin a new request.
    if (!m_socket->isTransactionStarted()) {
        m_header.clear();
        m_headerDone = false;
        m_deadline.start(m_limits.requestTimeoutMs);
    }
    if (m_headerDone) {
        return; // the body: its length was checked against the limit already
    }
    const qsizetype room = m_limits.maxHeaderBytes + 4 - m_header.size();
    m_header += m_socket->peek(std::min<qint64>(m_socket->bytesAvailable(), room));
    const qsizetype end = m_header.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_header.size() > m_limits.maxHeaderBytes) {
            refuse(431, QStringLiteral("header-too-large"),
                   QStringLiteral("The request's header is larger than %1 bytes.")
                       .arg(m_limits.maxHeaderBytes));
        }
        return;
    }
    m_headerDone = true;
    inspectHeader(m_header.left(end));
}

HallHttp::HeaderCheck HallHttp::checkHeader(const QByteArray &header, const HallLimits &limits)
{
    HeaderCheck check;
    auto refuse = [&check](int status, const char *code, const char *message) {
        check.status = status;
        check.code = QLatin1String(code);
        check.message = QLatin1String(message);
        return check;
    };
    const QList<QByteArray> lines = header.split('\n');
    int lengths = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            check.length = value.toLongLong(&ok);
            ++lengths;
            if (!ok || check.length < 0) {
                return refuse(400, "bad-request", "Content-Length is not a number.");
            }
        } else if (name == "transfer-encoding") {
            // Chunked bodies have no length to check up front: not accepted.
            return refuse(411, "length-required",
                          "Send the body with a Content-Length, not chunked.");
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            check.upgrade = true;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            check.expectContinue = true;
        }
    }
    if (lengths > 1) {
        return refuse(400, "bad-request", "More than one Content-Length.");
    }
    if (check.length > limits.maxBodyBytes) {
        check.status = 413;
        check.code = QStringLiteral("payload-too-large");
        check.message =
            QStringLiteral("The body is larger than %1 bytes.").arg(limits.maxBodyBytes);
    }
    return check;
}

void ConnectionGuard::inspectHeader(const QByteArray &header)
{
    const HallHttp::HeaderCheck check = HallHttp::checkHeader(header, m_limits);
    if (check.status == 413) {
        qCWarning(lcHall, "413 from %s: body of %lld bytes",
                  qUtf8Printable(m_socket->peerAddress().toString()),
                  static_cast<long long>(check.length));
    }
    if (check.status != 0) {
        refuse(check.status, check.code, check.message);
        return;
    }
    if (check.expectContinue && check.length > 0) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); // Qt never says it; curl would wait
    }
    if (check.upgrade && check.length == 0) {
        // The request is complete; if QHttpServer hands the socket to the WebSocket server,
        // HTTP's timers must not close it.
        m_upgraded = true;
        m_deadline.stop();
        m_idle.stop();
    }
}

void ConnectionGuard::refuse(int status, const QString &code, const QString &message)
{
    m_refused = true;
    m_deadline.stop();
    m_idle.stop();
    // QHttpServer must not read this request: its slot on readyRead goes (ours ran first).
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    m_socket->readAll(); // what arrived is dropped, so closing does not reset the answer
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        m_socket->readAll();
    });
    m_socket->write(HallHttp::response(HallResponse::error(status, code, message), true));
    m_socket->disconnectFromHost();
    // A client that never reads its answer is dropped after a while.
    QTimer::singleShot(5000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
        if (s) {
            s->abort();
        }
    });
}

void ConnectionGuard::onDeadline()
{
    if (m_upgraded || m_refused) {
        return;
    }
    if (m_socket->isTransactionStarted() || (!m_header.isEmpty() && !m_headerDone)) {
        qCInfo(lcHall, "408 to %s: request not complete within %d ms",
               qUtf8Printable(m_socket->peerAddress().toString()), m_limits.requestTimeoutMs);
        refuse(408, QStringLiteral("timeout"),
               QStringLiteral("The request was not complete within %1 s.")
                   .arg(m_limits.requestTimeoutMs / 1000.0));
    }
}

void ConnectionGuard::onIdle()
{
    if (m_upgraded || m_refused) {
        return;
    }
    if (m_socket->isTransactionStarted()) {
        onDeadline();
        return;
    }
    m_socket->disconnectFromHost();
}

GuardedSslServer::GuardedSslServer(const HallLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
{}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (!socket) {
        return nullptr;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, &m_live);
    if (m_live > m_limits.maxConnections) {
        qCWarning(lcHall, "503 to %s: %d connections open",
                  qUtf8Printable(socket->peerAddress().toString()), m_live);
        // Queued: QHttpServer connects its own reader after this returns.
        QMetaObject::invokeMethod(
            guard,
            [guard] {
                guard->refuse(503, QStringLiteral("busy"),
                              QStringLiteral("The hall host has too many connections; try again."));
            },
            Qt::QueuedConnection);
    }
    return socket;
}

HallHttpServer::HallHttpServer(Handler handler, UpgradeFilter upgrades, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_upgrades(std::move(upgrades))
{}

QByteArray HallHttp::methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

bool HallHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (request.value(QByteArrayLiteral("upgrade")).toLower() == "websocket") {
        return request.method() == QHttpServerRequest::Method::Get && m_upgrades(path);
    }
    HallRequest r;
    r.method = HallHttp::methodName(request.method());
    r.path = path;
    r.query = request.query();
    r.authorization = request.value(QByteArrayLiteral("authorization"));
    r.contentType = request.value(QByteArrayLiteral("content-type"));
    r.staffSession = request.value(QByteArrayLiteral("x-staff-session"));
    r.body = request.body();
    r.peer = request.remoteAddress().toString();
    const HallResponse response = m_handler(r);
    const bool close = request.value(QByteArrayLiteral("connection")).toLower().contains("close");
    socket->write(HallHttp::response(response, close));
    if (close) {
        socket->disconnectFromHost();
    }
    return true;
}

void HallHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    socket->write(HallHttp::response(
        HallResponse::error(404, QStringLiteral("not-found"),
                            QStringLiteral("No WebSocket here (see docs/api.md).")),
        true));
}
