#include "queuestore.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

// The columns every ticket query reads, in the order readTicket() expects (a literal, so that
// each statement stays one string with bound parameters).
#define TICKET_COLUMNS                                                                             \
    "id, business_day, prefix, seq, number, service_code, kind, priority_group, token, state, "    \
    "issued_utc, fair_since_utc, due_utc, target_window, window_number, call_count, transfers, "   \
    "first_called_utc, last_called_utc, serving_utc, parked_utc, finished_utc, service_seconds"

namespace
{
TicketRow readTicket(const Statement &s)
{
    TicketRow r;
    r.id = s.int64(0);
    r.businessDay = s.text(1);
    r.prefix = s.text(2);
    r.seq = static_cast<int>(s.int64(3));
    r.number = s.text(4);
    r.serviceCode = s.text(5);
    r.kind = s.text(6);
    r.priorityGroup = s.text(7);
    r.token = s.text(8);
    r.state = s.text(9);
    r.issuedUtc = s.text(10);
    r.fairSinceUtc = s.text(11);
    r.dueUtc = s.text(12);
    r.targetWindow = static_cast<int>(s.int64(13));
    r.window = static_cast<int>(s.int64(14));
    r.callCount = static_cast<int>(s.int64(15));
    r.transfers = static_cast<int>(s.int64(16));
    r.firstCalledUtc = s.text(17);
    r.lastCalledUtc = s.text(18);
    r.servingUtc = s.text(19);
    r.parkedUtc = s.text(20);
    r.finishedUtc = s.text(21);
    r.serviceSeconds = s.isNull(22) ? -1 : s.int64(22);
    return r;
}

// Empty text and 0 are stored as NULL.
void bindText(Statement &s, int index, const QString &value)
{
    if (value.isEmpty()) {
        s.bindNull(index);
    } else {
        s.bind(index, value);
    }
}

void bindWindow(Statement &s, int index, int window)
{
    if (window <= 0) {
        s.bindNull(index);
    } else {
        s.bind(index, window);
    }
}

QList<TicketRow> readTickets(Statement &s)
{
    QList<TicketRow> rows;
    while (s.step()) {
        rows.append(readTicket(s));
    }
    return rows;
}
} // namespace

int QueueStore::lastSeq(const QString &businessDay, const QString &prefix)
{
    Statement s = m_db.prepare(
        "SELECT coalesce(max(seq), 0) FROM ticket WHERE business_day = ? AND prefix = ?");
    s.bind(1, businessDay).bind(2, prefix);
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

qint64 QueueStore::insertTicket(const TicketRow &r)
{
    Q_ASSERT(m_db.inTransaction());
    Statement s = m_db.prepare(
        "INSERT INTO ticket (business_day, prefix, seq, number, service_code, kind, "
        "priority_group, token, state, issued_utc, fair_since_utc, due_utc, target_window) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.businessDay)
        .bind(2, r.prefix)
        .bind(3, r.seq)
        .bind(4, r.number)
        .bind(5, r.serviceCode)
        .bind(6, r.kind)
        .bind(7, r.priorityGroup)
        .bind(8, r.token)
        .bind(9, r.state)
        .bind(10, r.issuedUtc)
        .bind(11, r.fairSinceUtc);
    bindText(s, 12, r.dueUtc);
    bindWindow(s, 13, r.targetWindow);
    s.run();
    return m_db.queryInt("SELECT last_insert_rowid()");
}

void QueueStore::updateTicket(const TicketRow &r)
{
    Q_ASSERT(m_db.inTransaction());
    Statement s = m_db.prepare(
        "UPDATE ticket SET service_code = ?, state = ?, target_window = ?, window_number = ?, "
        "call_count = ?, transfers = ?, first_called_utc = ?, last_called_utc = ?, "
        "serving_utc = ?, parked_utc = ?, finished_utc = ?, service_seconds = ? WHERE id = ?");
    s.bind(1, r.serviceCode).bind(2, r.state);
    bindWindow(s, 3, r.targetWindow);
    bindWindow(s, 4, r.window);
    s.bind(5, r.callCount).bind(6, r.transfers);
    bindText(s, 7, r.firstCalledUtc);
    bindText(s, 8, r.lastCalledUtc);
    bindText(s, 9, r.servingUtc);
    bindText(s, 10, r.parkedUtc);
    bindText(s, 11, r.finishedUtc);
    if (r.serviceSeconds < 0) {
        s.bindNull(12);
    } else {
        s.bind(12, r.serviceSeconds);
    }
    s.bind(13, r.id);
    s.run();
}

std::optional<TicketRow> QueueStore::ticket(qint64 id)
{
    Statement s = m_db.prepare("SELECT " TICKET_COLUMNS " FROM ticket WHERE id = ?");
    s.bind(1, id);
    if (s.step()) {
        return readTicket(s);
    }
    return std::nullopt;
}

std::optional<TicketRow> QueueStore::ticketByNumber(const QString &businessDay,
                                                    const QString &number)
{
    Statement s =
        m_db.prepare("SELECT " TICKET_COLUMNS " FROM ticket WHERE business_day = ? AND number = ?");
    s.bind(1, businessDay).bind(2, number);
    if (s.step()) {
        return readTicket(s);
    }
    return std::nullopt;
}

std::optional<TicketRow> QueueStore::ticketByToken(const QString &token)
{
    Statement s = m_db.prepare("SELECT " TICKET_COLUMNS " FROM ticket WHERE token = ?");
    s.bind(1, token);
    if (s.step()) {
        return readTicket(s);
    }
    return std::nullopt;
}

std::optional<TicketRow> QueueStore::currentAt(int window)
{
    Statement s = m_db.prepare("SELECT " TICKET_COLUMNS " FROM ticket WHERE window_number = ? "
                               "AND state IN ('called', 'serving') ORDER BY id DESC LIMIT 1");
    s.bind(1, window);
    if (s.step()) {
        return readTicket(s);
    }
    return std::nullopt;
}

QList<TicketRow> QueueStore::tickets(const QString &businessDay, const QStringList &states)
{
    if (states.isEmpty()) {
        Statement s = m_db.prepare("SELECT " TICKET_COLUMNS
                                   " FROM ticket WHERE business_day = ? ORDER BY id");
        s.bind(1, businessDay);
        return readTickets(s);
    }
    // The states travel as one JSON array parameter, so the statement stays fixed.
    Statement s = m_db.prepare("SELECT " TICKET_COLUMNS " FROM ticket WHERE business_day = ? "
                               "AND state IN (SELECT value FROM json_each(?)) ORDER BY id");
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(states)).toJson(QJsonDocument::Compact));
    s.bind(1, businessDay).bind(2, json);
    return readTickets(s);
}

QMap<QString, int> QueueStore::waitingCounts(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT service_code, count(*) FROM ticket WHERE business_day = ? "
                               "AND state = 'waiting' GROUP BY service_code");
    s.bind(1, businessDay);
    QMap<QString, int> counts;
    while (s.step()) {
        counts.insert(s.text(0), static_cast<int>(s.int64(1)));
    }
    return counts;
}

QList<TicketRow> QueueStore::callableAt(int window, const QString &businessDay)
{
    Statement s = m_db.prepare(
        "SELECT " TICKET_COLUMNS " FROM ticket t WHERE t.business_day = ? AND t.state = 'waiting' "
        "AND (t.target_window = ? OR (t.target_window IS NULL AND t.service_code IN "
        "(SELECT service_code FROM queue_window_service WHERE window_number = ?))) ORDER BY id");
    s.bind(1, businessDay).bind(2, window).bind(3, window);
    return readTickets(s);
}

qint64 QueueStore::countOpenBefore(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT count(*) FROM ticket WHERE business_day < ? "
                               "AND state IN ('waiting', 'called', 'serving', 'parked')");
    s.bind(1, businessDay);
    return s.step() ? s.int64(0) : 0;
}

qint64 QueueStore::expireOpenBefore(const QString &businessDay, const QString &nowUtc)
{
    Q_ASSERT(m_db.inTransaction());
    Statement s =
        m_db.prepare("UPDATE ticket SET state = 'expired', finished_utc = ? WHERE business_day < ? "
                     "AND state IN ('waiting', 'called', 'serving', 'parked')");
    s.bind(1, nowUtc).bind(2, businessDay);
    s.run();
    return m_db.queryInt("SELECT changes()");
}

QList<qint64> QueueStore::recentServiceSeconds(const QString &serviceCode, int count)
{
    Statement s = m_db.prepare(
        "SELECT service_seconds FROM ticket WHERE service_code = ? AND service_seconds IS NOT "
        "NULL ORDER BY finished_utc DESC, id DESC LIMIT ?");
    s.bind(1, serviceCode).bind(2, count);
    QList<qint64> seconds;
    while (s.step()) {
        seconds.append(s.int64(0));
    }
    return seconds;
}

QList<WindowRow> QueueStore::windows()
{
    QList<WindowRow> rows;
    Statement w = m_db.prepare("SELECT number, name, is_open FROM queue_window ORDER BY number");
    while (w.step()) {
        rows.append({static_cast<int>(w.int64(0)), w.text(1), w.int64(2) != 0, {}});
    }
    Statement svc = m_db.prepare("SELECT service_code FROM queue_window_service "
                                 "WHERE window_number = ? ORDER BY rank");
    for (WindowRow &row : rows) {
        svc.bind(1, row.number);
        while (svc.step()) {
            row.services.append(svc.text(0));
        }
        svc.reset();
    }
    return rows;
}

std::optional<WindowRow> QueueStore::window(int number)
{
    for (const WindowRow &row : windows()) {
        if (row.number == number) {
            return row;
        }
    }
    return std::nullopt;
}

void QueueStore::putWindow(const WindowRow &row)
{
    Q_ASSERT(m_db.inTransaction());
    Statement w = m_db.prepare(
        "INSERT INTO queue_window (number, name, is_open) VALUES (?,?,?) "
        "ON CONFLICT (number) DO UPDATE SET name = excluded.name, is_open = excluded.is_open");
    w.bind(1, row.number).bind(2, row.name).bind(3, row.open ? 1 : 0).run();
    Statement clear = m_db.prepare("DELETE FROM queue_window_service WHERE window_number = ?");
    clear.bind(1, row.number).run();
    Statement svc = m_db.prepare(
        "INSERT INTO queue_window_service (window_number, rank, service_code) VALUES (?,?,?)");
    for (int rank = 0; rank < row.services.size(); ++rank) {
        svc.bind(1, row.number).bind(2, rank).bind(3, row.services.at(rank)).run();
        svc.reset();
    }
}

bool QueueStore::removeWindow(int number)
{
    Statement s = m_db.prepare("DELETE FROM queue_window WHERE number = ?");
    s.bind(1, number).run();
    return m_db.queryInt("SELECT changes()") > 0;
}

void QueueStore::removeAllWindows()
{
    m_db.exec("DELETE FROM queue_window");
}
