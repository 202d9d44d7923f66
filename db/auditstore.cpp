#include "auditstore.h"

#include "database.h"

namespace
{
AuditRow readRow(const Statement &s)
{
    AuditRow r;
    r.seq = s.int64(0);
    r.atUtc = s.text(1);
    r.businessDay = s.text(2);
    r.actor = s.text(3);
    r.action = s.text(4);
    r.subject = s.text(5);
    r.payload = s.text(6);
    r.prevHash = s.text(7);
    r.hash = s.text(8);
    return r;
}

} // namespace

std::optional<AuditRow> AuditStore::last()
{
    Statement s = m_db.prepare("SELECT seq, at_utc, business_day, actor, action, subject, "
                               "payload, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

qint64 AuditStore::highWater()
{
    return m_db.queryInt("SELECT coalesce((SELECT seq FROM sqlite_sequence "
                         "WHERE name = 'audit_log'), 0)");
}

qint64 AuditStore::nextSeq()
{
    return std::max(highWater(), m_db.queryInt("SELECT coalesce(max(seq), 0) FROM audit_log")) + 1;
}

void AuditStore::insert(const AuditRow &row)
{
    Statement s = m_db.prepare("INSERT INTO audit_log (seq, at_utc, business_day, actor, action, "
                               "subject, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.seq)
        .bind(2, row.atUtc)
        .bind(3, row.businessDay)
        .bind(4, row.actor)
        .bind(5, row.action)
        .bind(6, row.subject)
        .bind(7, row.payload)
        .bind(8, row.prevHash)
        .bind(9, row.hash)
        .run();
}

std::optional<AuditAnchorRow> AuditStore::anchor(const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT business_day, first_seq, prev_hash, anchor_hash "
                               "FROM audit_anchor WHERE business_day = ?");
    s.bind(1, businessDay);
    if (s.step()) {
        return AuditAnchorRow{s.text(0), s.int64(1), s.text(2), s.text(3)};
    }
    return std::nullopt;
}

void AuditStore::insertAnchor(const AuditAnchorRow &row)
{
    Statement s = m_db.prepare("INSERT INTO audit_anchor (business_day, first_seq, prev_hash, "
                               "anchor_hash) VALUES (?,?,?,?)");
    s.bind(1, row.businessDay).bind(2, row.firstSeq).bind(3, row.prevHash).bind(4, row.anchorHash);
    s.run();
}

std::vector<AuditAnchorRow> AuditStore::anchors()
{
    std::vector<AuditAnchorRow> result;
    Statement s = m_db.prepare("SELECT business_day, first_seq, prev_hash, anchor_hash "
                               "FROM audit_anchor ORDER BY first_seq");
    while (s.step()) {
        result.push_back({s.text(0), s.int64(1), s.text(2), s.text(3)});
    }
    return result;
}

qint64 AuditStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

void AuditStore::forEach(const std::function<bool(const AuditRow &)> &fn)
{
    Statement s = m_db.prepare("SELECT seq, at_utc, business_day, actor, action, subject, "
                               "payload, prev_hash, hash FROM audit_log ORDER BY seq");
    while (s.step()) {
        if (!fn(readRow(s))) {
            return;
        }
    }
}

qint64 AuditStore::countFor(const QString &subject, const QString &action)
{
    Statement s = m_db.prepare("SELECT count(*) FROM audit_log WHERE subject = ? AND action = ?");
    s.bind(1, subject).bind(2, action);
    return s.step() ? s.int64(0) : 0;
}

std::optional<QString> AuditStore::lastFor(const QString &subject, const QString &action)
{
    Statement s = m_db.prepare("SELECT at_utc FROM audit_log WHERE subject = ? AND action = ? "
                               "ORDER BY seq DESC LIMIT 1");
    s.bind(1, subject).bind(2, action);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.text(0);
}

std::optional<AuditRow> AuditStore::latestFor(const QString &subject)
{
    Statement s = m_db.prepare("SELECT seq, at_utc, business_day, actor, action, subject, "
                               "payload, prev_hash, hash FROM audit_log WHERE subject = ? "
                               "ORDER BY seq DESC LIMIT 1");
    s.bind(1, subject);
    if (!s.step()) {
        return std::nullopt;
    }
    return readRow(s);
}

std::vector<AuditRow> AuditStore::after(qint64 seq, int limit)
{
    Statement s = m_db.prepare("SELECT seq, at_utc, business_day, actor, action, subject, "
                               "payload, prev_hash, hash FROM audit_log WHERE seq > ? "
                               "ORDER BY seq LIMIT ?");
    s.bind(1, seq).bind(2, limit);
    std::vector<AuditRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}
