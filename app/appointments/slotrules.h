#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

class WorkingCalendar;
struct AppointmentRuleRow;

// A bookable service's slot rules: slot length, places per slot, opening hours per weekday, how
// many working days ahead it can be booked and the cut-off before a slot. Slots exist only on
// the branch's working days.
class SlotRules
{
    Q_DECLARE_TR_FUNCTIONS(SlotRules)
public:
    struct Range
    {
        QTime from;
        QTime to; // exclusive: the last slot ends by then
    };
    using Hours = std::array<QList<Range>, 7>; // Monday first

    QString serviceCode;
    int slotMinutes = 30;
    int places = 1;
    Hours hours;
    int daysAhead = 7;      // working days after today
    int cutoffMinutes = 60; // booking and cancelling close this long before the slot

    // "09:00-12:00,13:30-16:30;...": seven ';'-separated fields, Monday first (fewer fields:
    // the rest closed). On a malformed text, nothing, and *error says what is wrong.
    static std::optional<Hours> parseHours(const QString &text, QString *error);
    static QString formatHours(const Hours &hours);

    static std::optional<SlotRules> fromRow(const AppointmentRuleRow &row, QString *error);
    AppointmentRuleRow toRow() const;
    // Empty when the rules are acceptable, else what is wrong.
    QString check() const;

    // The local start times of the day's slots: none unless the calendar makes it a working
    // day. A make-up working day (调休) on a weekend keeps its own weekday's hours if it has
    // any, else it opens as a Monday does.
    QList<QTime> startsOn(QDate date, const WorkingCalendar &calendar) const;
};
