#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class Database;

struct AuditRow
{
    qint64 seq = 0;
    QString atUtc;
    QString businessDay;
    QString actor;
    QString action;
    QString subject;
    QString payload;
    QString prevHash;
    QString hash;
};

struct AuditAnchorRow
{
    QString businessDay;
    qint64 firstSeq = 0;
    QString prevHash;
    QString anchorHash;
};

// Rows of the audit chain and its per-day anchors. Hashing and checking live in app/audit.
class AuditStore
{
public:
    explicit AuditStore(Database &db)
        : m_db(db)
    {}

    std::optional<AuditRow> last();
    // The number the next entry gets: one past the highest ever given (deleted ones included).
    qint64 nextSeq();
    // The highest number ever given, as SQLite's sequence table remembers it.
    qint64 highWater();
    void insert(const AuditRow &row);
    std::optional<AuditAnchorRow> anchor(const QString &businessDay);
    void insertAnchor(const AuditAnchorRow &row);
    std::vector<AuditAnchorRow> anchors();
    qint64 count();
    // How many entries record action on subject, and when the latest one was written.
    qint64 countFor(const QString &subject, const QString &action);
    std::optional<QString> lastFor(const QString &subject, const QString &action);
    // The latest entry about subject, whatever its action.
    std::optional<AuditRow> latestFor(const QString &subject);
    // Calls fn for every entry in sequence order until it returns false.
    void forEach(const std::function<bool(const AuditRow &)> &fn);
    // At most limit entries numbered above seq, in order (what happened since seq).
    std::vector<AuditRow> after(qint64 seq, int limit);

private:
    Database &m_db;
};
