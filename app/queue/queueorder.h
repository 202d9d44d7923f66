#pragma once

#include "queue/ticket.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <tuple>

// The calling order as pure rules over waiting tickets (no database), so that call-next, the
// people-ahead count and the tests share one definition. In order of precedence:
//  1. fairness: a ticket that has waited the fairness limit (since fairSinceUtc) goes first,
//     oldest first, whatever its service rank, group or kind;
//  2. the window's service order (a ticket transferred to this very window ranks first);
//  3. within a service: booked tickets whose due time has come (by due time), then priority
//     groups, then everyone else (a booked ticket not yet due counts as everyone else);
//  4. issue time (kept across transfers), then the order of issue.
class QueueOrder
{
public:
    QueueOrder(const QDateTime &nowUtc, int fairnessMinutes);

    bool isOverdue(const Ticket &t) const;
    bool isDueBooking(const Ticket &t) const;
    // 0: due booking, 1: priority group, 2: everyone else.
    int tier(const Ticket &t) const;

    // The index in candidates (each callable at the window) of the one the window calls next;
    // serviceOrder is the window's services, first first. -1 when there is none.
    int pickNext(const QList<Ticket> &candidates, int window,
                 const QStringList &serviceOrder) const;
    // Whether a is called before b when both wait for the same service.
    bool before(const Ticket &a, const Ticket &b) const;
    // How many of the service's waiting tickets come before t.
    int peopleAhead(const Ticket &t, const QList<Ticket> &waitingOfService) const;

private:
    using Key = std::tuple<int, qint64, int, int, qint64, qint64, qint64>;
    Key key(const Ticket &t, int rank) const;

    QDateTime m_now;
    qint64 m_limitMs;
};
