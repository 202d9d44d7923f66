#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

class Database;

struct BranchRow
{
    QString code;
    QString name;
    QString timeZone;
    QString createdUtc;
};

struct StaffRow
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role;
    QString passwordHash;
    bool active = true;
    QString createdUtc;
    int failedLogins = 0;
    QString lockedUntilUtc; // empty: not locked
    // Hall host sign-ins issued before this are refused (disabled or password reset); empty: none.
    QString sessionsAfterUtc;
};

struct CustomerRow
{
    qint64 id = 0;
    QString name;
    QString idType;
    QString idNumber;
    QString phone;
    QString createdUtc;
};

// The branch's identity, its staff and its customers.
class BranchStore
{
public:
    explicit BranchStore(Database &db)
        : m_db(db)
    {}

    std::optional<BranchRow> branch();
    void setBranch(const BranchRow &row);

    qint64 insertStaff(const StaffRow &row);
    std::optional<StaffRow> staffByLogin(const QString &login);
    std::optional<StaffRow> staffById(qint64 id);
    // Enables or disables an account; sign-ins issued before sessionsAfterUtc end.
    void setStaffActive(qint64 id, bool active, const QString &sessionsAfterUtc);
    // A new password hash; clears failed sign-ins and a lock; sign-ins issued before
    // sessionsAfterUtc end.
    void setStaffPassword(qint64 id, const QString &passwordHash, const QString &sessionsAfterUtc);
    std::vector<StaffRow> staff();
    void setLoginState(qint64 staffId, int failedLogins, const QString &lockedUntilUtc);
    QList<int> staffWindows(qint64 staffId);
    void setStaffWindows(qint64 staffId, const QList<int> &windows);
    // 委托代理制: staffId is away; proxyId owns their pending items from..until.
    void setProxy(qint64 staffId, qint64 proxyId, const QString &fromUtc, const QString &untilUtc,
                  const QString &reason);
    // The logins whose pending items the given person holds as proxy at the instant nowUtc.
    QStringList proxiedBy(const QString &proxyLogin, const QString &nowUtc);

    qint64 insertCustomer(const CustomerRow &row);
    std::optional<CustomerRow> customer(qint64 id);
    qint64 customerCount();

    std::optional<QString> setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};
