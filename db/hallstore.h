#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

// A device paired with the hall host. token_hash is the hex SHA-256 of its bearer token.
struct DeviceRow
{
    qint64 id = 0;
    QString role; // counter, kiosk, display
    QString name;
    QString tokenHash;
    QString createdUtc;
    QString revokedUtc; // empty: still paired
};

// The host's self-signed TLS certificate and its private key (PEM), and the certificate's
// SHA-256 fingerprint as clients pin it.
struct HostCertificateRow
{
    QString certificatePem;
    QString privateKeyPem;
    QString sha256;
    QString createdUtc;
};

// The hall host's paired devices and its TLS identity.
class HallStore
{
public:
    explicit HallStore(Database &db)
        : m_db(db)
    {}

    // Call inside a transaction. Returns the new device's id.
    qint64 insertDevice(const DeviceRow &row);
    std::optional<DeviceRow> device(qint64 id);
    // Only a device that is not revoked.
    std::optional<DeviceRow> activeDeviceByTokenHash(const QString &tokenHash);
    QList<DeviceRow> devices();
    // Returns false when there is no such device or it was already revoked.
    bool revokeDevice(qint64 id, const QString &nowUtc);

    std::optional<HostCertificateRow> hostCertificate();
    // Call inside a transaction; there is at most one.
    void insertHostCertificate(const HostCertificateRow &row);

private:
    Database &m_db;
};
