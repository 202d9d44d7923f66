#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

struct CaseItemRow
{
    int position = 0;
    QString document;
    QString name; // zh_CN name as the checklist showed it
    QString form; // original, copy, original+copy
    int count = 1;
    QString condition;
    QString status = QStringLiteral("pending");
    QString reason;
};

struct CaseRow
{
    qint64 id = 0;
    QString serviceCode;
    qint64 customerId = 0;
    QString agentName;
    QString agentIdType = QStringLiteral("resident");
    QString agentIdNumber;
    QString agentPhone;
    QString conditions;
    QString state;
    QString owner;
    int window = 0;
    QString ticketNumber;
    QString openedUtc;
    QString noticeNumber;
    QString noticeUtc;
    QString bringBy;
    QString caseNumber;
    QString acceptedUtc;
    QString countedFrom;
    QString dueDate;
    bool dueProvisional = false;
    QString closedUtc;
    QString outcomeNumber;
    QString outcomeNote;
    QString token;
    QString notes;
    QList<CaseItemRow> items;
};

// A step of a case as the KPIs count it: a one-time notice, an acceptance, or the case ready.
struct CaseEventRow
{
    qint64 caseId = 0;
    QString action; // case.notice, case.accept or case.ready
    QString businessDay;
    QString actor;
    QString serviceCode;
    // The date promised on the receipt (the acceptance's), whatever extensions came later;
    // the case's current due date when the acceptance does not say. Empty before acceptance.
    QString promisedDue;
};

// Cases and their checklists; the daily number sequences.
class CaseStore
{
public:
    explicit CaseStore(Database &db)
        : m_db(db)
    {}

    qint64 insert(const CaseRow &row); // with its items
    void update(const CaseRow &row);   // the case's own columns
    void replaceItems(qint64 caseId, const QList<CaseItemRow> &items);
    std::optional<CaseRow> byId(qint64 id);
    std::optional<CaseRow> byNoticeNumber(const QString &number);
    std::optional<CaseRow> byToken(const QString &token);
    QList<CaseRow> list(const QString &owner, bool openOnly);
    // Notices, acceptances and cases ready on business days from..to (inclusive), from the audit.
    QList<CaseEventRow> events(const QString &fromDay, const QString &toDay);
    // The next number of a daily sequence; call inside the transaction that uses it.
    int nextNumber(const QString &businessDay, const QString &kind);

private:
    std::optional<CaseRow> one(const char *where, const QString &value);
    Database &m_db;
};
