#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

class HqDatabase;

// Stores a branch's batch of outbox events idempotently (docs/sync.md, POST /api/v1/batches):
// COPY into a temporary table, then INSERT ... SELECT ... ON CONFLICT (branch_code, seq) DO
// NOTHING, all in one transaction with the branch's acknowledged watermark. Each (branch, seq)
// is stored once; a duplicate whose content differs is a conflict, logged, and the first stands.
class Ingest
{
    Q_DECLARE_TR_FUNCTIONS(Ingest)
public:
    struct Event
    {
        qint64 seq = 0;
        QString createdUtc; // ISO 8601 with milliseconds, UTC
        QString kind;
        qint64 auditSeq = -1; // -1: none
        QByteArray payload;   // JSON text, stored as jsonb
    };

    struct Result
    {
        enum class Status { Stored, UnknownBranch, Revoked, BadPayload };
        Status status = Status::Stored;
        qint64 acknowledged = 0;
        qint64 stored = 0;
        qint64 duplicates = 0;
        qint64 conflicts = 0;
        QList<qint64> conflictSeqs;
    };

    explicit Ingest(HqDatabase &db)
        : m_db(db)
    {}

    // The events of a batch's JSON array: ascending seq from 1, ISO times, kinds and JSON
    // payloads as strings. Empty error when valid.
    static QList<Event> parse(const QJsonArray &events, QString *error);

    // The body of POST /api/v1/batches, {"branch": CODE, "events": [...]}, from the branch that
    // signed it: the events, or the refusal (status 400 or 413, and what is wrong).
    struct Batch
    {
        int status = 200;
        QString error;
        QList<Event> events;
    };
    static Batch parseBatch(const QByteArray &body, const QString &branch, int maxEvents);
    // The events in COPY's text format, one line each, as store() sends them.
    static QByteArray copyRows(const QList<Event> &events);

    // Stores the events in one transaction. Throws HqDbError when the database fails.
    Result store(const QString &branch, const QList<Event> &events);
    // The branch's watermark: every event 1..n is held.
    qint64 acknowledged(const QString &branch);

private:
    HqDatabase &m_db;
};
