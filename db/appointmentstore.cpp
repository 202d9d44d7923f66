#include "appointmentstore.h"

#include "database.h"

#define APPOINTMENT_COLUMNS                                                                        \
    "id, code, token, service_code, slot_utc, slot_day, name, phone, channel, state, "             \
    "booked_utc, booked_by, changed_utc, ticket_id, ticket_number"

namespace
{
AppointmentRow readRow(const Statement &s)
{
    AppointmentRow r;
    r.id = s.int64(0);
    r.code = s.text(1);
    r.token = s.text(2);
    r.serviceCode = s.text(3);
    r.slotUtc = s.text(4);
    r.slotDay = s.text(5);
    r.name = s.text(6);
    r.phone = s.text(7);
    r.channel = s.text(8);
    r.state = s.text(9);
    r.bookedUtc = s.text(10);
    r.bookedBy = s.text(11);
    r.changedUtc = s.text(12);
    r.ticketId = s.isNull(13) ? 0 : s.int64(13);
    r.ticketNumber = s.text(14);
    return r;
}

std::optional<AppointmentRow> one(Statement &s)
{
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

AppointmentRuleRow readRule(const Statement &s)
{
    return {s.text(0), static_cast<int>(s.int64(1)), static_cast<int>(s.int64(2)),
            s.text(3), static_cast<int>(s.int64(4)), static_cast<int>(s.int64(5))};
}
} // namespace

std::optional<AppointmentRuleRow> AppointmentStore::rule(const QString &serviceCode)
{
    Statement s = m_db.prepare("SELECT service_code, slot_minutes, places, hours, days_ahead, "
                               "cutoff_minutes FROM appointment_rule WHERE service_code = ?");
    s.bind(1, serviceCode);
    if (s.step()) {
        return readRule(s);
    }
    return std::nullopt;
}

QList<AppointmentRuleRow> AppointmentStore::rules()
{
    Statement s = m_db.prepare("SELECT service_code, slot_minutes, places, hours, days_ahead, "
                               "cutoff_minutes FROM appointment_rule ORDER BY service_code");
    QList<AppointmentRuleRow> rows;
    while (s.step()) {
        rows.append(readRule(s));
    }
    return rows;
}

void AppointmentStore::putRule(const AppointmentRuleRow &row)
{
    Statement s = m_db.prepare(
        "INSERT OR REPLACE INTO appointment_rule (service_code, slot_minutes, places, hours, "
        "days_ahead, cutoff_minutes) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, row.serviceCode)
        .bind(2, row.slotMinutes)
        .bind(3, row.places)
        .bind(4, row.hours)
        .bind(5, row.daysAhead)
        .bind(6, row.cutoffMinutes);
    s.run();
}

std::optional<int> AppointmentStore::dayPlaces(const QString &serviceCode, const QString &slotDay)
{
    Statement s = m_db.prepare(
        "SELECT places FROM appointment_places WHERE service_code = ? AND slot_day = ?");
    s.bind(1, serviceCode).bind(2, slotDay);
    return s.step() ? std::optional<int>(static_cast<int>(s.int64(0))) : std::nullopt;
}

void AppointmentStore::putDayPlaces(const QString &serviceCode, const QString &slotDay, int places)
{
    Statement s = m_db.prepare("INSERT INTO appointment_places (service_code, slot_day, places) "
                               "VALUES (?, ?, ?) ON CONFLICT (service_code, slot_day) DO UPDATE "
                               "SET places = excluded.places");
    s.bind(1, serviceCode).bind(2, slotDay).bind(3, places);
    s.run();
}

int AppointmentStore::countHolding(const QString &serviceCode, const QString &slotUtc)
{
    Statement s = m_db.prepare("SELECT count(*) FROM appointment WHERE service_code = ? AND "
                               "slot_utc = ? AND state <> 'cancelled'");
    s.bind(1, serviceCode).bind(2, slotUtc);
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

qint64 AppointmentStore::insert(const AppointmentRow &row)
{
    Statement s = m_db.prepare(
        "INSERT INTO appointment (code, token, service_code, slot_utc, slot_day, name, phone, "
        "channel, state, booked_utc, booked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, row.code)
        .bind(2, row.token)
        .bind(3, row.serviceCode)
        .bind(4, row.slotUtc)
        .bind(5, row.slotDay)
        .bind(6, row.name)
        .bind(7, row.phone)
        .bind(8, row.channel)
        .bind(9, row.state)
        .bind(10, row.bookedUtc)
        .bind(11, row.bookedBy);
    s.run();
    return m_db.queryInt("SELECT last_insert_rowid()");
}

void AppointmentStore::update(const AppointmentRow &row)
{
    Statement s = m_db.prepare("UPDATE appointment SET state = ?, changed_utc = ?, ticket_id = ?, "
                               "ticket_number = ? WHERE id = ?");
    s.bind(1, row.state).bind(2, row.changedUtc);
    if (row.ticketId > 0) {
        s.bind(3, row.ticketId);
    } else {
        s.bindNull(3);
    }
    s.bind(4, row.ticketNumber).bind(5, row.id);
    s.run();
}

std::optional<AppointmentRow> AppointmentStore::byCode(const QString &code)
{
    Statement s = m_db.prepare("SELECT " APPOINTMENT_COLUMNS " FROM appointment WHERE code = ?");
    s.bind(1, code);
    return one(s);
}

std::optional<AppointmentRow> AppointmentStore::byToken(const QString &token)
{
    Statement s = m_db.prepare("SELECT " APPOINTMENT_COLUMNS " FROM appointment WHERE token = ?");
    s.bind(1, token);
    return one(s);
}

bool AppointmentStore::codeExists(const QString &code)
{
    Statement s = m_db.prepare("SELECT 1 FROM appointment WHERE code = ?");
    s.bind(1, code);
    return s.step();
}

QList<AppointmentRow> AppointmentStore::onDay(const QString &slotDay)
{
    Statement s = m_db.prepare("SELECT " APPOINTMENT_COLUMNS
                               " FROM appointment WHERE slot_day = ? ORDER BY slot_utc, id");
    s.bind(1, slotDay);
    QList<AppointmentRow> rows;
    while (s.step()) {
        rows.append(readRow(s));
    }
    return rows;
}

QStringList AppointmentStore::missedSlots(const QString &phone, const QString &fromUtc,
                                          const QString &missedBeforeUtc)
{
    Statement s = m_db.prepare(
        "SELECT slot_utc FROM appointment WHERE phone = ? AND slot_utc >= ? AND (state = "
        "'no_show' OR (state = 'booked' AND slot_utc <= ?)) ORDER BY slot_utc");
    s.bind(1, phone).bind(2, fromUtc).bind(3, missedBeforeUtc);
    QStringList slots;
    while (s.step()) {
        slots.append(s.text(0));
    }
    return slots;
}

QMap<QString, qint64> AppointmentStore::stateCounts(const QString &fromDay, const QString &toDay,
                                                    const QString &missedBeforeUtc)
{
    Statement s = m_db.prepare(
        "SELECT CASE WHEN a.state = 'booked' AND a.slot_utc <= ? THEN 'no_show' "
        "WHEN a.state = 'checked_in' AND t.state = 'done' THEN 'served' ELSE a.state END AS s, "
        "count(*) FROM appointment a LEFT JOIN ticket t ON t.id = a.ticket_id "
        "WHERE a.slot_day BETWEEN ? AND ? GROUP BY s");
    s.bind(1, missedBeforeUtc).bind(2, fromDay).bind(3, toDay);
    QMap<QString, qint64> counts;
    while (s.step()) {
        counts.insert(s.text(0), s.int64(1));
    }
    return counts;
}

qint64 AppointmentStore::countToMarkMissed(const QString &missedBeforeUtc)
{
    Statement s =
        m_db.prepare("SELECT count(*) FROM appointment WHERE state = 'booked' AND slot_utc <= ?");
    s.bind(1, missedBeforeUtc);
    return s.step() ? s.int64(0) : 0;
}

qint64 AppointmentStore::markMissed(const QString &missedBeforeUtc, const QString &nowUtc)
{
    Statement s = m_db.prepare("UPDATE appointment SET state = 'no_show', changed_utc = ? WHERE "
                               "state = 'booked' AND slot_utc <= ?");
    s.bind(1, nowUtc).bind(2, missedBeforeUtc);
    s.run();
    return m_db.queryInt("SELECT changes()");
}

qint64 AppointmentStore::countToMarkServed()
{
    return m_db.queryInt("SELECT count(*) FROM appointment a JOIN ticket t ON t.id = a.ticket_id "
                         "WHERE a.state = 'checked_in' AND t.state = 'done'");
}

qint64 AppointmentStore::markServed(const QString &nowUtc)
{
    Statement s = m_db.prepare(
        "UPDATE appointment SET state = 'served', changed_utc = ? WHERE state = 'checked_in' "
        "AND ticket_id IN (SELECT id FROM ticket WHERE state = 'done')");
    s.bind(1, nowUtc);
    s.run();
    return m_db.queryInt("SELECT changes()");
}
