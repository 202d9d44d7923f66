#include "outboxstore.h"

#include "database.h"

#include <sqlite3.h>

qint64 OutboxStore::insert(const QString &createdUtc, const QString &kind, const QString &payload,
                           qint64 auditSeq)
{
    Statement s =
        m_db.prepare("INSERT INTO outbox (created_utc, kind, payload, audit_seq) VALUES (?,?,?,?)");
    s.bind(1, createdUtc).bind(2, kind).bind(3, payload).bind(4, auditSeq).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

qint64 OutboxStore::pendingCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE acked_utc IS NULL");
}

qint64 OutboxStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM outbox");
}

qint64 OutboxStore::lastSeq()
{
    return m_db.queryInt("SELECT coalesce(max(seq), 0) FROM outbox");
}

QList<OutboxRow> OutboxStore::after(qint64 seq, int limit, qint64 maxBytes)
{
    Statement s = m_db.prepare("SELECT seq, created_utc, kind, payload, audit_seq FROM outbox "
                               "WHERE seq > ? ORDER BY seq LIMIT ?");
    s.bind(1, seq).bind(2, static_cast<qint64>(limit));
    QList<OutboxRow> rows;
    qint64 bytes = 0;
    while (s.step()) {
        OutboxRow row{s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4)};
        bytes += row.payload.size() + row.kind.size() + 96;
        if (!rows.isEmpty() && bytes > maxBytes) {
            break;
        }
        rows.append(row);
    }
    return rows;
}

void OutboxStore::acknowledge(qint64 seq, const QString &atUtc)
{
    Statement s =
        m_db.prepare("UPDATE outbox SET acked_utc = ? WHERE seq <= ? AND acked_utc IS NULL");
    s.bind(1, atUtc).bind(2, seq).run();
}

qint64 OutboxStore::acknowledged()
{
    return m_db.queryInt("SELECT coalesce(max(seq), 0) FROM outbox WHERE acked_utc IS NOT NULL");
}

qint64 OutboxStore::pendingAfter(qint64 seq)
{
    Statement s = m_db.prepare("SELECT count(*) FROM outbox WHERE seq > ?");
    s.bind(1, seq);
    s.step();
    return s.int64(0);
}
