#include "hallapi.h"

#include "appointments/appointmentbook.h"
#include "appointments/appointmentsettings.h"
#include "auditstore.h"
#include "branch/branch.h"
#include "calendar/calendarupdate.h"
#include "calendar/workingcalendar.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueupdate.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "database.h"
#include "feedback/ratingbook.h"
#include "hall/halllog.h"
#include "hall/stafftokens.h"
#include "printing/qrcode.h"
#include "queue/hallwindows.h"
#include "queuestore.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "validation/mobilenumbervalidator.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

Q_LOGGING_CATEGORY(lcHall, "counterdesk.hall")

namespace
{
const QByteArray kJson = QByteArrayLiteral("application/json");

using Role = Device::Role;

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(HallApi::isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue windowOrNull(int window)
{
    return window > 0 ? QJsonValue(window) : QJsonValue(QJsonValue::Null);
}

// A ticket token: 22 base64url characters (TicketQueue::newToken).
bool looksLikeTicketToken(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    return re.match(token).hasMatch();
}

struct Route
{
    enum Kind {
        None,
        Tickets,
        Queue,
        Ping,
        Window,
        PublicStatus,
        StatusPage,
        Rating,
        Sessions,
        BookingPage,
        BookingStatus,
        BookingCancel,
        BookPage,
        BookServices,
        BookSlots,
        Book,
    };
    Kind kind = None;
    QByteArray method;
    QString arg;    // the window number or the ticket token
    QString action; // window actions
};

const QStringList kWindowActions{
    QStringLiteral("call-next"), QStringLiteral("call"),    QStringLiteral("resume"),
    QStringLiteral("recall"),    QStringLiteral("no-show"), QStringLiteral("park"),
    QStringLiteral("transfer"),  QStringLiteral("start"),   QStringLiteral("finish"),
    QStringLiteral("pause"),     QStringLiteral("open")};

Route match(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    // "/api/v1/x" splits into "", "api", "v1", "x".
    if (parts.size() == 3 && parts.at(1) == QLatin1String("t") && !parts.at(2).isEmpty()) {
        return {Route::StatusPage, "GET", parts.at(2), {}};
    }
    if (parts.size() == 3 && parts.at(1) == QLatin1String("b") && !parts.at(2).isEmpty()) {
        return {Route::BookingPage, "GET", parts.at(2), {}};
    }
    if (path == QLatin1String("/book")) {
        return {Route::BookPage, "GET", {}, {}};
    }
    if (parts.size() < 4 || !parts.at(0).isEmpty() || parts.at(1) != QLatin1String("api")
        || parts.at(2) != QLatin1String("v1")) {
        return {};
    }
    const QString first = parts.at(3);
    if (parts.size() == 4 && first == QLatin1String("tickets")) {
        return {Route::Tickets, "POST", {}, {}};
    }
    if (parts.size() == 4 && first == QLatin1String("queue")) {
        return {Route::Queue, "GET", {}, {}};
    }
    if (parts.size() == 4 && first == QLatin1String("sessions")) {
        return {Route::Sessions, "POST", {}, {}};
    }
    if (parts.size() == 4 && first == QLatin1String("ping")) {
        return {Route::Ping, "GET", {}, {}};
    }
    if (parts.size() == 5 && first == QLatin1String("t") && !parts.at(4).isEmpty()) {
        return {Route::PublicStatus, "GET", parts.at(4), {}};
    }
    if (parts.size() == 6 && first == QLatin1String("t") && !parts.at(4).isEmpty()
        && parts.at(5) == QLatin1String("rating")) {
        return {Route::Rating, "POST", parts.at(4), {}};
    }
    if (parts.size() == 5 && first == QLatin1String("b") && !parts.at(4).isEmpty()) {
        return {Route::BookingStatus, "GET", parts.at(4), {}};
    }
    if (parts.size() == 6 && first == QLatin1String("b") && !parts.at(4).isEmpty()
        && parts.at(5) == QLatin1String("cancel")) {
        return {Route::BookingCancel, "POST", parts.at(4), {}};
    }
    if (parts.size() == 4 && first == QLatin1String("book")) {
        return {Route::Book, "POST", {}, {}};
    }
    if (parts.size() == 5 && first == QLatin1String("book")
        && parts.at(4) == QLatin1String("services")) {
        return {Route::BookServices, "GET", {}, {}};
    }
    if (parts.size() == 5 && first == QLatin1String("book")
        && parts.at(4) == QLatin1String("slots")) {
        return {Route::BookSlots, "GET", {}, {}};
    }
    if (parts.size() == 6 && first == QLatin1String("windows")
        && kWindowActions.contains(parts.at(5))) {
        return {Route::Window, "POST", parts.at(4), parts.at(5)};
    }
    return {};
}

QList<Role> rolesFor(Route::Kind kind)
{
    switch (kind) {
    case Route::Tickets:
        return {Role::Kiosk, Role::Counter}; // the kiosk, and reception at a counter
    case Route::Window:
    case Route::Sessions:
        return {Role::Counter};
    case Route::Queue:
    case Route::Ping:
        return {Role::Counter, Role::Kiosk, Role::Display};
    default:
        return {};
    }
}

// Parses the body as a JSON object with only the allowed members. An empty body is an empty
// object unless one is required. Returns the refusal, if any.
std::optional<HallResponse> parseObject(const HallRequest &r, const QStringList &allowed,
                                        bool required, QJsonObject &out)
{
    if (r.body.trimmed().isEmpty()) {
        if (required) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       HallApi::tr("The request needs a JSON body."));
        }
        out = {};
        return std::nullopt;
    }
    const QByteArray type = r.contentType.split(';').value(0).trimmed().toLower();
    if (type != "application/json") {
        return HallResponse::error(415, QStringLiteral("unsupported-media-type"),
                                   HallApi::tr("Send the body as Content-Type: application/json."));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return HallResponse::error(400, QStringLiteral("bad-json"),
                                   HallApi::tr("The body is not a JSON object (%1 at byte %2).")
                                       .arg(error.error != QJsonParseError::NoError
                                                ? error.errorString()
                                                : QStringLiteral("not an object"))
                                       .arg(error.offset));
    }
    out = doc.object();
    for (auto it = out.constBegin(); it != out.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       HallApi::tr("Unknown member \"%1\" (allowed: %2).")
                                           .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

// A string member of at most maxLength characters; absent is empty.
std::optional<HallResponse> stringMember(const QJsonObject &o, const QString &key, bool required,
                                         int maxLength, QString &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       HallApi::tr("\"%1\" is missing.").arg(key));
        }
        out.clear();
        return std::nullopt;
    }
    if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > maxLength) {
        return HallResponse::error(
            400, QStringLiteral("bad-request"),
            HallApi::tr("\"%1\" must be a text of 1 to %2 characters.").arg(key).arg(maxLength));
    }
    out = v.toString().trimmed();
    return std::nullopt;
}
} // namespace

HallResponse HallResponse::json(int status, const QJsonObject &object)
{
    HallResponse r;
    r.status = status;
    r.contentType = kJson;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HallResponse HallResponse::error(int status, const QString &code, const QString &message)
{
    HallResponse r =
        json(status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
    r.errorCode = code;
    return r;
}

HallApi::HallApi(Branch &branch)
    : m_branch(branch)
    , m_queue(branch)
{
    m_clock.start();
}

namespace
{
// The host itself (a counter on the same PC, the tests, the benchmarks) is never limited.
bool isLoopback(const QString &peer)
{
    return peer.isEmpty() || QHostAddress(peer).isLoopback();
}
} // namespace

qint64 HallApi::throttledFor(const QString &peer)
{
    return isLoopback(peer) ? 0 : m_failures.waitFor(peer, nowMs());
}

HallResponse HallApi::tooManyRequests(qint64 waitMs)
{
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    HallResponse r =
        HallResponse::error(429, QStringLiteral("too-many-requests"),
                            tr("Too many requests from this device: try again in %n second(s).",
                               nullptr, static_cast<int>(seconds)));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return r;
}

void HallApi::refused(const QString &peer, const QString &what, int status, const QString &reason)
{
    // Only failed credentials count towards the limit (a wrong device token, staff sign-in or
    // password), not an act a signed-in clerk may not do.
    const bool credentials = status == 401 || reason == QLatin1String("sign-in-refused");
    try {
        // A failed sign-in is audited by StaffDirectory already, with the login it tried.
        if (reason != QLatin1String("sign-in-refused")) {
            m_branch.record({QStringLiteral("hall"),
                             QStringLiteral("hall.request.refused"),
                             QStringLiteral("peer:") + peer,
                             {{QStringLiteral("status"), status},
                              {QStringLiteral("request"), what},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("peer"), peer}}});
        }
    } catch (const DbException &e) {
        qCCritical(lcHall, "cannot audit a refused request from %s: %s", qUtf8Printable(peer),
                   qUtf8Printable(e.error().message));
    }
    if (credentials) {
        countFailure(peer);
    }
}

void HallApi::countFailure(const QString &peer)
{
    if (isLoopback(peer)) {
        return;
    }
    m_failures.take(peer, nowMs());
    if (const qint64 wait = m_failures.waitFor(peer, nowMs())) {
        qCWarning(lcHall, "%s refused %d times: throttled for %lld ms", qUtf8Printable(peer),
                  FailureBurst, static_cast<long long>(wait));
        try {
            m_branch.record({QStringLiteral("hall"),
                             QStringLiteral("hall.request.throttled"),
                             QStringLiteral("peer:") + peer,
                             {{QStringLiteral("peer"), peer},
                              {QStringLiteral("seconds"), (wait + 999) / 1000}}});
        } catch (const DbException &e) {
            qCCritical(lcHall, "cannot audit a throttled address %s: %s", qUtf8Printable(peer),
                       qUtf8Printable(e.error().message));
        }
    }
}

QString HallApi::isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<Device> HallApi::authenticate(const QByteArray &authorization, const QUrlQuery &query,
                                            const QString &peer, const QString &what)
{
    QByteArray token;
    if (authorization.startsWith("Bearer ")) {
        token = authorization.mid(7).trimmed();
    } else if (query.hasQueryItem(QStringLiteral("access_token"))) {
        token = query.queryItemValue(QStringLiteral("access_token")).toLatin1();
    }
    if (token.isEmpty()) {
        qCWarning(lcHall, "401 %s from %s: no bearer token", qUtf8Printable(what),
                  qUtf8Printable(peer));
        return std::nullopt;
    }
    auto device = DeviceDirectory(m_branch).authenticate(token);
    if (!device) {
        qCWarning(lcHall, "401 %s from %s: unknown or revoked token", qUtf8Printable(what),
                  qUtf8Printable(peer));
    }
    return device;
}

HallResponse HallApi::handle(const HallRequest &request)
{
    const Route route = match(request.path);
    const bool isPublic = route.kind == Route::PublicStatus || route.kind == Route::StatusPage
                          || route.kind == Route::Rating || route.kind == Route::BookingPage
                          || route.kind == Route::BookingStatus
                          || route.kind == Route::BookingCancel || route.kind == Route::BookPage
                          || route.kind == Route::BookServices || route.kind == Route::BookSlots
                          || route.kind == Route::Book;
    if (isPublic && !isLoopback(request.peer)) {
        if (const qint64 wait = m_public.take(request.peer, nowMs())) {
            qCWarning(lcHall, "429 customer page from %s", qUtf8Printable(request.peer));
            return tooManyRequests(wait);
        }
        // Booking also answers for a phone number (is it blocked?): an address whose bookings
        // keep being refused waits like one that keeps failing to sign in.
        if (route.kind == Route::Book) {
            if (const qint64 wait = throttledFor(request.peer)) {
                qCWarning(lcHall, "429 booking from %s", qUtf8Printable(request.peer));
                return tooManyRequests(wait);
            }
        }
    } else if (route.kind != Route::None) {
        if (const qint64 wait = throttledFor(request.peer)) {
            qCWarning(lcHall, "429 %s from %s", qUtf8Printable(request.path),
                      qUtf8Printable(request.peer));
            return tooManyRequests(wait);
        }
    }
    HallResponse response = dispatch(request);
    if ((response.status == 401 || response.status == 403) && !isPublic) {
        // These paths carry no token, so the path may be audited.
        refused(request.peer, QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path,
                response.status, response.errorCode);
    }
    if (route.kind == Route::Book && request.method == route.method && response.status >= 400
        && response.status < 500) {
        // Audited with the reason only (never the name or phone), and counted.
        refused(request.peer, QStringLiteral("POST /api/v1/book"), response.status,
                response.errorCode);
        countFailure(request.peer);
    }
    return response;
}

HallResponse HallApi::dispatch(const HallRequest &request)
{
    const Route route = match(request.path);
    if (route.kind == Route::None) {
        return HallResponse::error(
            404, QStringLiteral("not-found"),
            tr("There is no such address in the hall API (see docs/api.md)."));
    }
    if (request.method != route.method) {
        HallResponse r = HallResponse::error(
            405, QStringLiteral("method-not-allowed"),
            tr("Use %1 for this address.").arg(QString::fromLatin1(route.method)));
        r.headers.append({QByteArrayLiteral("Allow"), route.method});
        return r;
    }
    try {
        if (route.kind == Route::PublicStatus) {
            return publicStatus(route.arg);
        }
        if (route.kind == Route::StatusPage) {
            return statusPage(route.arg);
        }
        if (route.kind == Route::Rating) {
            return rateTicket(request, route.arg); // the token is the key: no pairing
        }
        if (route.kind == Route::BookingPage) {
            return page(QStringLiteral(":/web/booking.html"), bookingStatus(route.arg).has_value());
        }
        if (route.kind == Route::BookingStatus) {
            return publicBooking(route.arg);
        }
        if (route.kind == Route::BookingCancel) {
            return cancelBooking(route.arg);
        }
        if (route.kind == Route::BookPage) {
            return page(QStringLiteral(":/web/book.html"), true);
        }
        if (route.kind == Route::BookServices) {
            return bookableServices();
        }
        if (route.kind == Route::BookSlots) {
            return bookableSlots(request);
        }
        if (route.kind == Route::Book) {
            return bookOnline(request);
        }
        // Logged by path only: these paths carry no token.
        const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        const auto device = authenticate(request.authorization, {}, request.peer, what);
        if (!device) {
            HallResponse r = HallResponse::error(
                401, QStringLiteral("unauthorized"),
                tr("This device is not paired with the hall host, or its pairing was revoked."));
            r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Bearer realm=\"counterdesk\"")});
            return r;
        }
        if (!rolesFor(route.kind).contains(device->role)) {
            qCWarning(lcHall, "403 %s from %s: device %lld (%s) is a %s", qUtf8Printable(what),
                      qUtf8Printable(request.peer), static_cast<long long>(device->id),
                      qUtf8Printable(device->name), qUtf8Printable(Device::roleKey(device->role)));
            return HallResponse::error(
                403, QStringLiteral("forbidden"),
                tr("A %1 device may not do this.").arg(Device::roleKey(device->role)));
        }
        switch (route.kind) {
        case Route::Tickets:
            return issueTicket(request, *device);
        case Route::Sessions:
            return signIn(request);
        case Route::Queue:
            return HallResponse::json(200, queueSnapshot());
        case Route::Ping:
            return HallResponse::json(
                200, {{QStringLiteral("device"),
                       QJsonObject{{QStringLiteral("id"), device->id},
                                   {QStringLiteral("name"), device->name},
                                   {QStringLiteral("role"), Device::roleKey(device->role)}}},
                      {QStringLiteral("branch"), m_branch.info().code},
                      {QStringLiteral("serverTime"), isoUtc(Clock::nowUtc())}});
        case Route::Window: {
            bool ok = false;
            const int window = route.arg.toInt(&ok);
            if (!ok || window < 1 || window > 999) {
                return HallResponse::error(400, QStringLiteral("bad-request"),
                                           tr("A window is a number from 1 to 999."));
            }
            return windowAction(request, *device, window, route.action);
        }
        default:
            break;
        }
    } catch (const DbException &e) {
        qCCritical(lcHall, "500 %s: %s", qUtf8Printable(request.path),
                   qUtf8Printable(e.error().message));
        return HallResponse::error(500, QStringLiteral("database"), e.error().message);
    }
    return HallResponse::error(404, QStringLiteral("not-found"), {});
}

HallResponse HallApi::issueTicket(const HallRequest &request, const Device &device)
{
    QJsonObject body;
    if (auto refusal = parseObject(request, {QStringLiteral("service"), QStringLiteral("group")},
                                   true, body)) {
        return *refusal;
    }
    TicketQueue::IssueRequest issue;
    if (auto refusal = stringMember(body, QStringLiteral("service"), true, 64, issue.serviceCode)) {
        return *refusal;
    }
    QString group;
    if (auto refusal = stringMember(body, QStringLiteral("group"), false, 16, group)) {
        return *refusal;
    }
    if (!group.isEmpty()) {
        const auto g = Ticket::groupFromKey(group);
        if (!g) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       tr("\"group\" must be one of: %1.")
                                           .arg(Ticket::groupKeys().join(QStringLiteral(", "))));
        }
        issue.group = *g;
    }
    const TicketQueue::Result r = m_queue.issue(issue, device.actor());
    if (!r.ok()) {
        return HallResponse::error(409, QStringLiteral("refused"), r.message);
    }
    const Ticket &t = r.ticket;
    QJsonObject o = ticketJson(t);
    o.insert(QStringLiteral("token"), t.token);
    o.insert(QStringLiteral("statusUrl"), m_queue.settings().statusUrl(t.token));
    o.insert(QStringLiteral("peopleAhead"), r.peopleAhead);
    o.insert(QStringLiteral("estimatedWaitSeconds"),
             m_queue.estimatedWaitSeconds(t.serviceCode, r.peopleAhead));
    o.insert(QStringLiteral("message"), r.message);
    HallResponse response = HallResponse::json(201, o);
    response.headers.append(
        {QByteArrayLiteral("Location"), QByteArrayLiteral("/api/v1/t/") + t.token.toLatin1()});
    response.queueChanged = true;
    return response;
}

HallResponse HallApi::windowAction(const HallRequest &request, const Device &device, int window,
                                   const QString &action)
{
    QStringList allowed;
    if (action == QLatin1String("call") || action == QLatin1String("resume")) {
        allowed = {QStringLiteral("number")};
    } else if (action == QLatin1String("pause")) {
        allowed = {QStringLiteral("reason")};
    } else if (action == QLatin1String("transfer")) {
        allowed = {QStringLiteral("service"), QStringLiteral("window")};
    }
    QJsonObject body;
    if (auto refusal = parseObject(request, allowed, !allowed.isEmpty(), body)) {
        return *refusal;
    }
    // The clerk signed in at the counter acts; a counter without a sign-in acts as the device.
    QString actor = device.actor();
    if (!request.staffSession.isEmpty()) {
        const auto session = StaffTokens(m_branch).verify(request.staffSession, Clock::nowUtc());
        if (!session) {
            qCWarning(lcHall, "401 %s from %s: staff sign-in not valid (device %lld)",
                      qUtf8Printable(request.path), qUtf8Printable(request.peer),
                      static_cast<long long>(device.id));
            return HallResponse::error(401, QStringLiteral("staff-session"),
                                       tr("Your sign-in has expired: sign in again."));
        }
        if (session->window != window) {
            return HallResponse::error(
                403, QStringLiteral("forbidden"),
                tr("You signed in at window %1, not %2.").arg(session->window).arg(window));
        }
        actor = session->login;
    }
    return act(window, action, body, actor);
}

HallResponse HallApi::act(int window, const QString &action, const QJsonObject &body,
                          const QString &actor)
{
    try {
        return perform(window, action, body, actor);
    } catch (const PermissionDenied &e) {
        // The day's log is signed, or the person may not do this.
        return HallResponse::error(403, QStringLiteral("forbidden"), e.message());
    } catch (const DbException &e) {
        qCCritical(lcHall, "500 window %d %s: %s", window, qUtf8Printable(action),
                   qUtf8Printable(e.error().message));
        return HallResponse::error(500, QStringLiteral("database"), e.error().message);
    }
}

HallResponse HallApi::perform(int window, const QString &action, const QJsonObject &body,
                              const QString &actor)
{
    if (action == QLatin1String("pause") || action == QLatin1String("open")) {
        QString reason;
        if (auto refusal = stringMember(body, QStringLiteral("reason"),
                                        action == QLatin1String("pause"), 200, reason)) {
            return *refusal;
        }
        const bool open = action == QLatin1String("open");
        const QString problem = HallWindows(m_branch).setOpen(window, open, actor);
        if (!problem.isEmpty()) {
            return HallResponse::error(409, QStringLiteral("refused"), problem);
        }
        if (!open) {
            m_branch.record({actor, QStringLiteral("window.pause"),
                             QStringLiteral("window:%1").arg(window),
                             QJsonObject{{QStringLiteral("reason"), reason}}});
        }
        HallResponse response =
            HallResponse::json(200, {{QStringLiteral("window"), window},
                                     {QStringLiteral("open"), open},
                                     {QStringLiteral("message"),
                                      open ? tr("Window %1 is open.").arg(window)
                                           : tr("Window %1 paused: %2").arg(window).arg(reason)}});
        response.queueChanged = true;
        return response;
    }
    TicketQueue::Result r;
    if (action == QLatin1String("call-next")) {
        r = m_queue.callNext(window, actor);
        if (r.status == TicketQueue::Status::Empty) {
            HallResponse none;
            none.status = 204; // nobody is waiting for this window
            return none;
        }
    } else if (action == QLatin1String("call") || action == QLatin1String("resume")) {
        QString number;
        if (auto refusal = stringMember(body, QStringLiteral("number"), true, 16, number)) {
            return *refusal;
        }
        r = action == QLatin1String("call") ? m_queue.callTicket(window, number, actor)
                                            : m_queue.resume(window, number, actor);
    } else if (action == QLatin1String("recall")) {
        r = m_queue.recall(window, actor);
    } else if (action == QLatin1String("no-show")) {
        r = m_queue.noShow(window, actor);
    } else if (action == QLatin1String("park")) {
        r = m_queue.park(window, actor);
    } else if (action == QLatin1String("start")) {
        r = m_queue.startServing(window, actor);
    } else if (action == QLatin1String("finish")) {
        r = m_queue.finish(window, actor);
    } else { // transfer
        QString service;
        if (auto refusal = stringMember(body, QStringLiteral("service"), false, 64, service)) {
            return *refusal;
        }
        const QJsonValue to = body.value(QStringLiteral("window"));
        int toWindow = 0;
        if (!to.isUndefined() && !to.isNull()) {
            if (!to.isDouble() || to.toDouble() != to.toInt() || to.toInt() < 1
                || to.toInt() > 999) {
                return HallResponse::error(400, QStringLiteral("bad-request"),
                                           tr("A window is a number from 1 to 999."));
            }
            toWindow = to.toInt();
        }
        r = m_queue.transfer(window, service, toWindow, actor);
    }
    return queueResult(r, 200);
}

HallResponse HallApi::signIn(const HallRequest &request)
{
    QJsonObject body;
    if (auto refusal = parseObject(
            request,
            {QStringLiteral("login"), QStringLiteral("password"), QStringLiteral("window")}, true,
            body)) {
        return *refusal;
    }
    QString login;
    QString password;
    if (auto refusal = stringMember(body, QStringLiteral("login"), true, 64, login)) {
        return *refusal;
    }
    if (auto refusal = stringMember(body, QStringLiteral("password"), true, 256, password)) {
        return *refusal;
    }
    const QJsonValue w = body.value(QStringLiteral("window"));
    if (!w.isDouble() || w.toDouble() != w.toInt() || w.toInt() < 1 || w.toInt() > 999) {
        return HallResponse::error(400, QStringLiteral("bad-request"),
                                   tr("A window is a number from 1 to 999."));
    }
    // The password as typed (not trimmed): read it again from the body.
    password = body.value(QStringLiteral("password")).toString();
    const StaffDirectory::SignIn result =
        StaffDirectory(m_branch).signIn(login, password, w.toInt());
    if (!result.session) {
        qCWarning(lcHall, "403 sign-in from %s refused", qUtf8Printable(request.peer));
        return HallResponse::error(403, QStringLiteral("sign-in-refused"), result.error);
    }
    const Session &s = *result.session;
    return HallResponse::json(
        200, {{QStringLiteral("session"),
               QString::fromLatin1(StaffTokens(m_branch).issue(s, Clock::nowUtc()))},
              {QStringLiteral("staffId"), s.staffId},
              {QStringLiteral("login"), s.login},
              {QStringLiteral("displayName"), s.displayName},
              {QStringLiteral("role"), s.role},
              {QStringLiteral("window"), s.window},
              {QStringLiteral("branch"), m_branch.info().code}});
}

HallResponse HallApi::queueResult(const TicketQueue::Result &result, int okStatus)
{
    if (!result.ok()) {
        return HallResponse::error(409, QStringLiteral("refused"), result.message);
    }
    QJsonObject o = ticketJson(result.ticket);
    o.insert(QStringLiteral("message"), result.message);
    HallResponse response = HallResponse::json(okStatus, o);
    response.queueChanged = true;
    return response;
}

LocalizedText HallApi::serviceName(const QString &code)
{
    if (m_names.isEmpty()) {
        // The catalogue in force has every language; the service table at least zh_CN.
        for (const ServiceRow &row : CatalogueStore(m_branch.database()).services()) {
            m_names.insert(row.code, LocalizedText{row.nameZhCn, {}, {}});
        }
        if (const auto catalogue = CatalogueUpdate::current(m_branch)) {
            for (auto it = m_names.begin(); it != m_names.end(); ++it) {
                if (const Service *s = catalogue->service(it.key())) {
                    it.value() = s->name;
                }
            }
        }
    }
    const LocalizedText name = m_names.value(code);
    return name.isEmpty() ? LocalizedText{code, {}, {}} : name;
}

QJsonObject HallApi::ticketJson(const Ticket &t)
{
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("service"), t.serviceCode},
            {QStringLiteral("serviceName"), serviceName(t.serviceCode).zhCN},
            {QStringLiteral("state"), Ticket::stateKey(t.state)},
            {QStringLiteral("window"), windowOrNull(t.window)},
            {QStringLiteral("targetWindow"), windowOrNull(t.targetWindow)},
            {QStringLiteral("group"), Ticket::groupKey(t.group)},
            {QStringLiteral("kind"), Ticket::kindKey(t.kind)},
            {QStringLiteral("calls"), t.callCount},
            {QStringLiteral("issuedAt"), timeOrNull(t.issuedUtc)},
            {QStringLiteral("calledAt"), timeOrNull(t.lastCalledUtc)}};
}

QJsonObject HallApi::waitingCounts()
{
    QJsonObject counts;
    const QMap<QString, int> perService =
        QueueStore(m_branch.database()).waitingCounts(m_queue.today().toString(Qt::ISODate));
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    return counts;
}

QJsonObject HallApi::queueSnapshot()
{
    const QDateTime now = Clock::nowUtc();
    QJsonArray waiting;
    QMap<QString, int> perService;
    for (const TicketQueue::Position &p : m_queue.waiting()) {
        QJsonObject o = ticketJson(p.ticket);
        o.insert(QStringLiteral("peopleAhead"), p.peopleAhead);
        o.insert(QStringLiteral("waitedSeconds"), p.waitedSeconds);
        o.insert(QStringLiteral("estimatedWaitSeconds"), p.estimatedWaitSeconds);
        waiting.append(o);
        perService[p.ticket.serviceCode] += 1;
    }
    QJsonArray windows;
    AuditStore audit(m_branch.database());
    for (const WindowRow &w : HallWindows(m_branch).all()) {
        const auto current = m_queue.current(w.number);
        // Closed, or paused with a reason (window.pause follows window.close), since when.
        QJsonValue pausedReason = QJsonValue::Null;
        QJsonValue closedAt = QJsonValue::Null;
        if (!w.open) {
            if (const auto last = audit.latestFor(QStringLiteral("window:%1").arg(w.number))) {
                closedAt = last->atUtc;
                if (last->action == QLatin1String("window.pause")) {
                    pausedReason = QJsonDocument::fromJson(last->payload.toUtf8())
                                       .object()
                                       .value(QStringLiteral("reason"));
                }
            }
        }
        windows.append(
            QJsonObject{{QStringLiteral("pausedReason"), pausedReason},
                        {QStringLiteral("closedAt"), closedAt},
                        {QStringLiteral("number"), w.number},
                        {QStringLiteral("name"), w.name},
                        {QStringLiteral("open"), w.open},
                        {QStringLiteral("services"), QJsonArray::fromStringList(w.services)},
                        {QStringLiteral("current"), current ? QJsonValue(ticketJson(*current))
                                                            : QJsonValue(QJsonValue::Null)}});
        for (const QString &s : w.services) {
            perService.insert(s, perService.value(s)); // listed even when nobody waits
        }
    }
    QJsonArray services;
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        services.append(QJsonObject{{QStringLiteral("code"), it.key()},
                                    {QStringLiteral("name"), serviceName(it.key()).toJson()},
                                    {QStringLiteral("waiting"), it.value()}});
    }
    return {{QStringLiteral("businessDay"), m_queue.today().toString(Qt::ISODate)},
            {QStringLiteral("at"), isoUtc(now)},
            {QStringLiteral("seq"), AuditStore(m_branch.database()).highWater()},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("services"), services},
            {QStringLiteral("notice"), m_queue.settings().notice}};
}

bool HallApi::changesQueue(const QString &action)
{
    return (action.startsWith(QLatin1String("ticket."))
            && action != QLatin1String("ticket.reprint"))
           || action.startsWith(QLatin1String("queue."))
           || action.startsWith(QLatin1String("window."))
           || action.startsWith(QLatin1String("catalogue."))
           || action == QLatin1String("setting.change");
}

std::optional<QJsonObject> HallApi::auditEvent(const AuditRow &row)
{
    if (row.action.startsWith(QLatin1String("catalogue."))) {
        invalidateCatalogue();
    }
    if (!changesQueue(row.action)) {
        return std::nullopt;
    }
    QJsonObject event{{QStringLiteral("type"), row.action},
                      {QStringLiteral("seq"), row.seq},
                      {QStringLiteral("at"), row.atUtc}};
    if (row.subject.startsWith(QLatin1String("ticket:"))) {
        if (const auto t =
                QueueStore(m_branch.database()).ticket(row.subject.mid(7).toLongLong())) {
            event.insert(QStringLiteral("ticket"), ticketJson(Ticket::fromRow(*t)));
        }
    }
    return event;
}

QHash<qint64, TicketQueue::Position> HallApi::waitingPositions()
{
    QHash<qint64, TicketQueue::Position> at;
    for (const TicketQueue::Position &p : m_queue.waiting()) {
        at.insert(p.ticket.id, p);
    }
    return at;
}

QJsonObject HallApi::ticketStatus(const Ticket &t, const QHash<qint64, TicketQueue::Position> &at)
{
    const auto p = at.constFind(t.id);
    const bool waiting = p != at.constEnd();
    // Only what the customer's page shows: no token, no personal data, no staff.
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("service"), t.serviceCode},
            {QStringLiteral("serviceName"), serviceName(t.serviceCode).toJson()},
            {QStringLiteral("state"), Ticket::stateKey(t.state)},
            {QStringLiteral("peopleAhead"),
             waiting ? QJsonValue(p->peopleAhead) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("estimatedWaitSeconds"), waiting && p->estimatedWaitSeconds >= 0
                                                         ? QJsonValue(p->estimatedWaitSeconds)
                                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("window"),
             t.state == Ticket::State::Called || t.state == Ticket::State::Serving
                 ? windowOrNull(t.window)
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("calledAt"), timeOrNull(t.lastCalledUtc)},
            {QStringLiteral("issuedAt"), timeOrNull(t.issuedUtc)},
            {QStringLiteral("businessDay"), t.businessDay.toString(Qt::ISODate)}};
}

std::optional<QJsonObject> HallApi::ticketStatus(const QString &token)
{
    if (!looksLikeTicketToken(token)) {
        return std::nullopt;
    }
    const auto t = m_queue.byToken(token);
    if (!t) {
        return std::nullopt;
    }
    QHash<qint64, TicketQueue::Position> at;
    if (t->state == Ticket::State::Waiting) {
        at = waitingPositions();
    }
    return ticketStatus(*t, at);
}

HallResponse HallApi::publicStatus(const QString &token)
{
    const auto status = ticketStatus(token);
    if (!status) {
        return HallResponse::error(
            404, QStringLiteral("not-found"),
            tr("We cannot find this ticket. A ticket is valid on the day it was taken; if you "
               "still need service, please take a new number at the kiosk."));
    }
    HallResponse r = HallResponse::json(200, *status);
    r.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    return r;
}

HallResponse HallApi::statusPage(const QString &token)
{
    // The page asks /api/v1/t/{token} itself and says kindly when a ticket has expired.
    return page(QStringLiteral(":/web/ticket.html"), ticketStatus(token).has_value());
}

HallResponse HallApi::page(const QString &resource, bool found)
{
    QFile f(resource);
    HallResponse r;
    r.status = found ? 200 : 404;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    r.headers = {{QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
                 {QByteArrayLiteral("Content-Security-Policy"),
                  QByteArrayLiteral("default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                    "connect-src 'self'; frame-ancestors 'none'")}};
    return r;
}

std::optional<QJsonObject> HallApi::bookingStatus(const QString &token)
{
    if (!looksLikeTicketToken(token)) {
        return std::nullopt;
    }
    AppointmentBook book(m_branch);
    const std::optional<Booking> b = book.byToken(token);
    if (!b) {
        return std::nullopt;
    }
    const QTimeZone zone = m_branch.timeZone();
    const QDateTime slot = b->slotUtc.toTimeZone(zone);
    const AppointmentSettings settings = AppointmentSettings::read(m_branch);
    const int cutoff = book.rules(b->serviceCode).value_or(SlotRules{}).cutoffMinutes;
    const QDateTime cutOff = b->slotUtc.addSecs(-qint64(cutoff) * 60);
    const bool cancellable = b->state == Booking::State::Booked && Clock::nowUtc() <= cutOff;
    const QString hhmm = QStringLiteral("HH:mm");
    // The code as a QR code for the scanner at the kiosk: the modules as one SVG path.
    const QrCode qr = QrCode::encode(b->code);
    QString path;
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x) {
            if (qr.module(x, y)) {
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + 4).arg(y + 4);
            }
        }
    }
    // What the booking's own page shows: the name and phone masked, no token.
    return QJsonObject{
        {QStringLiteral("code"), b->code},
        {QStringLiteral("service"), b->serviceCode},
        {QStringLiteral("serviceName"), serviceName(b->serviceCode).toJson()},
        {QStringLiteral("branch"), m_branch.info().name},
        {QStringLiteral("date"), slot.date().toString(Qt::ISODate)},
        {QStringLiteral("time"), slot.time().toString(hhmm)},
        {QStringLiteral("name"), b->maskedName()},
        {QStringLiteral("phone"), b->maskedPhone()},
        {QStringLiteral("state"), Booking::stateKey(b->state)},
        {QStringLiteral("ticket"),
         b->ticketNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(b->ticketNumber)},
        {QStringLiteral("checkInFrom"),
         slot.addSecs(-qint64(settings.checkInBeforeMinutes) * 60).time().toString(hhmm)},
        {QStringLiteral("checkInTo"),
         slot.addSecs(qint64(settings.checkInAfterMinutes) * 60).time().toString(hhmm)},
        {QStringLiteral("cancellableUntil"),
         cancellable
             ? QJsonValue(cutOff.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("qrSize"), qr.size() + 8},
        {QStringLiteral("qrPath"), path}};
}

HallResponse HallApi::publicBooking(const QString &token)
{
    const auto status = bookingStatus(token);
    if (!status) {
        return HallResponse::error(404, QStringLiteral("not-found"),
                                   tr("We cannot find this booking. Please check the link in "
                                      "your message, or ask at the hall."));
    }
    HallResponse r = HallResponse::json(200, *status);
    r.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    return r;
}

HallResponse HallApi::cancelBooking(const QString &token)
{
    if (!bookingStatus(token)) {
        return publicBooking(token);
    }
    AppointmentBook book(m_branch);
    const AppointmentBook::Result r =
        book.cancel(book.byToken(token)->code, QStringLiteral("customer"));
    if (!r.ok()) {
        return HallResponse::error(409, QStringLiteral("refused"), r.message);
    }
    return publicBooking(token);
}

namespace
{
const QString kHhmm = QStringLiteral("HH:mm");

// A day as the booking API writes it: exactly YYYY-MM-DD, a real date.
QDate isoDay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// A slot's start as the booking API writes it: exactly HH:mm.
QTime hhmmTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{2}:\\d{2}$"));
    return re.match(text).hasMatch() ? QTime::fromString(text, QStringLiteral("HH:mm")) : QTime();
}
} // namespace

HallResponse HallApi::bookableServices()
{
    AppointmentBook book(m_branch);
    CatalogueStore catalogue(m_branch.database());
    const WorkingCalendar &calendar = CalendarUpdate::inForce(m_branch);
    const QDateTime now = Clock::nowUtc();
    const QDate today = m_branch.businessDay(now);
    const QTimeZone zone = m_branch.timeZone();
    QJsonArray services;
    for (const SlotRules &r : book.allRules()) {
        if (!catalogue.service(r.serviceCode)) {
            continue;
        }
        // The days with at least one slot still open for booking: today (until its last
        // cut-off) to the last bookable working day. Places are counted by the slots call.
        const QDate last = book.lastBookableDay(r);
        QJsonArray days;
        for (QDate d = today; d <= last; d = d.addDays(1)) {
            for (const QTime &t : r.startsOn(d, calendar)) {
                const QDateTime cutOff =
                    QDateTime(d, t, zone).toUTC().addSecs(-qint64(r.cutoffMinutes) * 60);
                if (now <= cutOff) {
                    days.append(d.toString(Qt::ISODate));
                    break;
                }
            }
        }
        services.append(QJsonObject{{QStringLiteral("code"), r.serviceCode},
                                    {QStringLiteral("name"), serviceName(r.serviceCode).toJson()},
                                    {QStringLiteral("slotMinutes"), r.slotMinutes},
                                    {QStringLiteral("daysAhead"), r.daysAhead},
                                    {QStringLiteral("cutoffMinutes"), r.cutoffMinutes},
                                    {QStringLiteral("lastDay"), last.toString(Qt::ISODate)},
                                    {QStringLiteral("days"), days}});
    }
    return HallResponse::json(200, {{QStringLiteral("branch"), m_branch.info().name},
                                    {QStringLiteral("today"), today.toString(Qt::ISODate)},
                                    {QStringLiteral("services"), services}});
}

HallResponse HallApi::bookableSlots(const HallRequest &request)
{
    const QString code =
        request.query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    const QString dayText =
        request.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded);
    const QDate day = isoDay(dayText);
    if (code.isEmpty() || code.size() > 64 || !day.isValid()) {
        return HallResponse::error(400, QStringLiteral("bad-request"),
                                   tr("Ask for the slots with ?service=CODE&date=YYYY-MM-DD."));
    }
    AppointmentBook book(m_branch);
    const std::optional<SlotRules> rules = book.rules(code);
    if (!rules || !CatalogueStore(m_branch.database()).service(code)) {
        return HallResponse::error(404, QStringLiteral("not-bookable"),
                                   tr("This service cannot be booked online."));
    }
    const QDateTime now = Clock::nowUtc();
    const QDate today = m_branch.businessDay(now);
    const QDate last = book.lastBookableDay(*rules);
    QJsonObject answer{{QStringLiteral("service"), code},
                       {QStringLiteral("date"), day.toString(Qt::ISODate)},
                       {QStringLiteral("lastDay"), last.toString(Qt::ISODate)},
                       {QStringLiteral("cutoffMinutes"), rules->cutoffMinutes},
                       {QStringLiteral("slots"), QJsonArray()},
                       {QStringLiteral("reason"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("message"), QJsonValue(QJsonValue::Null)}};
    const auto none = [&answer](const QString &reason, const QString &message) {
        answer.insert(QStringLiteral("reason"), reason);
        answer.insert(QStringLiteral("message"), message);
        return HallResponse::json(200, answer);
    };
    if (day < today) {
        return none(
            QStringLiteral("past-cut-off"),
            tr("%1 has passed: please choose a day from today.").arg(day.toString(Qt::ISODate)));
    }
    if (day > last) {
        return none(QStringLiteral("too-far-ahead"),
                    tr("Bookings open %n working day(s) ahead: the last day that can be booked "
                       "today is %1.",
                       nullptr, rules->daysAhead)
                        .arg(last.toString(Qt::ISODate)));
    }
    const AppointmentBook::Slots slots = book.slots(code, day);
    if (slots.outcome == AppointmentBook::Outcome::NotWorkingDay) {
        return none(QStringLiteral("not-working-day"), slots.message);
    }
    if (slots.outcome != AppointmentBook::Outcome::Ok) {
        return none(QStringLiteral("closed"), slots.message);
    }
    QJsonArray list;
    bool anyOpen = false;
    for (const AppointmentBook::Slot &slot : slots.slots) {
        const int free = std::max(0, slot.places - slot.booked);
        const bool open = now <= slot.startUtc.addSecs(-qint64(rules->cutoffMinutes) * 60);
        anyOpen = anyOpen || open;
        list.append(QJsonObject{{QStringLiteral("time"), slot.localStart.toString(kHhmm)},
                                {QStringLiteral("places"), slot.places},
                                {QStringLiteral("booked"), slot.booked},
                                {QStringLiteral("free"), free},
                                {QStringLiteral("open"), open},
                                {QStringLiteral("bookable"), open && free > 0}});
    }
    answer.insert(QStringLiteral("slots"), list);
    if (!anyOpen) {
        answer.insert(QStringLiteral("reason"), QStringLiteral("past-cut-off"));
        answer.insert(QStringLiteral("message"),
                      tr("Booking for %1 has closed (%n minute(s) before each slot).", nullptr,
                         rules->cutoffMinutes)
                          .arg(day.toString(Qt::ISODate)));
    }
    return HallResponse::json(200, answer);
}

HallResponse HallApi::bookOnline(const HallRequest &request)
{
    QJsonObject body;
    if (auto refusal =
            parseObject(request,
                        {QStringLiteral("service"), QStringLiteral("date"), QStringLiteral("time"),
                         QStringLiteral("name"), QStringLiteral("phone")},
                        true, body)) {
        return *refusal;
    }
    AppointmentBook::BookRequest in;
    in.channel = QStringLiteral("phone"); // online: missed bookings block the number
    QString date;
    QString time;
    if (auto refusal = stringMember(body, QStringLiteral("service"), true, 64, in.serviceCode)) {
        return *refusal;
    }
    if (auto refusal = stringMember(body, QStringLiteral("date"), true, 10, date)) {
        return *refusal;
    }
    if (auto refusal = stringMember(body, QStringLiteral("time"), true, 5, time)) {
        return *refusal;
    }
    in.date = isoDay(date);
    in.time = hhmmTime(time);
    if (!in.date.isValid() || !in.time.isValid()) {
        return HallResponse::error(400, QStringLiteral("bad-request"),
                                   tr("\"date\" is YYYY-MM-DD and \"time\" is HH:mm."));
    }
    const QJsonValue name = body.value(QStringLiteral("name"));
    in.name = name.toString().simplified();
    if (!name.isString() || in.name.isEmpty() || in.name.size() > AppointmentBook::MaxNameLength) {
        return HallResponse::error(400, QStringLiteral("invalid-name"),
                                   tr("Please enter your name (at most %1 characters).")
                                       .arg(AppointmentBook::MaxNameLength));
    }
    const QJsonValue phoneValue = body.value(QStringLiteral("phone"));
    const ValidationResult phone = MobileNumberValidator::validate(
        phoneValue.isString() ? phoneValue.toString().left(32) : QString());
    if (!phone.valid) {
        // The validator's reason, unless it would repeat the number typed.
        const bool repeats = phone.normalised.size() > 3 && phone.reason.contains(phone.normalised);
        return HallResponse::error(
            400, QStringLiteral("invalid-phone"),
            repeats ? tr("Please enter a mainland mobile number: 11 digits starting with 13 to 19.")
                    : phone.reason);
    }
    in.phone = phone.normalised;

    AppointmentBook book(m_branch);
    const AppointmentBook::Result r = book.book(in, QStringLiteral("customer"));
    if (r.ok()) {
        const Booking &b = r.booking;
        const QString url = QStringLiteral("/b/") + b.token;
        // The code and the page's token, for the customer who booked; the phone masked.
        HallResponse response =
            HallResponse::json(201, {{QStringLiteral("code"), b.code},
                                     {QStringLiteral("token"), b.token},
                                     {QStringLiteral("url"), url},
                                     {QStringLiteral("service"), b.serviceCode},
                                     {QStringLiteral("date"), in.date.toString(Qt::ISODate)},
                                     {QStringLiteral("time"), in.time.toString(kHhmm)},
                                     {QStringLiteral("phone"), b.maskedPhone()},
                                     {QStringLiteral("message"), r.message}});
        response.headers.append(
            {QByteArrayLiteral("Location"), QByteArrayLiteral("/api/v1/b/") + b.token.toLatin1()});
        response.headers.append(
            {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
        return response;
    }
    using Outcome = AppointmentBook::Outcome;
    switch (r.outcome) {
    case Outcome::NotBookable:
        return HallResponse::error(404, QStringLiteral("not-bookable"), r.message);
    case Outcome::Invalid:
        return HallResponse::error(400, QStringLiteral("bad-request"), r.message);
    case Outcome::NotWorkingDay:
        return HallResponse::error(409, QStringLiteral("not-working-day"), r.message);
    case Outcome::Closed:
        return HallResponse::error(409, QStringLiteral("closed"), r.message);
    case Outcome::TooFarAhead:
        return HallResponse::error(409, QStringLiteral("too-far-ahead"), r.message);
    case Outcome::PastCutOff:
        return HallResponse::error(409, QStringLiteral("past-cut-off"), r.message);
    case Outcome::Full:
        return HallResponse::error(409, QStringLiteral("full"), r.message);
    case Outcome::Blocked: {
        // Only until when: the misses themselves are that number's owner's business.
        const AppointmentBook::Block block = book.blockFor(in.phone);
        const QString until = block.bookableFrom.toString(Qt::ISODate);
        HallResponse response = HallResponse::error(
            409, QStringLiteral("blocked"),
            tr("This phone number cannot book online until %1, because of bookings that were "
               "missed. You can still come to the hall: reception can book for you.")
                .arg(until));
        QJsonObject o = QJsonDocument::fromJson(response.body).object();
        o.insert(QStringLiteral("bookableFrom"), until);
        response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return response;
    }
    default:
        break;
    }
    return HallResponse::error(409, QStringLiteral("refused"), r.message);
}

HallResponse HallApi::rateTicket(const HallRequest &request, const QString &token)
{
    const HallResponse unknown = HallResponse::error(
        404, QStringLiteral("not-found"),
        tr("We cannot find this ticket. A ticket can be rated on the day it was taken."));
    if (!looksLikeTicketToken(token)) {
        return unknown;
    }
    QJsonObject body;
    if (auto refusal = parseObject(
            request,
            {QStringLiteral("level"), QStringLiteral("criteria"), QStringLiteral("comment")}, true,
            body)) {
        return *refusal;
    }
    const auto wholeIn = [](const QJsonValue &v, int low, int high) {
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= low
               && v.toDouble() <= high;
    };
    RatingBook::Input in;
    const QJsonValue level = body.value(QStringLiteral("level"));
    if (!wholeIn(level, 1, 5)) {
        return HallResponse::error(400, QStringLiteral("bad-request"),
                                   tr("\"level\" must be a whole number from 1 (very "
                                      "dissatisfied) to 5 (very satisfied)."));
    }
    in.level = level.toInt();
    const QJsonValue criteria = body.value(QStringLiteral("criteria"));
    if (!criteria.isUndefined() && !criteria.isNull()) {
        if (!criteria.isObject()) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       tr("\"criteria\" must be an object."));
        }
        const QJsonObject c = criteria.toObject();
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            if (!RatingBook::criteriaKeys().contains(it.key()) || !wholeIn(it.value(), 1, 5)) {
                return HallResponse::error(
                    400, QStringLiteral("bad-request"),
                    tr("Each criterion (%1) is a whole number from 1 to 5.")
                        .arg(RatingBook::criteriaKeys().join(QStringLiteral(", "))));
            }
        }
        in.efficiency = c.value(QStringLiteral("efficiency")).toInt();
        in.attitude = c.value(QStringLiteral("attitude")).toInt();
        in.professionalism = c.value(QStringLiteral("professionalism")).toInt();
        in.environment = c.value(QStringLiteral("environment")).toInt();
    }
    const QJsonValue comment = body.value(QStringLiteral("comment"));
    if (!comment.isUndefined() && !comment.isNull()) {
        if (!comment.isString() || comment.toString().size() > RatingBook::MaxComment) {
            return HallResponse::error(400, QStringLiteral("bad-request"),
                                       tr("\"comment\" must be a text of at most %1 characters.")
                                           .arg(RatingBook::MaxComment));
        }
        in.comment = comment.toString();
    }
    const RatingBook::Result r = RatingBook(m_branch).rateByToken(token, in);
    switch (r.status) {
    case RatingBook::Status::Ok:
        return HallResponse::json(
            201, {{QStringLiteral("level"), r.rating.level},
                  {QStringLiteral("levelName"), RatingBook::levelName(r.rating.level)},
                  {QStringLiteral("message"), r.message}});
    case RatingBook::Status::UnknownTicket:
        return unknown;
    case RatingBook::Status::NotServed:
        return HallResponse::error(409, QStringLiteral("not-served"), r.message);
    case RatingBook::Status::AlreadyRated:
        return HallResponse::error(409, QStringLiteral("already-rated"), r.message);
    case RatingBook::Status::Invalid:
        break;
    }
    return HallResponse::error(400, QStringLiteral("bad-request"), r.message);
}
