#pragma once

#include <QString>

#include <QList>

class Database;

struct OutboxRow
{
    qint64 seq = 0;
    QString createdUtc;
    QString kind;
    QString payload;
    qint64 auditSeq = 0;
};

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
    // The highest sequence written (0 when none).
    qint64 lastSeq();
    // Events after seq in order, at most limit of them and, past the first, at most maxBytes
    // of payload in all.
    QList<OutboxRow> after(qint64 seq, int limit, qint64 maxBytes);
    // Marks every event up to seq acknowledged by head office (those not marked yet).
    void acknowledge(qint64 seq, const QString &atUtc);
    // The highest acknowledged sequence (0 when none).
    qint64 acknowledged();
    qint64 pendingAfter(qint64 seq);

private:
    Database &m_db;
};
