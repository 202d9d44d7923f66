#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

class HqDatabase;

// One HTTP request as head office's API sees it (the transport has limited its size).
struct HqRequest
{
    QByteArray method;       // "GET", "POST", ...
    QByteArray pathAndQuery; // as signed: "/api/v1/updates?catalogue=3&calendar=0"
    QString path;            // decoded, without the query
    QUrlQuery query;
    QByteArray branch;    // X-CounterDesk-Branch
    QByteArray time;      // X-CounterDesk-Time
    QByteArray signature; // X-CounterDesk-Signature
    QByteArray body;
    QString peer; // the client's address, for the log
};

struct HqResponse
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    static HqResponse fromJson(int status, const QJsonObject &object);
    // {"error": code, "message": message}
    static HqResponse error(int status, const QString &code, const QString &message);
};

// Head office's API v1 (docs/sync.md), without any networking: routes, authenticates the
// branch's signature, and ingests batches or hands out published documents. HqServer carries
// requests to it over TLS; tests call it directly.
class HqApi
{
    Q_DECLARE_TR_FUNCTIONS(HqApi)
public:
    struct Limits
    {
        qsizetype maxBodyBytes = 4 * 1024 * 1024;
        int maxEvents = 500;
    };

    explicit HqApi(HqDatabase &db);
    HqApi(HqDatabase &db, const Limits &limits);

    HqResponse handle(const HqRequest &request);

    // "Now" for the clock skew in the log; tests may replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    // The registered, active branch whose key verifies the request's signature; empty (and
    // logged) when there is none.
    QString authenticate(const HqRequest &request);
    HqResponse postBatch(const HqRequest &request, const QString &branch);
    HqResponse getAck(const QString &branch);
    HqResponse getUpdates(const HqRequest &request);
    HqResponse unauthorized();

    HqDatabase &m_db;
    Limits m_limits;
    std::function<QDateTime()> m_clock;
};
