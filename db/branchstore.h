#pragma once

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
    std::vector<StaffRow> staff();

    qint64 insertCustomer(const CustomerRow &row);
    std::optional<CustomerRow> customer(qint64 id);
    qint64 customerCount();

    std::optional<QString> setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};
