#pragma once

#include "catalogue/localizedtext.h"
#include "core/ratelimiter.h"
#include "hall/devicedirectory.h"
#include "queue/ticketqueue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

class Branch;
struct AuditRow;

// One HTTP request as the hall API sees it (the transport has already limited its size).
struct HallRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, e.g. "/api/v1/windows/3/call-next"
    QUrlQuery query;
    QByteArray authorization;
    QByteArray staffSession; // X-Staff-Session: the clerk signed in at the counter
    QByteArray contentType;
    QByteArray body;
    QString peer; // the client's address, for the log
};

struct HallResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool queueChanged = false; // the host pushes the change to every device
    QString errorCode;         // the "error" member of an error's body

    static HallResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message}
    static HallResponse error(int status, const QString &code, const QString &message);
};

// The hall host's REST API v1 (docs/api.md), without any networking: it authenticates the
// device, checks its role and the request's JSON, and calls the queue. HallHost carries requests
// to it over TLS; tests may call it directly.
class HallApi
{
    Q_DECLARE_TR_FUNCTIONS(HallApi)
public:
    explicit HallApi(Branch &branch);

    HallResponse handle(const HallRequest &request);

    // The paired device holding the bearer token in an "Authorization: Bearer ..." value or
    // an access_token query item (browsers cannot set headers on a WebSocket). Failures are
    // logged (never the token).
    std::optional<Device> authenticate(const QByteArray &authorization, const QUrlQuery &query,
                                       const QString &peer, const QString &what);

    // A window's action (call-next, recall, no-show, transfer, finish, pause, open, ...) by
    // actor, with the request's JSON body (docs/api.md). The counter in this process calls it
    // directly; a paired counter through POST /api/v1/windows/{n}/{action}.
    HallResponse act(int window, const QString &action, const QJsonObject &body,
                     const QString &actor);

    // GET /api/v1/queue's body.
    QJsonObject queueSnapshot();
    // The customer's view of a ticket (GET /api/v1/t/{token}); nothing when unknown or expired.
    std::optional<QJsonObject> ticketStatus(const QString &token);
    // The same, with today's waiting positions computed once for many tickets (push).
    QJsonObject ticketStatus(const Ticket &ticket, const QHash<qint64, TicketQueue::Position> &at);
    QHash<qint64, TicketQueue::Position> waitingPositions();
    // Waiting tickets per service: {"CODE": n}.
    QJsonObject waitingCounts();
    // What a counter or the display needs to know about a ticket (no token, no personal data).
    QJsonObject ticketJson(const Ticket &ticket);

    // Audit actions that change what a counter, the display or a customer sees.
    static bool changesQueue(const QString &action);
    // The push event for an audited change (docs/api.md, "Push"), without "waiting"; nothing
    // when the change is none of the queue's business.
    std::optional<QJsonObject> auditEvent(const AuditRow &row);

    // Refused requests (401 and 403) are audited and counted per client address: after
    // FailureBurst of them an address is refused with 429 for a while (one more try every
    // FailureRefillMs), before its token or password is even looked at. Customers' public pages
    // are limited per address too. The host's own loopback address is never limited.
    static constexpr int FailureBurst = 10;
    static constexpr qint64 FailureRefillMs = 30'000;
    static constexpr int PublicBurst = 60;
    static constexpr qint64 PublicRefillMs = 500;
    // Milliseconds until peer may try again after refusals (0: now).
    qint64 throttledFor(const QString &peer);
    // Audits a refused request (what: method and path, never a token) and counts it against
    // the peer.
    void refused(const QString &peer, const QString &what, int status, const QString &reason);
    // The 429 answer for a peer that must wait.
    static HallResponse tooManyRequests(qint64 waitMs);

    // Service names come from the catalogue in force; forget them when it changes.
    void invalidateCatalogue() { m_names.clear(); }
    LocalizedText serviceName(const QString &code);

    static QString isoUtc(const QDateTime &t);

private:
    HallResponse dispatch(const HallRequest &request);
    qint64 nowMs() const { return m_clock.elapsed(); }
    HallResponse issueTicket(const HallRequest &request, const Device &device);
    // POST /api/v1/sessions: a clerk signs in at a paired counter.
    HallResponse signIn(const HallRequest &request);
    HallResponse windowAction(const HallRequest &request, const Device &device, int window,
                              const QString &action);
    HallResponse publicStatus(const QString &token);
    HallResponse statusPage(const QString &token);
    // A page of :/web, served as is (it reads its JSON itself); 404 when its subject is unknown.
    HallResponse page(const QString &resource, bool found);
    // GET /api/v1/b/{token}: a booking's own page (no pairing, the token is the key).
    std::optional<QJsonObject> bookingStatus(const QString &token);
    HallResponse publicBooking(const QString &token);
    // POST /api/v1/b/{token}/cancel: the customer cancels, up to the cut-off.
    HallResponse cancelBooking(const QString &token);
    // The customer books on the phone (no pairing): GET /book (:/web/book.html),
    // GET /api/v1/book/services, GET /api/v1/book/slots?service=&date=, POST /api/v1/book.
    HallResponse bookableServices();
    HallResponse bookableSlots(const HallRequest &request);
    HallResponse bookOnline(const HallRequest &request);
    // One more failure against peer (failed credentials, refused bookings); audits the moment
    // it becomes throttled.
    void countFailure(const QString &peer);
    // POST /api/v1/t/{token}/rating: the customer rates the served ticket (no pairing).
    HallResponse rateTicket(const HallRequest &request, const QString &token);
    HallResponse perform(int window, const QString &action, const QJsonObject &body,
                         const QString &actor);
    HallResponse queueResult(const TicketQueue::Result &result, int okStatus);

    Branch &m_branch;
    TicketQueue m_queue;
    QHash<QString, LocalizedText> m_names;
    QElapsedTimer m_clock;
    RateLimiter m_failures{FailureBurst, FailureRefillMs};
    RateLimiter m_public{PublicBurst, PublicRefillMs};
};
