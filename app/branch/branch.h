#pragma once

#include "audit/auditchain.h"
#include "staff/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

class Database;
struct CustomerRow;

struct BranchInfo
{
    QString code;
    QString name;
    QString timeZone = QStringLiteral("Asia/Shanghai");
};

// Thrown by Branch::record when the day's log is signed and the change has no manager's
// authorisation (Branch::Authorised).
class DaySigned : public PermissionDenied
{
public:
    using PermissionDenied::PermissionDenied;
};

// An open branch: its encrypted database, its time zone, and the one way to change its state:
// record(), which writes the change, an audit entry and an outbox entry in one transaction.
class Branch
{
    Q_DECLARE_TR_FUNCTIONS(Branch)
public:
    // Both throw DbException with a message for the user.
    static std::unique_ptr<Branch> open(const QString &dataDir, const QByteArray &passphrase);
    static std::unique_ptr<Branch> create(const QString &dataDir, const QByteArray &passphrase,
                                          const BranchInfo &info, const QString &actor);
    // A branch over a database already open: the new file of a rekey, before it is renamed
    // into place.
    static std::unique_ptr<Branch> adopt(std::unique_ptr<Database> db, const QString &dataDir);
    ~Branch();

    // An empty string when the code is acceptable, else what is wrong with it.
    static QString checkCode(const QString &code);

    Database &database() { return *m_db; }
    const QString &dataDir() const { return m_dataDir; }
    // Where a printed document named name is archived as PDF: archive/YYYY-MM/name.pdf in the
    // data folder, by the business day; the folder is created.
    QString archivePath(const QString &name) const;
    BranchInfo info() const { return m_info; }
    QTimeZone timeZone() const { return m_zone; }
    // The branch's calendar date at the given instant (its time zone, not the PC's).
    QDate businessDay(const QDateTime &utc) const;

    // Runs change (if any; it may complete the event, e.g. with the new row's id), then appends
    // the audit entry and the outbox entry, all in one transaction. Returns the audit entry's
    // number. Throws DbException; nothing at all is written then.
    // Once the day's log is signed, the counter's records of that day (cases, tickets,
    // questions) change only with a manager's authorisation: record() throws DaySigned
    // otherwise, and writes nothing.
    qint64 record(AuditEvent event, const std::function<void(AuditEvent &)> &change = {});
    // Writes branch settings (already checked by their owner) as one audited "setting.change".
    void changeSettings(const QMap<QString, QString> &values, const QString &actor);

    // While one lives, changes to a signed day are authorised by the named manager (checked by
    // StaffDirectory::authorise before), and each such audit entry names them.
    class Authorised
    {
    public:
        Authorised(Branch &branch, const QString &manager)
            : m_branch(branch)
        {
            m_branch.m_authorisedBy = manager;
        }
        ~Authorised() { m_branch.m_authorisedBy.clear(); }
        Authorised(const Authorised &) = delete;
        Authorised &operator=(const Authorised &) = delete;

    private:
        Branch &m_branch;
    };
    // Whether the action is one of the counter's records that a signed day locks.
    static bool lockedBySignedDay(const QString &action);

    AuditChain::Verification verifyAudit();

    qint64 addStaff(const QString &actor, const QString &login, const QString &displayName,
                    const QString &role, const QString &password);
    qint64 addCustomer(const QString &actor, const CustomerRow &customer);

private:
    Branch(std::unique_ptr<Database> db, QString dataDir);
    void loadInfo();

    std::unique_ptr<Database> m_db;
    QString m_dataDir;
    BranchInfo m_info;
    QTimeZone m_zone;
    QString m_authorisedBy;
};
