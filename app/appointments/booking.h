#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

struct AppointmentRow;

// A booked slot (预约): who (name and phone, personal data kept in the encrypted file only),
// which service and slot, the code typed or scanned at check-in, the token of its page, and
// where it stands.
struct Booking
{
    Q_DECLARE_TR_FUNCTIONS(Booking)
public:
    enum class State { Booked, CheckedIn, Served, NoShow, Cancelled };

    qint64 id = 0;
    QString code;  // 8 characters of an unambiguous alphabet
    QString token; // 128 random bits, base64url: the key to the booking's page
    QString serviceCode;
    QDateTime slotUtc;
    QDate slotDay; // the slot's date in the branch's time zone
    QString name;
    QString phone; // normal form (11 digits)
    QString channel;
    State state = State::Booked;
    QDateTime bookedUtc;
    QString bookedBy;
    QDateTime changedUtc;
    qint64 ticketId = 0; // the ticket issued at check-in
    QString ticketNumber;

    // For lists, slips and messages: only the entry field shows them whole.
    QString maskedName() const;
    QString maskedPhone() const;

    static Booking fromRow(const AppointmentRow &row);
    AppointmentRow toRow() const;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    // For staff screens and messages.
    static QString stateName(State state);
};
