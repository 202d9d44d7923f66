#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Branch;

// A counter PC, a ticket kiosk or a hall display paired with the hall host.
struct Device
{
    enum class Role { Counter, Kiosk, Display };

    qint64 id = 0;
    Role role = Role::Counter;
    QString name;
    QDateTime createdUtc;
    QDateTime revokedUtc; // invalid: still paired

    bool isRevoked() const { return revokedUtc.isValid(); }
    // "device:7" — the audit's actor for what the device does.
    QString actor() const;

    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
};

// Pairs devices with the hall host: each gets a 256-bit bearer token, shown once; the branch
// keeps only its SHA-256. Pairing and revoking are audited events.
class DeviceDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DeviceDirectory)
public:
    explicit DeviceDirectory(Branch &branch)
        : m_branch(branch)
    {}

    struct Paired
    {
        QString error; // empty when paired
        Device device;
        QByteArray token; // the one time it is seen
        bool ok() const { return error.isEmpty(); }
    };

    Paired add(Device::Role role, const QString &name, const QString &actor);
    // Empty when revoked, else why not.
    QString revoke(qint64 id, const QString &actor);
    QList<Device> all();
    // The paired (not revoked) device holding this token.
    std::optional<Device> authenticate(const QByteArray &token);

    // Hex SHA-256 of a token: what the database keeps. A token is 256 random bits, so a fast
    // hash is enough (nothing to guess from it, unlike a password).
    static QString hashToken(const QByteArray &token);
    static QByteArray newToken();

private:
    Branch &m_branch;
};
