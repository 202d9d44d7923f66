#include "ticket.h"

#include "queuestore.h"

namespace
{
QDateTime parseUtc(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

QString formatUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

struct StateName
{
    Ticket::State state;
    const char *key;
};
constexpr StateName kStates[] = {
    {Ticket::State::Waiting, "waiting"}, {Ticket::State::Called, "called"},
    {Ticket::State::Serving, "serving"}, {Ticket::State::Parked, "parked"},
    {Ticket::State::Done, "done"},       {Ticket::State::NoShow, "no_show"},
    {Ticket::State::Expired, "expired"},
};

struct GroupName
{
    Ticket::Group group;
    const char *key;
};
constexpr GroupName kGroups[] = {
    {Ticket::Group::None, "none"},         {Ticket::Group::Elderly, "elderly"},
    {Ticket::Group::Disabled, "disabled"}, {Ticket::Group::Pregnant, "pregnant"},
    {Ticket::Group::Child, "child"},
};
} // namespace

Ticket Ticket::fromRow(const TicketRow &r)
{
    Ticket t;
    t.id = r.id;
    t.businessDay = QDate::fromString(r.businessDay, Qt::ISODate);
    t.prefix = r.prefix;
    t.seq = r.seq;
    t.number = r.number;
    t.serviceCode = r.serviceCode;
    t.kind = r.kind == QLatin1String("booked") ? Kind::Booked : Kind::WalkIn;
    t.group = groupFromKey(r.priorityGroup).value_or(Group::None);
    t.token = r.token;
    t.state = stateFromKey(r.state).value_or(State::Expired);
    t.issuedUtc = parseUtc(r.issuedUtc);
    t.fairSinceUtc = parseUtc(r.fairSinceUtc);
    t.dueUtc = parseUtc(r.dueUtc);
    t.targetWindow = r.targetWindow;
    t.window = r.window;
    t.callCount = r.callCount;
    t.transfers = r.transfers;
    t.firstCalledUtc = parseUtc(r.firstCalledUtc);
    t.lastCalledUtc = parseUtc(r.lastCalledUtc);
    t.servingUtc = parseUtc(r.servingUtc);
    t.parkedUtc = parseUtc(r.parkedUtc);
    t.finishedUtc = parseUtc(r.finishedUtc);
    t.serviceSeconds = r.serviceSeconds;
    return t;
}

TicketRow Ticket::toRow() const
{
    TicketRow r;
    r.id = id;
    r.businessDay = businessDay.toString(Qt::ISODate);
    r.prefix = prefix;
    r.seq = seq;
    r.number = number;
    r.serviceCode = serviceCode;
    r.kind = kindKey(kind);
    r.priorityGroup = groupKey(group);
    r.token = token;
    r.state = stateKey(state);
    r.issuedUtc = formatUtc(issuedUtc);
    r.fairSinceUtc = formatUtc(fairSinceUtc);
    r.dueUtc = formatUtc(dueUtc);
    r.targetWindow = targetWindow;
    r.window = window;
    r.callCount = callCount;
    r.transfers = transfers;
    r.firstCalledUtc = formatUtc(firstCalledUtc);
    r.lastCalledUtc = formatUtc(lastCalledUtc);
    r.servingUtc = formatUtc(servingUtc);
    r.parkedUtc = formatUtc(parkedUtc);
    r.finishedUtc = formatUtc(finishedUtc);
    r.serviceSeconds = serviceSeconds;
    return r;
}

QString Ticket::formatNumber(const QString &prefix, int seq)
{
    return prefix + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
}

QString Ticket::stateKey(State state)
{
    for (const StateName &s : kStates) {
        if (s.state == state) {
            return QLatin1String(s.key);
        }
    }
    return {};
}

std::optional<Ticket::State> Ticket::stateFromKey(const QString &key)
{
    for (const StateName &s : kStates) {
        if (key == QLatin1String(s.key)) {
            return s.state;
        }
    }
    return std::nullopt;
}

QString Ticket::kindKey(Kind kind)
{
    return kind == Kind::Booked ? QStringLiteral("booked") : QStringLiteral("walkin");
}

QString Ticket::groupKey(Group group)
{
    for (const GroupName &g : kGroups) {
        if (g.group == group) {
            return QLatin1String(g.key);
        }
    }
    return {};
}

std::optional<Ticket::Group> Ticket::groupFromKey(const QString &key)
{
    for (const GroupName &g : kGroups) {
        if (key == QLatin1String(g.key)) {
            return g.group;
        }
    }
    return std::nullopt;
}

QStringList Ticket::groupKeys()
{
    QStringList keys;
    for (const GroupName &g : kGroups) {
        keys << QLatin1String(g.key);
    }
    return keys;
}

QString Ticket::groupName(Group group)
{
    switch (group) {
    case Group::None:
        return tr("no priority");
    case Group::Elderly:
        return tr("elderly");
    case Group::Disabled:
        return tr("disabled");
    case Group::Pregnant:
        return tr("pregnant");
    case Group::Child:
        return tr("with a small child");
    }
    return {};
}
