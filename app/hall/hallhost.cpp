#include "hallhost.h"

#include "auditstore.h"
#include "branch/branch.h"
#include "database.h"
#include "hall/hallapi.h"
#include "hall/halllog.h"
#include "hall/hallserver.h"
#include "hall/hostcertificate.h"
#include "queuestore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QWebSocket>

namespace
{
const QString kDeviceEvents = QStringLiteral("/api/v1/events");

// "/api/v1/t/{token}/events" -> token; empty for any other path.
QString customerToken(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 6 && parts.at(1) == QLatin1String("api")
        && parts.at(2) == QLatin1String("v1") && parts.at(3) == QLatin1String("t")
        && parts.at(5) == QLatin1String("events")) {
        return parts.at(4);
    }
    return {};
}

bool isPushPath(const QString &path)
{
    return path == kDeviceEvents || !customerToken(path).isEmpty();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

constexpr auto kUnauthorized = static_cast<QWebSocketProtocol::CloseCode>(4401);
constexpr auto kNotFound = static_cast<QWebSocketProtocol::CloseCode>(4404);
} // namespace

struct HallHost::Private
{
    struct Customer
    {
        QString token;
        QString last; // the last status sent, so only changes go out
    };

    Private(HallHost *host, Branch &b, const Options &o)
        : q(host)
        , branch(b)
        , options(o)
        , api(b)
    {}

    void onWebSocket();
    void drop(QWebSocket *socket);
    void scheduleBroadcast();
    void broadcast();
    void ping();

    HallHost *q;
    Branch &branch;
    Options options;
    HallApi api;
    HostCertificate certificate;
    QPointer<GuardedSslServer> tcp;
    QPointer<HallHttpServer> http;
    QList<QWebSocket *> devices;
    QHash<QWebSocket *, Customer> customers;
    QHash<QWebSocket *, qint64> lastHeard; // ms on `clock`
    QElapsedTimer clock;
    qint64 lastSeq = 0;
    bool broadcastQueued = false;
    QTimer poll;
    QTimer pinger;
};

HallHost::HallHost(Branch &branch, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, branch, options))
{
    d->clock.start();
    connect(&d->poll, &QTimer::timeout, this, [this] {
        try {
            if (AuditStore(d->branch.database()).highWater() > d->lastSeq) {
                d->broadcast(); // a change made by another process (CLI, a second host...)
            }
        } catch (const DbException &e) {
            qCWarning(lcHall, "poll: %s", qUtf8Printable(e.error().message));
        }
    });
    connect(&d->pinger, &QTimer::timeout, this, [this] {
        d->ping();
    });
}

HallHost::~HallHost()
{
    stop();
}

bool HallHost::start(QString *error)
{
    try {
        d->certificate = HostCertificate::ensure(d->branch, QStringLiteral("hall-host"));
        d->lastSeq = AuditStore(d->branch.database()).highWater();
    } catch (const std::exception &e) {
        if (error) {
            *error = QString::fromUtf8(e.what());
        }
        return false;
    }
    if (d->certificate.isNull()) {
        if (error) {
            *error = tr("The host's TLS certificate could not be read.");
        }
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(d->certificate.certificate);
    conf.setPrivateKey(d->certificate.privateKey);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves with tokens

    HallLimits limits;
    limits.maxBodyBytes = d->options.maxBodyBytes;
    limits.maxHeaderBytes = d->options.maxHeaderBytes;
    limits.requestTimeoutMs = d->options.requestTimeoutMs;
    limits.idleTimeoutMs = d->options.idleTimeoutMs;
    limits.maxConnections = d->options.maxConnections;
    auto *tcp = new GuardedSslServer(limits, this);
    tcp->setSslConfiguration(conf);
    tcp->setHandshakeTimeout(d->options.handshakeTimeoutMs);
    // Without these, TLS failures (a phone that rejects the certificate...) would be silent.
    connect(tcp, &QSslServer::errorOccurred, this, [](QSslSocket *s, QAbstractSocket::SocketError) {
        qCDebug(lcHall, "TLS connection from %s: %s", qUtf8Printable(s->peerAddress().toString()),
                qUtf8Printable(s->errorString()));
    });
    connect(
        tcp, &QSslServer::handshakeInterruptedOnError, this, [](QSslSocket *s, const QSslError &e) {
            qCInfo(lcHall, "TLS handshake with %s failed: %s",
                   qUtf8Printable(s->peerAddress().toString()), qUtf8Printable(e.errorString()));
        });
    if (!tcp->listen(d->options.address, d->options.port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(d->options.address.toString())
                         .arg(d->options.port)
                         .arg(tcp->errorString());
        }
        delete tcp;
        return false;
    }
    d->tcp = tcp;
    auto *http = new HallHttpServer(
        [this](const HallRequest &r) {
            HallResponse response = d->api.handle(r);
            if (response.queueChanged) {
                d->scheduleBroadcast();
            }
            return response;
        },
        isPushPath, this);
    http->bind(tcp);
    connect(http, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        d->onWebSocket();
    });
    d->http = http;
    d->poll.start(d->options.pollIntervalMs);
    d->pinger.start(d->options.pingIntervalMs);
    qCInfo(lcHall, "listening on %s port %u", qUtf8Printable(d->options.address.toString()),
           unsigned(tcp->serverPort()));
    return true;
}

void HallHost::stop()
{
    d->poll.stop();
    d->pinger.stop();
    const QList<QWebSocket *> sockets = d->devices + d->customers.keys();
    for (QWebSocket *s : sockets) {
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("host stopping"));
    }
    if (d->tcp) {
        d->tcp->close();
    }
}

quint16 HallHost::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QString HallHost::fingerprint() const
{
    return d->certificate.fingerprint;
}

int HallHost::pushClients() const
{
    return static_cast<int>(d->devices.size() + d->customers.size());
}

void HallHost::Private::onWebSocket()
{
    while (http && http->hasPendingWebSocketConnections()) {
        QWebSocket *s = http->nextPendingWebSocketConnection().release();
        if (!s) {
            break;
        }
        s->setParent(q);
        s->setMaxAllowedIncomingFrameSize(4096);
        s->setMaxAllowedIncomingMessageSize(4096);
        QObject::connect(s, &QWebSocket::disconnected, q, [this, s] {
            drop(s);
        });
        QObject::connect(s, &QWebSocket::pong, q, [this, s](quint64, const QByteArray &) {
            lastHeard[s] = clock.elapsed();
        });
        QObject::connect(s, &QWebSocket::textMessageReceived, q, [this, s](const QString &) {
            lastHeard[s] = clock.elapsed();
        });
        const QString peer = s->peerAddress().toString();
        const QString path = s->requestUrl().path();
        if (devices.size() + customers.size() >= options.maxPushClients) {
            s->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("busy"));
            continue;
        }
        if (path == kDeviceEvents) {
            if (api.throttledFor(peer) > 0) {
                s->close(kUnauthorized, QStringLiteral("too-many-requests"));
                continue;
            }
            const QString what = QStringLiteral("WebSocket events");
            const auto device =
                api.authenticate(s->request().rawHeader(QByteArrayLiteral("Authorization")),
                                 QUrlQuery(s->requestUrl()), peer, what);
            if (!device) {
                api.refused(peer, what, 401, QStringLiteral("unauthorized"));
                s->close(kUnauthorized, QStringLiteral("unauthorized"));
                continue;
            }
            devices.append(s);
            lastHeard[s] = clock.elapsed();
            s->sendTextMessage(
                compact({{QStringLiteral("type"), QStringLiteral("hello")},
                         {QStringLiteral("seq"), lastSeq},
                         {QStringLiteral("device"),
                          QJsonObject{{QStringLiteral("id"), device->id},
                                      {QStringLiteral("name"), device->name},
                                      {QStringLiteral("role"), Device::roleKey(device->role)}}}}));
            continue;
        }
        const QString token = customerToken(path);
        std::optional<QJsonObject> status;
        try {
            status = api.ticketStatus(token);
        } catch (const DbException &e) {
            qCWarning(lcHall, "status: %s", qUtf8Printable(e.error().message));
        }
        if (!status) {
            s->close(kNotFound, QStringLiteral("not-found"));
            continue;
        }
        status->insert(QStringLiteral("type"), QStringLiteral("status"));
        const QString text = compact(*status);
        customers.insert(s, {token, text});
        lastHeard[s] = clock.elapsed();
        s->sendTextMessage(text);
    }
}

void HallHost::Private::drop(QWebSocket *socket)
{
    devices.removeAll(socket);
    customers.remove(socket);
    lastHeard.remove(socket);
    socket->deleteLater();
}

void HallHost::Private::scheduleBroadcast()
{
    if (broadcastQueued) {
        return;
    }
    broadcastQueued = true;
    // After the answer has gone out: the counter that pressed the button hears first.
    QTimer::singleShot(0, q, [this] {
        broadcast();
    });
}

void HallHost::Private::broadcast()
{
    broadcastQueued = false;
    try {
        Database &db = branch.database();
        const std::vector<AuditRow> rows = AuditStore(db).after(lastSeq, 500);
        if (rows.empty()) {
            return;
        }
        lastSeq = rows.back().seq;
        if (rows.size() == 500) {
            scheduleBroadcast(); // more to come
        }
        QList<QJsonObject> events;
        for (const AuditRow &row : rows) {
            if (row.action.startsWith(QLatin1String("catalogue."))) {
                api.invalidateCatalogue();
            }
            // With nobody listening, nothing is looked up (the next call-next waits less).
            if (!HallApi::changesQueue(row.action) || (devices.isEmpty() && customers.isEmpty())) {
                continue;
            }
            if (auto event = api.auditEvent(row)) {
                events.append(*event);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        const QJsonObject waiting = api.waitingCounts();
        for (QJsonObject &event : events) {
            event.insert(QStringLiteral("waiting"), waiting);
            const QString text = compact(event);
            for (QWebSocket *s : std::as_const(devices)) {
                s->sendTextMessage(text);
            }
        }
        if (!customers.isEmpty()) {
            const auto positions = api.waitingPositions();
            TicketQueue queue(branch);
            for (auto it = customers.begin(); it != customers.end(); ++it) {
                const auto t = queue.byToken(it->token);
                QJsonObject status;
                if (t) {
                    status = api.ticketStatus(*t, positions);
                    status.insert(QStringLiteral("type"), QStringLiteral("status"));
                } else {
                    status = {{QStringLiteral("type"), QStringLiteral("expired")}};
                }
                const QString text = compact(status);
                if (text != it->last) {
                    it->last = text;
                    it.key()->sendTextMessage(text);
                }
            }
        }
        Q_EMIT q->pushed(static_cast<int>(devices.size()), static_cast<int>(customers.size()));
    } catch (const DbException &e) {
        qCWarning(lcHall, "push: %s", qUtf8Printable(e.error().message));
    }
}

void HallHost::Private::ping()
{
    const qint64 now = clock.elapsed();
    const QList<QWebSocket *> sockets = devices + customers.keys();
    for (QWebSocket *s : sockets) {
        if (now - lastHeard.value(s, now) > 3 * qint64(options.pingIntervalMs)) {
            qCInfo(lcHall, "dropping silent WebSocket from %s",
                   qUtf8Printable(s->peerAddress().toString()));
            s->abort();
            continue;
        }
        s->ping();
    }
}
