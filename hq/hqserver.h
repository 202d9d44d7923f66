#pragma once

#include "hall/hostcertificate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class HqApi;
class GuardedSslServer;
class QAbstractHttpServer;

// Head office's transport: HTTPS with its own certificate (HqCertificateFiles), the hall host's
// connection guard in front (body and header limits, timeouts, 413 before a byte of an oversized
// body is buffered), and every request handed to HqApi on this thread.
class HqServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::Any;
        quint16 port = 8444; // 0: any free port
        qsizetype maxBodyBytes = 4 * 1024 * 1024;
        int requestTimeoutMs = 120000; // 4 MiB over a slow branch line
        int idleTimeoutMs = 60000;
        int maxConnections = 1024;
    };

    HqServer(HqApi &api, const HostCertificate &certificate, const Options &options,
             QObject *parent = nullptr);
    ~HqServer() override;

    bool start(QString *error);
    void stop();
    quint16 port() const;

private:
    HqApi &m_api;
    HostCertificate m_certificate;
    Options m_options;
    QPointer<GuardedSslServer> m_tcp;
    QPointer<QAbstractHttpServer> m_http;
};
