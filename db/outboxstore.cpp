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
