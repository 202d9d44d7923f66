#include "ticketqueue.h"

#include "branch/branch.h"
#include "cataloguestore.h"
#include "core/clock.h"
#include "database.h"
#include "queue/hallwindows.h"
#include "queue/queueorder.h"
#include "queuestore.h"

#include <QHash>

#include <sodium.h>

#include <numeric>
#include <stdexcept>

namespace
{
// Thrown inside a transaction to roll it back without writing an audit entry; caught by the
// TicketQueue method that started it, never outside.
struct Refusal
{
    TicketQueue::Status status;
    QString message;
};

TicketQueue::Result refused(const QString &message)
{
    return {TicketQueue::Status::Refused, message, {}, 0};
}

QList<Ticket> toTickets(const QList<TicketRow> &rows)
{
    QList<Ticket> tickets;
    tickets.reserve(rows.size());
    for (const TicketRow &r : rows) {
        tickets.append(Ticket::fromRow(r));
    }
    return tickets;
}

QJsonObject describe(const Ticket &t)
{
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("businessDay"), t.businessDay.toString(Qt::ISODate)},
            {QStringLiteral("service"), t.serviceCode}};
}

QString subjectOf(const Ticket &t)
{
    return QStringLiteral("ticket:") + QString::number(t.id);
}
} // namespace

TicketQueue::TicketQueue(Branch &branch)
    : m_branch(branch)
{}

QString TicketQueue::newToken()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    QByteArray bytes(16, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDate TicketQueue::today() const
{
    return m_branch.businessDay(Clock::nowUtc());
}

QueueSettings TicketQueue::settings() const
{
    return QueueSettings::read(m_branch);
}

qint64 TicketQueue::closeEarlierDays(const QString &actor)
{
    QueueStore store(m_branch.database());
    const QString day = today().toString(Qt::ISODate);
    if (store.countOpenBefore(day) == 0) {
        return 0; // the usual case: one cheap read
    }
    qint64 closed = 0;
    try {
        m_branch.record(
            {actor, QStringLiteral("queue.rollover"), QStringLiteral("queue:") + day, {}},
            [&](AuditEvent &event) {
                closed = store.expireOpenBefore(day, Clock::nowUtc().toString(Qt::ISODateWithMs));
                if (closed == 0) { // another counter was first
                    throw Refusal{Status::Empty, {}};
                }
                event.payload = {{QStringLiteral("businessDay"), day},
                                 {QStringLiteral("expired"), closed}};
            });
    } catch (const Refusal &) {
        return 0;
    }
    return closed;
}

TicketQueue::Result TicketQueue::issue(const IssueRequest &request, const QString &actor)
{
    closeEarlierDays(actor);
    Database &db = m_branch.database();
    const std::optional<ServiceRow> service = CatalogueStore(db).service(request.serviceCode);
    if (!service) {
        return refused(tr("Unknown service: %1 (see 'counterdesk-cli catalogue list').")
                           .arg(request.serviceCode));
    }
    if (service->queuePrefix.isEmpty()) {
        return refused(
            tr("The service %1 has no queue prefix in the catalogue.").arg(service->code));
    }
    if (HallWindows(m_branch).servingCount(service->code, false) == 0) {
        return refused(tr("No window serves %1 (%2): an administrator must add it to a window "
                          "first ('counterdesk-cli queue window').")
                           .arg(service->nameZhCn, service->code));
    }
    if (request.kind == Ticket::Kind::Booked && !request.dueUtc.isValid()) {
        return refused(tr("A booked ticket needs its slot's start time."));
    }
    const QString token = newToken();
    const QueueSettings rules = settings();
    Result result{Status::Ok, {}, {}, 0};
    try {
        m_branch.record({actor, QStringLiteral("ticket.issue"), {}, {}}, [&](AuditEvent &event) {
            QueueStore store(db);
            const QDateTime now = Clock::nowUtc();
            Ticket t;
            t.businessDay = m_branch.businessDay(now);
            t.prefix = service->queuePrefix;
            t.seq = store.lastSeq(t.businessDay.toString(Qt::ISODate), t.prefix) + 1;
            t.number = Ticket::formatNumber(t.prefix, t.seq);
            t.serviceCode = service->code;
            t.kind = request.kind;
            t.group = request.group;
            t.token = token;
            t.state = Ticket::State::Waiting;
            t.issuedUtc = now;
            // A booking that checks in early is not owed anything before its slot starts.
            t.dueUtc = t.isBooked() ? request.dueUtc.toUTC() : QDateTime();
            t.fairSinceUtc = t.isBooked() && t.dueUtc > now ? t.dueUtc : now;
            t.id = store.insertTicket(t.toRow());

            QJsonObject payload = describe(t);
            payload.insert(QStringLiteral("group"), Ticket::groupKey(t.group));
            payload.insert(QStringLiteral("kind"), Ticket::kindKey(t.kind));
            if (t.isBooked()) {
                payload.insert(QStringLiteral("dueUtc"), t.dueUtc.toString(Qt::ISODate));
            }
            event.subject = subjectOf(t);
            event.payload = payload;

            QList<Ticket> sameService;
            for (const Ticket &w : toTickets(store.tickets(t.businessDay.toString(Qt::ISODate),
                                                           {QStringLiteral("waiting")}))) {
                if (w.serviceCode == t.serviceCode) {
                    sameService.append(w);
                }
            }
            result.peopleAhead = QueueOrder(now, rules.fairnessMinutes).peopleAhead(t, sameService);
            result.ticket = t;
        });
    } catch (const DaySigned &e) {
        return refused(e.message());
    }
    result.message = tr("Ticket %1 issued for %2.").arg(result.ticket.number, service->nameZhCn);
    return result;
}

TicketQueue::Result TicketQueue::callNext(int window, const QString &actor)
{
    closeEarlierDays(actor);
    const QueueSettings rules = settings();
    Result result{Status::Ok, {}, {}, 0};
    try {
        m_branch.record({actor, QStringLiteral("ticket.call"), {}, {}}, [&](AuditEvent &event) {
            QueueStore store(m_branch.database());
            const QDateTime now = Clock::nowUtc();
            const std::optional<WindowRow> w = store.window(window);
            if (!w) {
                throw Refusal{Status::Refused, tr("There is no window %1.").arg(window)};
            }
            if (const auto current = store.currentAt(window)) {
                throw Refusal{Status::Refused,
                              tr("Window %1 is still attending %2: finish, park, transfer it or "
                                 "mark it a no-show first.")
                                  .arg(window)
                                  .arg(current->number)};
            }
            const QList<Ticket> candidates = toTickets(
                store.callableAt(window, m_branch.businessDay(now).toString(Qt::ISODate)));
            const QueueOrder order(now, rules.fairnessMinutes);
            const int pick = order.pickNext(candidates, window, w->services);
            if (pick < 0) {
                throw Refusal{Status::Empty, tr("Nobody is waiting for window %1.").arg(window)};
            }
            Ticket t = candidates.at(pick);
            const bool overdue = order.isOverdue(t);
            t.state = Ticket::State::Called;
            t.window = window;
            t.callCount = 1;
            t.firstCalledUtc = now;
            t.lastCalledUtc = now;
            store.updateTicket(t.toRow());

            QJsonObject payload = describe(t);
            payload.insert(QStringLiteral("window"), window);
            payload.insert(QStringLiteral("waitedSeconds"), t.issuedUtc.secsTo(now));
            // Why this one: the fairness limit, a due booking, a priority group, or turn.
            payload.insert(QStringLiteral("rule"),
                           overdue ? QStringLiteral("fairness")
                                   : QStringList{QStringLiteral("booking"),
                                                 QStringLiteral("priority"), QStringLiteral("turn")}
                                         .at(order.tier(t)));
            event.subject = subjectOf(t);
            event.payload = payload;
            result.ticket = t;
        });
    } catch (const Refusal &r) {
        return {r.status, r.message, {}, 0};
    } catch (const DaySigned &e) {
        return refused(e.message());
    }
    result.message = tr("Window %1 calls %2.").arg(window).arg(result.ticket.number);
    return result;
}

TicketQueue::Result TicketQueue::callSpecific(int window, const QString &number,
                                              const QString &action,
                                              const QList<Ticket::State> &from,
                                              const QString &actor)
{
    closeEarlierDays(actor);
    Result result{Status::Ok, {}, {}, 0};
    try {
        m_branch.record({actor, action, {}, {}}, [&](AuditEvent &event) {
            QueueStore store(m_branch.database());
            const QDateTime now = Clock::nowUtc();
            if (!store.window(window)) {
                throw Refusal{Status::Refused, tr("There is no window %1.").arg(window)};
            }
            if (const auto current = store.currentAt(window)) {
                throw Refusal{Status::Refused,
                              tr("Window %1 is still attending %2: finish, park, transfer it or "
                                 "mark it a no-show first.")
                                  .arg(window)
                                  .arg(current->number)};
            }
            const auto row = store.ticketByNumber(m_branch.businessDay(now).toString(Qt::ISODate),
                                                  number.trimmed().toUpper());
            if (!row) {
                throw Refusal{Status::Refused,
                              tr("There is no ticket %1 today.").arg(number.trimmed())};
            }
            Ticket t = Ticket::fromRow(*row);
            if (!from.contains(t.state)) {
                throw Refusal{Status::Refused, tr("Ticket %1 cannot be called now (it is %2).")
                                                   .arg(t.number, Ticket::stateKey(t.state))};
            }
            QJsonObject payload = describe(t);
            payload.insert(QStringLiteral("window"), window);
            payload.insert(QStringLiteral("from"), Ticket::stateKey(t.state));
            t.state = Ticket::State::Called;
            t.window = window;
            t.callCount += 1;
            if (!t.firstCalledUtc.isValid()) {
                t.firstCalledUtc = now;
            }
            t.lastCalledUtc = now;
            t.finishedUtc = QDateTime(); // a no-show who came back is open again
            store.updateTicket(t.toRow());
            event.subject = subjectOf(t);
            event.payload = payload;
            result.ticket = t;
        });
    } catch (const Refusal &r) {
        return {r.status, r.message, {}, 0};
    } catch (const DaySigned &e) {
        return refused(e.message());
    }
    result.message = tr("Window %1 calls %2.").arg(window).arg(result.ticket.number);
    return result;
}

TicketQueue::Result TicketQueue::callTicket(int window, const QString &number, const QString &actor)
{
    return callSpecific(window, number, QStringLiteral("ticket.call-specific"),
                        {Ticket::State::Waiting, Ticket::State::Parked, Ticket::State::NoShow},
                        actor);
}

TicketQueue::Result TicketQueue::resume(int window, const QString &number, const QString &actor)
{
    return callSpecific(window, number, QStringLiteral("ticket.resume"), {Ticket::State::Parked},
                        actor);
}

TicketQueue::Result TicketQueue::changeCurrent(int window, const QString &action,
                                               const Change &change, const QString &actor)
{
    closeEarlierDays(actor);
    Result result{Status::Ok, {}, {}, 0};
    try {
        m_branch.record({actor, action, {}, {}}, [&](AuditEvent &event) {
            QueueStore store(m_branch.database());
            const QDateTime now = Clock::nowUtc();
            const auto row = store.currentAt(window);
            if (!row) {
                throw Refusal{Status::Refused,
                              tr("Window %1 has no ticket called or in service.").arg(window)};
            }
            Ticket t = Ticket::fromRow(*row);
            QJsonObject payload = describe(t);
            payload.insert(QStringLiteral("window"), window);
            const QString problem = change(t, now, payload);
            if (!problem.isEmpty()) {
                throw Refusal{Status::Refused, problem};
            }
            store.updateTicket(t.toRow());
            event.subject = subjectOf(t);
            event.payload = payload;
            result.ticket = t;
        });
    } catch (const Refusal &r) {
        return {r.status, r.message, {}, 0};
    } catch (const DaySigned &e) {
        return refused(e.message());
    }
    return result;
}

TicketQueue::Result TicketQueue::recall(int window, const QString &actor)
{
    const int maxRecalls = settings().maxRecalls;
    Result r = changeCurrent(
        window, QStringLiteral("ticket.recall"),
        [&](Ticket &t, const QDateTime &now, QJsonObject &payload) -> QString {
            if (t.state != Ticket::State::Called) {
                return tr("%1 is already being served.").arg(t.number);
            }
            if (t.recalls() >= maxRecalls) {
                return tr("%1 has been recalled %2 times: mark it as a no-show.")
                    .arg(t.number)
                    .arg(t.recalls());
            }
            t.callCount += 1;
            t.lastCalledUtc = now;
            payload.insert(QStringLiteral("callCount"), t.callCount);
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = tr("Window %1 calls %2 again (recall %3 of %4).")
                        .arg(window)
                        .arg(r.ticket.number)
                        .arg(r.ticket.recalls())
                        .arg(maxRecalls);
    }
    return r;
}

TicketQueue::Result TicketQueue::noShow(int window, const QString &actor)
{
    const int maxRecalls = settings().maxRecalls;
    Result r = changeCurrent(
        window, QStringLiteral("ticket.no-show"),
        [&](Ticket &t, const QDateTime &now, QJsonObject &payload) -> QString {
            if (t.state != Ticket::State::Called) {
                return tr("%1 is being served; it cannot be a no-show.").arg(t.number);
            }
            if (t.recalls() < maxRecalls) {
                return tr("%1 has been recalled %2 of %3 times: recall it before marking it a "
                          "no-show.")
                    .arg(t.number)
                    .arg(t.recalls())
                    .arg(maxRecalls);
            }
            t.state = Ticket::State::NoShow;
            t.finishedUtc = now;
            payload.insert(QStringLiteral("callCount"), t.callCount);
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = tr("%1 did not come: marked as a no-show.").arg(r.ticket.number);
    }
    return r;
}

TicketQueue::Result TicketQueue::park(int window, const QString &actor)
{
    Result r = changeCurrent(
        window, QStringLiteral("ticket.park"),
        [&](Ticket &t, const QDateTime &now, QJsonObject &) -> QString {
            t.state = Ticket::State::Parked;
            t.parkedUtc = now;
            t.servingUtc = QDateTime();
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = tr("%1 is parked; call it again with resume.").arg(r.ticket.number);
    }
    return r;
}

TicketQueue::Result TicketQueue::transfer(int window, const QString &toService, int toWindow,
                                          const QString &actor)
{
    if (toService.isEmpty() && toWindow <= 0) {
        return refused(tr("Say where to transfer to: another service, another window, or both."));
    }
    if (!toService.isEmpty() && !CatalogueStore(m_branch.database()).service(toService)) {
        return refused(
            tr("Unknown service: %1 (see 'counterdesk-cli catalogue list').").arg(toService));
    }
    HallWindows windows(m_branch);
    if (toWindow > 0 && !windows.window(toWindow)) {
        return refused(tr("There is no window %1.").arg(toWindow));
    }
    if (toWindow <= 0 && windows.servingCount(toService, false) == 0) {
        return refused(tr("No window serves %1.").arg(toService));
    }
    Result r = changeCurrent(
        window, QStringLiteral("ticket.transfer"),
        [&](Ticket &t, const QDateTime &, QJsonObject &payload) -> QString {
            if (toWindow == window && (toService.isEmpty() || toService == t.serviceCode)) {
                return tr("%1 is already at window %2.").arg(t.number).arg(window);
            }
            payload.insert(QStringLiteral("toService"),
                           toService.isEmpty() ? t.serviceCode : toService);
            payload.insert(QStringLiteral("toWindow"), toWindow);
            if (!toService.isEmpty()) {
                t.serviceCode = toService;
            }
            // Back in the queue with its number and its original issue time (fairness).
            t.state = Ticket::State::Waiting;
            t.targetWindow = std::max(toWindow, 0);
            t.window = 0;
            t.callCount = 0;
            t.transfers += 1;
            t.lastCalledUtc = QDateTime();
            t.servingUtc = QDateTime();
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = toWindow > 0
                        ? tr("%1 is transferred to window %2.").arg(r.ticket.number).arg(toWindow)
                        : tr("%1 is transferred to %2.").arg(r.ticket.number, toService);
    }
    return r;
}

TicketQueue::Result TicketQueue::startServing(int window, const QString &actor)
{
    Result r = changeCurrent(
        window, QStringLiteral("ticket.serve"),
        [&](Ticket &t, const QDateTime &now, QJsonObject &) -> QString {
            if (t.state != Ticket::State::Called) {
                return tr("%1 is already being served.").arg(t.number);
            }
            t.state = Ticket::State::Serving;
            t.servingUtc = now;
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = tr("Window %1 serves %2.").arg(window).arg(r.ticket.number);
    }
    return r;
}

TicketQueue::Result TicketQueue::finish(int window, const QString &actor)
{
    Result r = changeCurrent(
        window, QStringLiteral("ticket.finish"),
        [&](Ticket &t, const QDateTime &now, QJsonObject &payload) -> QString {
            const QDateTime start = t.servingUtc.isValid() ? t.servingUtc : t.lastCalledUtc;
            t.state = Ticket::State::Done;
            t.finishedUtc = now;
            t.serviceSeconds = std::max<qint64>(0, start.secsTo(now));
            payload.insert(QStringLiteral("serviceSeconds"), t.serviceSeconds);
            return {};
        },
        actor);
    if (r.ok()) {
        r.message = tr("%1 is done.").arg(r.ticket.number);
    }
    return r;
}

TicketQueue::Result TicketQueue::logReprint(const QString &number, const QString &reason,
                                            const QString &actor)
{
    const QString why = reason.simplified();
    if (why.isEmpty()) {
        return refused(tr("A reprint needs a reason (e.g. paper jam)."));
    }
    if (why.size() > 200) {
        return refused(tr("The reason is too long (at most 200 characters)."));
    }
    const std::optional<Ticket> t = ticket(number);
    if (!t) {
        return refused(tr("There is no ticket %1 today.").arg(number.trimmed()));
    }
    QJsonObject payload = describe(*t);
    payload.insert(QStringLiteral("reason"), why);
    try {
        m_branch.record({actor, QStringLiteral("ticket.reprint"), subjectOf(*t), payload});
    } catch (const DaySigned &e) {
        return refused(e.message());
    }
    return {Status::Ok, tr("Reprint of %1 logged.").arg(t->number), *t, 0};
}

std::optional<Ticket> TicketQueue::current(int window)
{
    const auto row = QueueStore(m_branch.database()).currentAt(window);
    if (!row || row->businessDay != today().toString(Qt::ISODate)) {
        return std::nullopt;
    }
    return Ticket::fromRow(*row);
}

std::optional<Ticket> TicketQueue::ticket(const QString &number)
{
    const auto row = QueueStore(m_branch.database())
                         .ticketByNumber(today().toString(Qt::ISODate), number.trimmed().toUpper());
    if (!row) {
        return std::nullopt;
    }
    return Ticket::fromRow(*row);
}

std::optional<Ticket> TicketQueue::byToken(const QString &token)
{
    if (token.size() != 22) {
        return std::nullopt;
    }
    const auto row = QueueStore(m_branch.database()).ticketByToken(token);
    // A token lives for its business day only.
    if (!row || row->businessDay != today().toString(Qt::ISODate)) {
        return std::nullopt;
    }
    return Ticket::fromRow(*row);
}

qint64 TicketQueue::meanServiceSeconds(const QString &serviceCode)
{
    const QueueSettings rules = settings();
    const QList<qint64> recent =
        QueueStore(m_branch.database()).recentServiceSeconds(serviceCode, rules.serviceTimeSamples);
    if (recent.isEmpty()) {
        return qint64(rules.defaultServiceMinutes) * 60;
    }
    return std::accumulate(recent.begin(), recent.end(), qint64(0)) / recent.size();
}

qint64 TicketQueue::estimatedWaitSeconds(const QString &serviceCode, int peopleAhead)
{
    const int open = HallWindows(m_branch).servingCount(serviceCode, true);
    if (open == 0) {
        return -1;
    }
    return peopleAhead * meanServiceSeconds(serviceCode) / open;
}

QList<TicketQueue::Position> TicketQueue::positions(const QList<Ticket> &waiting,
                                                    const QueueOrder &order, const QDateTime &now)
{
    QHash<QString, QList<Ticket>> byService;
    for (const Ticket &t : waiting) {
        byService[t.serviceCode].append(t);
    }
    QHash<QString, qint64> mean;
    QHash<QString, int> open;
    const QList<WindowRow> windows = QueueStore(m_branch.database()).windows();
    QList<Position> result;
    for (const Ticket &t : waiting) {
        if (!mean.contains(t.serviceCode)) {
            mean.insert(t.serviceCode, meanServiceSeconds(t.serviceCode));
            int n = 0;
            for (const WindowRow &w : windows) {
                n += w.open && w.services.contains(t.serviceCode) ? 1 : 0;
            }
            open.insert(t.serviceCode, n);
        }
        Position p;
        p.ticket = t;
        p.peopleAhead = order.peopleAhead(t, byService.value(t.serviceCode));
        p.waitedSeconds = std::max<qint64>(0, t.issuedUtc.secsTo(now));
        const int n = open.value(t.serviceCode);
        p.estimatedWaitSeconds = n > 0 ? p.peopleAhead * mean.value(t.serviceCode) / n : -1;
        result.append(p);
    }
    return result;
}

QList<TicketQueue::Position> TicketQueue::waiting()
{
    const QDateTime now = Clock::nowUtc();
    const QList<Ticket> tickets = toTickets(
        QueueStore(m_branch.database())
            .tickets(m_branch.businessDay(now).toString(Qt::ISODate), {QStringLiteral("waiting")}));
    return positions(tickets, QueueOrder(now, settings().fairnessMinutes), now);
}

std::optional<TicketQueue::Position> TicketQueue::position(const Ticket &ticket)
{
    for (const Position &p : waiting()) {
        if (p.ticket.id == ticket.id) {
            return p;
        }
    }
    return std::nullopt;
}
