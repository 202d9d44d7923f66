#include "hallclient.h"

#include "hall/hostcertificate.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

struct HallClient::Private
{
    HallClient *q = nullptr;
    QUrl host;
    QByteArray pin; // lower-case hex SHA-256
    QByteArray token;
    QByteArray staffSession;
    Signer signer;
    QNetworkAccessManager nam;
    QWebSocket *socket = nullptr;
    QTimer reconnect;
    QTimer keepAlive;
    qint64 lastHeard = 0; // ms on `clock`
    QElapsedTimer clock;
    int keepAliveMs = 10000;
    bool wanted = false;
    bool open = false;
    bool everOpen = false;
    bool lost = false;
    int failures = 0;
    int initialBackoffMs = 500;
    int maxBackoffMs = 15000;
    int requestTimeoutMs = 10000;

    bool pinned(const QSslCertificate &peer) const
    {
        return !pin.isEmpty() && !peer.isNull()
               && peer.digest(QCryptographicHash::Sha256).toHex() == pin;
    }
    int backoff(int attempt) const
    {
        const qint64 base =
            std::min<qint64>(maxBackoffMs, qint64(initialBackoffMs) << std::min(attempt, 16));
        // +-20% so that twenty counters do not all knock at the same instant.
        return static_cast<int>(base * (80 + QRandomGenerator::global()->bounded(41)) / 100);
    }
    QNetworkRequest request(const QString &path) const
    {
        QUrl url = host;
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        url.setPath(path.left(question));
        if (question >= 0) {
            url.setQuery(path.mid(question + 1));
        }
        QNetworkRequest r(url);
        if (!token.isEmpty()) {
            r.setRawHeader(QByteArrayLiteral("Authorization"),
                           QByteArrayLiteral("Bearer ") + token);
        }
        if (!staffSession.isEmpty()) {
            r.setRawHeader(QByteArrayLiteral("X-Staff-Session"), staffSession);
        }
        r.setTransferTimeout(requestTimeoutMs);
        return r;
    }
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, Callback done,
              int attemptsLeft, int attempt);
    void openSocket();
    void onSocketClosed(const QString &reason);
};

HallClient::HallClient(const QUrl &host, const QString &fingerprint, const QByteArray &token,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->host = host;
    d->pin = HostCertificate::normalizeFingerprint(fingerprint);
    d->token = token;
    d->reconnect.setSingleShot(true);
    d->clock.start();
    // A host that vanishes without closing (cable, power) is noticed by its missing pongs.
    connect(&d->keepAlive, &QTimer::timeout, this, [this] {
        if (!d->socket || !d->open) {
            return;
        }
        if (d->clock.elapsed() - d->lastHeard > 2 * qint64(d->keepAliveMs)) {
            d->socket->abort();
            return;
        }
        d->socket->ping();
    });
    connect(&d->reconnect, &QTimer::timeout, this, [this] {
        d->openSocket();
    });
    // The pin replaces the usual chain check: the host's certificate is self-signed.
    connect(&d->nam, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                if (d->pinned(reply->sslConfiguration().peerCertificate())) {
                    reply->ignoreSslErrors(errors);
                }
            });
}

HallClient::~HallClient()
{
    d->wanted = false;
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
}

void HallClient::setBackoff(int initialMs, int maxMs)
{
    d->initialBackoffMs = std::max(1, initialMs);
    d->maxBackoffMs = std::max(d->initialBackoffMs, maxMs);
}

void HallClient::setKeepAlive(int ms)
{
    d->keepAliveMs = std::max(100, ms);
}

void HallClient::setRequestTimeout(int ms)
{
    d->requestTimeoutMs = ms;
}

bool HallClient::isConnected() const
{
    return d->open;
}

void HallClient::get(const QString &path, Callback done, int attempts)
{
    d->send("GET", path, {}, std::move(done), std::max(1, attempts), 0);
}

void HallClient::setStaffSession(const QByteArray &session)
{
    d->staffSession = session;
}

void HallClient::setSigner(Signer signer)
{
    d->signer = std::move(signer);
}

void HallClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    d->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done), 1,
            0);
}

HallClient::Reply HallClient::Reply::read(int status, const QByteArray &body,
                                          const QString &transportError)
{
    Reply result;
    result.status = status;
    result.body = body;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        result.json = doc.object();
    }
    if (result.status == 0) {
        result.error = transportError;
    } else if (!result.ok()) {
        result.error = result.json.value(QStringLiteral("message")).toString();
    }
    return result;
}

void HallClient::Private::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                               Callback done, int attemptsLeft, int attempt)
{
    QNetworkRequest r = request(path);
    if (signer) {
        for (const auto &[name, value] : signer(verb, path, body)) {
            r.setRawHeader(name, value);
        }
    }
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = nam.post(r, body);
    } else {
        reply = nam.get(r);
    }
    // Even a certificate that the system would trust must be the pinned one.
    QObject::connect(reply, &QNetworkReply::encrypted, q, [this, reply] {
        if (!pinned(reply->sslConfiguration().peerCertificate())) {
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, reply, verb, path, body, done, attemptsLeft, attempt] {
                         reply->deleteLater();
                         const Reply result = Reply::read(
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             reply->readAll(), reply->errorString());
                         if (result.status == 0 && attemptsLeft > 1) {
                             QTimer::singleShot(backoff(attempt), q, [=, this] {
                                 send(verb, path, body, done, attemptsLeft - 1, attempt + 1);
                             });
                             return;
                         }
                         if (done) {
                             done(result);
                         }
                     });
}

void HallClient::subscribe()
{
    d->wanted = true;
    if (!d->socket) {
        d->openSocket();
    }
}

void HallClient::unsubscribe()
{
    d->wanted = false;
    d->reconnect.stop();
    if (d->socket) {
        d->socket->close();
    }
}

void HallClient::Private::openSocket()
{
    if (!wanted) {
        return;
    }
    if (socket) {
        socket->disconnect(q);
        socket->abort();
        socket->deleteLater();
    }
    socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    QWebSocket *s = socket;
    QObject::connect(s, &QWebSocket::sslErrors, q, [this, s](const QList<QSslError> &errors) {
        if (pinned(s->sslConfiguration().peerCertificate())) {
            s->ignoreSslErrors(errors);
        }
    });
    QObject::connect(s, &QWebSocket::connected, q, [this, s] {
        if (!pinned(s->sslConfiguration().peerCertificate())) {
            s->abort();
            return;
        }
        open = true;
        failures = 0;
        lastHeard = clock.elapsed();
        keepAlive.start(keepAliveMs);
        if (!everOpen) {
            everOpen = true;
            Q_EMIT q->connected();
        } else if (lost) {
            Q_EMIT q->connectionRestored();
        }
        lost = false;
    });
    QObject::connect(s, &QWebSocket::pong, q, [this](quint64, const QByteArray &) {
        lastHeard = clock.elapsed();
    });
    QObject::connect(s, &QWebSocket::textMessageReceived, q, [this](const QString &text) {
        lastHeard = clock.elapsed();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject()) {
            Q_EMIT q->eventReceived(doc.object());
        }
    });
    // A refused connection never says "disconnected": the state change covers both.
    QObject::connect(s, &QWebSocket::stateChanged, q,
                     [this, s](QAbstractSocket::SocketState state) {
                         if (state != QAbstractSocket::UnconnectedState || s != socket) {
                             return;
                         }
                         QString reason = s->closeReason();
                         if (reason.isEmpty()) {
                             reason = s->errorString();
                         }
                         onSocketClosed(reason);
                     });
    QUrl url = host;
    url.setScheme(host.scheme() == QLatin1String("http") ? QStringLiteral("ws")
                                                         : QStringLiteral("wss"));
    url.setPath(QStringLiteral("/api/v1/events"));
    QNetworkRequest r(url);
    r.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    s->open(r);
}

void HallClient::Private::onSocketClosed(const QString &reason)
{
    open = false;
    keepAlive.stop();
    if (!wanted) {
        return;
    }
    if (!lost) {
        lost = true;
        Q_EMIT q->connectionLost(reason);
    }
    reconnect.start(backoff(failures++));
}
