#include "booking.h"

#include "appointmentstore.h"
#include "validation/masking.h"

namespace
{
QDateTime parseUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString formatUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

struct StateName
{
    Booking::State state;
    const char *key;
};
constexpr StateName kStates[] = {
    {Booking::State::Booked, "booked"},       {Booking::State::CheckedIn, "checked_in"},
    {Booking::State::Served, "served"},       {Booking::State::NoShow, "no_show"},
    {Booking::State::Cancelled, "cancelled"},
};
} // namespace

QString Booking::maskedName() const
{
    return Masking::name(name);
}

QString Booking::maskedPhone() const
{
    return Masking::phone(phone);
}

Booking Booking::fromRow(const AppointmentRow &r)
{
    Booking b;
    b.id = r.id;
    b.code = r.code;
    b.token = r.token;
    b.serviceCode = r.serviceCode;
    b.slotUtc = parseUtc(r.slotUtc);
    b.slotDay = QDate::fromString(r.slotDay, Qt::ISODate);
    b.name = r.name;
    b.phone = r.phone;
    b.channel = r.channel;
    b.state = stateFromKey(r.state).value_or(State::Cancelled);
    b.bookedUtc = parseUtc(r.bookedUtc);
    b.bookedBy = r.bookedBy;
    b.changedUtc = parseUtc(r.changedUtc);
    b.ticketId = r.ticketId;
    b.ticketNumber = r.ticketNumber;
    return b;
}

AppointmentRow Booking::toRow() const
{
    AppointmentRow r;
    r.id = id;
    r.code = code;
    r.token = token;
    r.serviceCode = serviceCode;
    r.slotUtc = formatUtc(slotUtc);
    r.slotDay = slotDay.toString(Qt::ISODate);
    r.name = name;
    r.phone = phone;
    r.channel = channel;
    r.state = stateKey(state);
    r.bookedUtc = formatUtc(bookedUtc);
    r.bookedBy = bookedBy;
    r.changedUtc = formatUtc(changedUtc);
    r.ticketId = ticketId;
    r.ticketNumber = ticketNumber;
    return r;
}

QString Booking::stateKey(State state)
{
    for (const StateName &s : kStates) {
        if (s.state == state) {
            return QLatin1String(s.key);
        }
    }
    return {};
}

std::optional<Booking::State> Booking::stateFromKey(const QString &key)
{
    for (const StateName &s : kStates) {
        if (key == QLatin1String(s.key)) {
            return s.state;
        }
    }
    return std::nullopt;
}

QString Booking::stateName(State state)
{
    switch (state) {
    case State::Booked:
        return tr("booked");
    case State::CheckedIn:
        return tr("checked in");
    case State::Served:
        return tr("served");
    case State::NoShow:
        return tr("no-show");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}
