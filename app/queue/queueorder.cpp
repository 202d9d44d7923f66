#include "queueorder.h"

QueueOrder::QueueOrder(const QDateTime &nowUtc, int fairnessMinutes)
    : m_now(nowUtc)
    , m_limitMs(qint64(fairnessMinutes) * 60 * 1000)
{}

bool QueueOrder::isOverdue(const Ticket &t) const
{
    return t.fairSinceUtc.isValid() && t.fairSinceUtc.msecsTo(m_now) >= m_limitMs;
}

bool QueueOrder::isDueBooking(const Ticket &t) const
{
    return t.isBooked() && t.dueUtc.isValid() && t.dueUtc <= m_now;
}

int QueueOrder::tier(const Ticket &t) const
{
    if (isDueBooking(t)) {
        return 0;
    }
    return t.group != Ticket::Group::None ? 1 : 2;
}

QueueOrder::Key QueueOrder::key(const Ticket &t, int rank) const
{
    const bool overdue = isOverdue(t);
    const int tr = tier(t);
    return {overdue ? 0 : 1,
            overdue ? t.fairSinceUtc.toMSecsSinceEpoch() : 0,
            overdue ? 0 : rank,
            overdue ? 0 : tr,
            !overdue && tr == 0 ? t.dueUtc.toMSecsSinceEpoch() : 0,
            t.issuedUtc.toMSecsSinceEpoch(),
            t.id};
}

int QueueOrder::pickNext(const QList<Ticket> &candidates, int window,
                         const QStringList &serviceOrder) const
{
    int best = -1;
    Key bestKey;
    for (int i = 0; i < candidates.size(); ++i) {
        const Ticket &t = candidates.at(i);
        int rank = -1; // transferred to this window: before its regular services
        if (t.targetWindow != window) {
            rank = static_cast<int>(serviceOrder.indexOf(t.serviceCode));
            if (rank < 0) {
                continue; // not callable here
            }
        }
        const Key k = key(t, rank);
        if (best < 0 || k < bestKey) {
            best = i;
            bestKey = k;
        }
    }
    return best;
}

bool QueueOrder::before(const Ticket &a, const Ticket &b) const
{
    return key(a, 0) < key(b, 0);
}

int QueueOrder::peopleAhead(const Ticket &t, const QList<Ticket> &waitingOfService) const
{
    int ahead = 0;
    for (const Ticket &other : waitingOfService) {
        if (other.id != t.id && before(other, t)) {
            ++ahead;
        }
    }
    return ahead;
}
