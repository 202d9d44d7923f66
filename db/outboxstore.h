#pragma once

#include <QString>

class Database;

// The outbox: events for head office, written in the same transaction as each change and kept
// until head office acknowledges them (the nightly sync ships them).
class OutboxStore
{
public:
    explicit OutboxStore(Database &db)
        : m_db(db)
    {}

    qint64 insert(const QString &createdUtc, const QString &kind, const QString &payload,
                  qint64 auditSeq);
    qint64 pendingCount();
    qint64 count();

private:
    Database &m_db;
};
