#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Database;
struct AuditRow;

// What happened, by whom, to what: one entry of the audit chain.
struct AuditEvent
{
    QString actor;       // staff login, or "system", "cli", ...
    QString action;      // e.g. "branch.create", "customer.create"
    QString subject;     // what it concerns, e.g. "customer:12"
    QJsonObject payload; // details; personal data only masked
    // What head office needs beyond the audit's masked payload (e.g. the phone number an SMS
    // goes to): written to the outbox only, never into the audit chain.
    QJsonObject forHeadOffice = {};

    // An SMS for head office to send: the number goes to the outbox only, the audit keeps its
    // mask.
    void sendSms(const QString &phone, const QString &text);
};

// The tamper-evident audit chain. Each entry's SHA-256 covers its content and the previous
// entry's hash; the first entry of each business day hangs from an anchor that names the day and
// the hash it continues from. Editing, deleting or reordering any entry breaks the chain.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    struct Verification
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0; // 0 when ok
        QString reason;
    };

    explicit AuditChain(Database &db)
        : m_db(db)
    {}

    // Appends an entry; the caller's transaction must be open. Returns the entry's number.
    qint64 append(const AuditEvent &event, const QString &atUtc, const QString &businessDay);
    Verification verify();

    static QString genesisHash();
    static QString entryHash(const AuditRow &row);
    static QString anchorHash(const QString &businessDay, const QString &prevHash);

private:
    Database &m_db;
};
