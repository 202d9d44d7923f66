#include "hqserver.h"

#include "hall/hallapi.h"
#include "hall/hallserver.h"
#include "hqapi.h"
#include "hqlog.h"
#include "sync/requestsignature.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace
{
// One handler for every request: HqApi routes them itself (405 for a wrong method, JSON errors).
class HqHttpServer : public QAbstractHttpServer
{
public:
    HqHttpServer(HqApi &api, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_api(api)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QUrl url = request.url();
        HqRequest r;
        r.method = HallHttp::methodName(request.method());
        r.path = url.path();
        r.query = QUrlQuery(url);
        r.pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery()) {
            r.pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        r.branch = request.value(QByteArray(RequestSignature::BranchHeader).toLower());
        r.time = request.value(QByteArray(RequestSignature::TimeHeader).toLower());
        r.signature = request.value(QByteArray(RequestSignature::SignatureHeader).toLower());
        r.body = request.body();
        r.peer = request.remoteAddress().toString();
        const HqResponse response = m_api.handle(r);
        HallResponse out;
        out.status = response.status;
        out.contentType = "application/json";
        out.body = response.body;
        out.headers = response.headers;
        const bool close =
            request.value(QByteArrayLiteral("connection")).toLower().contains("close");
        socket->write(HallHttp::response(out, close));
        if (close) {
            socket->disconnectFromHost();
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        HallResponse out;
        out.status = 404;
        out.contentType = "application/json";
        out.body = R"({"error":"not-found","message":"No such resource."})";
        socket->write(HallHttp::response(out, true));
    }

private:
    HqApi &m_api;
};
} // namespace

HqServer::HqServer(HqApi &api, const HostCertificate &certificate, const Options &options,
                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_certificate(certificate)
    , m_options(options)
{}

HqServer::~HqServer()
{
    stop();
}

bool HqServer::start(QString *error)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_certificate.certificate);
    conf.setPrivateKey(m_certificate.privateKey);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // branches prove themselves by signatures

    HallLimits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.maxHeaderBytes = 16 * 1024;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.maxConnections = m_options.maxConnections;
    auto *tcp = new GuardedSslServer(limits, this);
    tcp->setSslConfiguration(conf);
    tcp->setHandshakeTimeout(10000);
    connect(
        tcp, &QSslServer::handshakeInterruptedOnError, this, [](QSslSocket *s, const QSslError &e) {
            qCInfo(lcHq, "TLS handshake with %s failed: %s",
                   qUtf8Printable(s->peerAddress().toString()), qUtf8Printable(e.errorString()));
        });
    connect(tcp, &QSslServer::errorOccurred, this, [](QSslSocket *s, QAbstractSocket::SocketError) {
        qCDebug(lcHq, "TLS connection from %s: %s", qUtf8Printable(s->peerAddress().toString()),
                qUtf8Printable(s->errorString()));
    });
    if (!tcp->listen(m_options.address, m_options.port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(m_options.address.toString(), QString::number(m_options.port),
                              tcp->errorString());
        }
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    auto *http = new HqHttpServer(m_api, this);
    http->bind(tcp);
    m_http = http;
    qCInfo(lcHq, "listening on %s port %u", qUtf8Printable(m_options.address.toString()),
           unsigned(tcp->serverPort()));
    return true;
}

void HqServer::stop()
{
    if (m_tcp) {
        m_tcp->close();
    }
}

quint16 HqServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}
