#include "dailylogstore.h"

#include "database.h"

#include <sqlite3.h>

qint64 DailyLogStore::insert(const DailyLogRow &r)
{
    Statement s = m_db.prepare("INSERT INTO daily_log (business_day, revision, corrects, figures, "
                               "remarks, signed_by, signed_utc, sha256) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, r.businessDay).bind(2, r.revision);
    r.corrects > 0 ? s.bind(3, r.corrects) : s.bindNull(3);
    s.bind(4, r.figures).bind(5, r.remarks).bind(6, r.signedBy).bind(7, r.signedUtc);
    s.bind(8, r.sha256).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

QList<DailyLogRow> DailyLogStore::revisions(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT id, business_day, revision, coalesce(corrects, 0), figures, "
                               "remarks, signed_by, signed_utc, sha256 FROM daily_log "
                               "WHERE business_day = ? ORDER BY revision");
    s.bind(1, businessDay);
    QList<DailyLogRow> rows;
    while (s.step()) {
        rows.append({s.int64(0), s.text(1), static_cast<int>(s.int64(2)), s.int64(3), s.text(4),
                     s.text(5), s.text(6), s.text(7), s.text(8)});
    }
    return rows;
}

bool DailyLogStore::isSigned(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT 1 FROM daily_log WHERE business_day = ? LIMIT 1");
    s.bind(1, businessDay);
    return s.step();
}

qint64 DailyLogStore::insertIncident(const IncidentRow &r)
{
    Statement s = m_db.prepare("INSERT INTO day_incident (business_day, at_utc, reporter, kind, "
                               "text) VALUES (?,?,?,?,?)");
    s.bind(1, r.businessDay).bind(2, r.atUtc).bind(3, r.reporter).bind(4, r.kind);
    s.bind(5, r.text).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

QList<IncidentRow> DailyLogStore::incidents(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT id, business_day, at_utc, reporter, kind, text "
                               "FROM day_incident WHERE business_day = ? ORDER BY at_utc, id");
    s.bind(1, businessDay);
    QList<IncidentRow> rows;
    while (s.step()) {
        rows.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    }
    return rows;
}

QList<DayTicketRow> DailyLogStore::tickets(const QString &businessDay)
{
    return tickets(businessDay, businessDay);
}

QList<DayTicketRow> DailyLogStore::tickets(const QString &fromDay, const QString &toDay)
{
    Statement s = m_db.prepare(
        "SELECT t.service_code, coalesce(t.window_number, 0), t.state, t.issued_utc, "
        "coalesce(t.first_called_utc, ''), coalesce(t.service_seconds, -1), t.fair_since_utc, "
        "t.id, t.business_day, t.number, coalesce((SELECT a.actor FROM audit_log a "
        "WHERE a.subject = 'ticket:' || t.id AND a.action IN ('ticket.finish', 'ticket.no-show') "
        "ORDER BY a.seq DESC LIMIT 1), ''), t.kind = 'booked' "
        "FROM ticket t WHERE t.business_day BETWEEN ? AND ? ORDER BY t.id");
    s.bind(1, fromDay).bind(2, toDay);
    QList<DayTicketRow> rows;
    while (s.step()) {
        DayTicketRow r;
        r.serviceCode = s.text(0);
        r.window = static_cast<int>(s.int64(1));
        r.state = s.text(2);
        r.issuedUtc = s.text(3);
        r.firstCalledUtc = s.text(4);
        r.serviceSeconds = s.int64(5);
        r.fairSinceUtc = s.text(6);
        r.id = s.int64(7);
        r.businessDay = s.text(8);
        r.number = s.text(9);
        r.clerk = s.text(10);
        r.booked = s.int64(11) != 0;
        rows.append(r);
    }
    return rows;
}

QMap<QString, qint64> DailyLogStore::actionCounts(const QString &businessDay)
{
    Statement s = m_db.prepare(
        "SELECT action, count(*) FROM audit_log WHERE business_day = ? GROUP BY action");
    s.bind(1, businessDay);
    QMap<QString, qint64> counts;
    while (s.step()) {
        counts.insert(s.text(0), s.int64(1));
    }
    return counts;
}

QList<ActionCountRow> DailyLogStore::actionCounts(const QString &fromDay, const QString &toDay)
{
    Statement s = m_db.prepare("SELECT action, actor, count(*) FROM audit_log WHERE business_day "
                               "BETWEEN ? AND ? GROUP BY action, actor ORDER BY action, actor");
    s.bind(1, fromDay).bind(2, toDay);
    QList<ActionCountRow> rows;
    while (s.step()) {
        rows.append({s.text(0), s.text(1), s.int64(2)});
    }
    return rows;
}

qint64 DailyLogStore::overdueCases(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT count(*) FROM service_case WHERE due_date < ? AND state IN "
                               "('accepted', 'processing', 'extended', 'suspended')");
    s.bind(1, businessDay);
    return s.step() ? s.int64(0) : 0;
}
