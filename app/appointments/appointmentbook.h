#pragma once

#include "appointments/booking.h"
#include "appointments/slotrules.h"
#include "queue/ticket.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

class Branch;

// Bookings of slots (预约办理): the slots a bookable service offers on the branch's working
// days, booking (places never exceeded: counted and taken in one IMMEDIATE transaction),
// cancelling up to the cut-off, check-in that issues a booked ticket into the queue, and the
// block on phones that miss too many bookings. Every change is one audited event.
class AppointmentBook
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentBook)
public:
    enum class Outcome {
        Ok,
        Invalid,       // a name, phone, date or time that cannot be used
        NotBookable,   // unknown service, or one that takes no bookings
        NotWorkingDay, // a weekend or public holiday on the calendar in force
        Closed,        // no slot starts at that time
        TooFarAhead,   // beyond the days that can be booked
        PastCutOff,    // booking or cancelling closed before the slot
        Full,          // every place of the slot is taken
        Blocked,       // too many missed bookings for that phone
        NotFound,      // no booking has that code
        WrongState,    // e.g. cancelling a booking already checked in
        TooEarly,      // check-in: come back at comeBackLocal
        TooLate,       // check-in: take an ordinary ticket
        Refused,       // the queue refused the ticket (its message says why)
    };

    struct Slot
    {
        QTime localStart;
        QDateTime startUtc;
        int places = 0;
        int booked = 0; // bookings that hold a place (all but cancelled)
    };

    struct Slots
    {
        Outcome outcome = Outcome::Ok;
        QString message;
        QList<Slot> slots;
    };

    struct BookRequest
    {
        QString serviceCode;
        QDate date; // the branch's local date and time of the slot's start
        QTime time;
        QString name;
        QString phone;
        QString channel = QStringLiteral("reception"); // reception, phone or cli
    };

    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString message;
        Booking booking;
        Ticket ticket;           // check-in
        QDateTime comeBackLocal; // check-in too early: when the window opens
        bool ok() const { return outcome == Outcome::Ok; }
    };

    // Why a phone cannot book, if it cannot.
    struct Block
    {
        bool blocked = false;
        int missed = 0;     // missed bookings within the counting period that ends at last
        QDate last;         // the last of them (local date of its slot)
        QDate bookableFrom; // the first day booking is possible again
    };

    // A change of a day's places: the bookings beyond the new places (the latest booked of
    // each slot, not yet checked in), which stay booked and are to be called or messaged.
    struct DayChange
    {
        Outcome outcome = Outcome::Refused;
        QString message;
        int placesBefore = 0;
        QList<Booking> beyond;
        int messaged = 0; // SMS sent to those customers through the outbox
        bool ok() const { return outcome == Outcome::Ok; }
    };

    // The longest name a booking keeps.
    static constexpr int MaxNameLength = 40;

    explicit AppointmentBook(Branch &branch);

    std::optional<SlotRules> rules(const QString &serviceCode);
    QList<SlotRules> allRules();
    // Creates or replaces a service's rules (one audited event); an empty string, or the reason
    // they were refused.
    QString setRules(const SlotRules &rules, const QString &actor);

    Slots slots(const QString &serviceCode, QDate date);
    // The last day that can be booked now: the rules' daysAhead working days after today.
    QDate lastBookableDay(const SlotRules &rules);
    // Sets the places of every slot of a service on one day (a window closed, or an extra one
    // opened); one audited event. Never cancels a booking: those beyond the new places are
    // returned and, with sendMessages, told by SMS that the hall has fewer places that day.
    DayChange setDayPlaces(const QString &serviceCode, QDate date, int places, bool sendMessages,
                           const QString &actor);
    // Tells each of these customers by SMS that fewer windows are open on their booking's day
    // (one audited event each); returns how many were sent.
    int messageFewerPlaces(const QList<Booking> &bookings, const QString &actor);
    // The places of each of the service's slots on that day.
    int placesOn(const SlotRules &rules, QDate date);
    Result book(const BookRequest &request, const QString &actor);
    Result cancel(const QString &code, const QString &actor);
    Result checkIn(const QString &code, const QString &actor);

    std::optional<Booking> byCode(const QString &code);
    std::optional<Booking> byToken(const QString &token);
    // The bookings whose slot is on that day, after sweep().
    QList<Booking> onDay(QDate date, const QString &actor);
    Block blockFor(const QString &phone);

    // Marks bookings not checked in by their slot's start plus the grace time as no-shows, and
    // checked-in ones whose ticket is finished as served (one audited event, when there is
    // anything to mark). Returns how many were marked.
    qint64 sweep(const QString &actor);

    // The booking's page on the hall host: hall.publicUrl + "/b/" + token.
    QString bookingUrl(const Booking &booking);

    // 8 characters of 23456789ABCDEFGHJKLMNPQRSTUVWXYZ (40 bits) from the CSPRNG.
    static QString newCode();
    // What was typed or scanned, as stored: capitals, without spaces or hyphens.
    static QString normaliseCode(const QString &typed);

private:
    QDateTime slotStartUtc(QDate date, QTime time) const;
    QString localTime(const QDateTime &utc) const;
    Block blockFor(const QString &phone, const QDateTime &now);
    // The service's name in lang from the catalogue in force (fallback: the stored zh_CN one).
    QString serviceName(const QString &code, const QString &fallback, const QString &lang);

    Branch &m_branch;
};
