#include "slotrules.h"

#include "appointmentstore.h"
#include "calendar/workingcalendar.h"

#include <QRegularExpression>

std::optional<SlotRules::Hours> SlotRules::parseHours(const QString &text, QString *error)
{
    static const QRegularExpression range(
        QStringLiteral("^\\s*([0-2][0-9]:[0-5][0-9])\\s*-\\s*([0-2][0-9]:[0-5][0-9])\\s*$"));
    const QStringList days = text.split(QLatin1Char(';'));
    if (days.size() > 7) {
        *error = tr("Opening hours have at most seven days (Monday to Sunday), not %1.")
                     .arg(days.size());
        return std::nullopt;
    }
    Hours hours;
    for (int d = 0; d < days.size(); ++d) {
        const QString day = days.at(d).trimmed();
        if (day.isEmpty()) {
            continue;
        }
        for (const QString &part : day.split(QLatin1Char(','))) {
            const QRegularExpressionMatch m = range.match(part);
            const QTime from =
                m.hasMatch() ? QTime::fromString(m.captured(1), QStringLiteral("HH:mm")) : QTime();
            const QTime to =
                m.hasMatch() ? QTime::fromString(m.captured(2), QStringLiteral("HH:mm")) : QTime();
            if (!from.isValid() || !to.isValid() || from >= to) {
                *error = tr("Opening hours: \"%1\" is not a range such as 09:00-12:00.")
                             .arg(part.trimmed());
                return std::nullopt;
            }
            hours[static_cast<size_t>(d)].append({from, to});
        }
    }
    return hours;
}

QString SlotRules::formatHours(const Hours &hours)
{
    QStringList days;
    for (const QList<Range> &day : hours) {
        QStringList ranges;
        for (const Range &r : day) {
            ranges << r.from.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                          + r.to.toString(QStringLiteral("HH:mm"));
        }
        days << ranges.join(QLatin1Char(','));
    }
    return days.join(QLatin1Char(';'));
}

std::optional<SlotRules> SlotRules::fromRow(const AppointmentRuleRow &row, QString *error)
{
    const std::optional<Hours> hours = parseHours(row.hours, error);
    if (!hours) {
        return std::nullopt;
    }
    SlotRules r;
    r.serviceCode = row.serviceCode;
    r.slotMinutes = row.slotMinutes;
    r.places = row.places;
    r.hours = *hours;
    r.daysAhead = row.daysAhead;
    r.cutoffMinutes = row.cutoffMinutes;
    const QString problem = r.check();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return r;
}

AppointmentRuleRow SlotRules::toRow() const
{
    return {serviceCode, slotMinutes, places, formatHours(hours), daysAhead, cutoffMinutes};
}

QString SlotRules::check() const
{
    if (serviceCode.isEmpty()) {
        return tr("Slot rules need a service.");
    }
    if (slotMinutes < 5 || slotMinutes > 480) {
        return tr("A slot lasts from 5 to 480 minutes, not %1.").arg(slotMinutes);
    }
    if (places < 1 || places > 1000) {
        return tr("A slot has from 1 to 1000 places, not %1.").arg(places);
    }
    if (daysAhead < 0 || daysAhead > 365) {
        return tr("Bookings open from 0 to 365 working days ahead, not %1.").arg(daysAhead);
    }
    if (cutoffMinutes < 0 || cutoffMinutes > 10080) {
        return tr("The booking cut-off is from 0 to 10080 minutes, not %1.").arg(cutoffMinutes);
    }
    return {};
}

QList<QTime> SlotRules::startsOn(QDate date, const WorkingCalendar &calendar) const
{
    QList<QTime> starts;
    if (!date.isValid() || !calendar.isWorkingDay(date)) {
        return starts;
    }
    QList<Range> day = hours.at(static_cast<size_t>(date.dayOfWeek() - 1));
    if (day.isEmpty() && date.dayOfWeek() >= 6) {
        day = hours.at(0);
    }
    for (const Range &r : day) {
        for (QTime t = r.from;
             t.isValid() && t.addSecs(slotMinutes * 60) <= r.to && t.addSecs(slotMinutes * 60) > t;
             t = t.addSecs(slotMinutes * 60)) {
            starts.append(t);
        }
    }
    return starts;
}
