#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class Database;

// A bookable service's slot rules as stored (see migration 14 for the hours format).
struct AppointmentRuleRow
{
    QString serviceCode;
    int slotMinutes = 30;
    int places = 1;
    QString hours;
    int daysAhead = 7;
    int cutoffMinutes = 60;
};

// One booking as stored. Times are ISO 8601 UTC text with milliseconds (they sort as text).
struct AppointmentRow
{
    qint64 id = 0;
    QString code;
    QString token;
    QString serviceCode;
    QString slotUtc;
    QString slotDay;
    QString name;
    QString phone;
    QString channel;
    QString state;
    QString bookedUtc;
    QString bookedBy;
    QString changedUtc;
    qint64 ticketId = 0;
    QString ticketNumber;
};

// Appointments: the bookable services' slot rules and the bookings.
class AppointmentStore
{
public:
    explicit AppointmentStore(Database &db)
        : m_db(db)
    {}

    std::optional<AppointmentRuleRow> rule(const QString &serviceCode);
    QList<AppointmentRuleRow> rules();
    // Creates or replaces a service's rules. Call inside a transaction.
    void putRule(const AppointmentRuleRow &row);

    // The places of a day's slots when the manager changed them; nothing: the rules' places.
    std::optional<int> dayPlaces(const QString &serviceCode, const QString &slotDay);
    // Call inside a transaction.
    void putDayPlaces(const QString &serviceCode, const QString &slotDay, int places);

    // Bookings of a service's slot that hold a place (every state but cancelled).
    int countHolding(const QString &serviceCode, const QString &slotUtc);
    // Call inside a transaction. Returns the new booking's id.
    qint64 insert(const AppointmentRow &row);
    // Writes the state, the time of the change and the ticket.
    void update(const AppointmentRow &row);
    std::optional<AppointmentRow> byCode(const QString &code);
    std::optional<AppointmentRow> byToken(const QString &token);
    bool codeExists(const QString &code);
    // The bookings of a day (the slots' local date), by slot then booking.
    QList<AppointmentRow> onDay(const QString &slotDay);
    // How many bookings whose slot is on days fromDay..toDay (ISO, inclusive) are in each state
    // (booked, checked_in, served, no_show, cancelled), as a sweep would leave them: one still
    // booked with a slot at or before missedBeforeUtc counts as no_show, and one checked in
    // whose ticket is finished as served.
    QMap<QString, qint64> stateCounts(const QString &fromDay, const QString &toDay,
                                      const QString &missedBeforeUtc);
    // Slot starts (ascending, from fromUtc on) of the phone's missed bookings: marked no-show,
    // or still booked with a slot at or before missedBeforeUtc (not yet marked).
    QStringList missedSlots(const QString &phone, const QString &fromUtc,
                            const QString &missedBeforeUtc);

    // Booked, not checked in, slot at or before missedBeforeUtc: how many, and marking them
    // no-show (call inside a transaction).
    qint64 countToMarkMissed(const QString &missedBeforeUtc);
    qint64 markMissed(const QString &missedBeforeUtc, const QString &nowUtc);
    // Checked in, and the ticket issued at check-in is done: how many, and marking them served.
    qint64 countToMarkServed();
    qint64 markServed(const QString &nowUtc);

private:
    Database &m_db;
};
