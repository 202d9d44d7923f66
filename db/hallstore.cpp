#include "hallstore.h"

#include "database.h"

namespace
{
DeviceRow readDevice(const Statement &s)
{
    return {s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
}
} // namespace

qint64 HallStore::insertDevice(const DeviceRow &row)
{
    Statement s = m_db.prepare(
        "INSERT INTO device (role, name, token_hash, created_utc) VALUES (?, ?, ?, ?)");
    s.bind(1, row.role).bind(2, row.name).bind(3, row.tokenHash).bind(4, row.createdUtc);
    s.run();
    return m_db.queryInt("SELECT last_insert_rowid()");
}

std::optional<DeviceRow> HallStore::device(qint64 id)
{
    Statement s = m_db.prepare("SELECT id, role, name, token_hash, created_utc, "
                               "coalesce(revoked_utc, '') FROM device WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return readDevice(s);
}

std::optional<DeviceRow> HallStore::activeDeviceByTokenHash(const QString &tokenHash)
{
    Statement s = m_db.prepare("SELECT id, role, name, token_hash, created_utc, '' FROM device "
                               "WHERE token_hash = ? AND revoked_utc IS NULL");
    s.bind(1, tokenHash);
    if (!s.step()) {
        return std::nullopt;
    }
    return readDevice(s);
}

QList<DeviceRow> HallStore::devices()
{
    Statement s = m_db.prepare("SELECT id, role, name, token_hash, created_utc, "
                               "coalesce(revoked_utc, '') FROM device ORDER BY id");
    QList<DeviceRow> rows;
    while (s.step()) {
        rows.append(readDevice(s));
    }
    return rows;
}

bool HallStore::revokeDevice(qint64 id, const QString &nowUtc)
{
    Statement s =
        m_db.prepare("UPDATE device SET revoked_utc = ? WHERE id = ? AND revoked_utc IS NULL");
    s.bind(1, nowUtc).bind(2, id);
    s.run();
    return m_db.queryInt("SELECT changes()") > 0;
}

std::optional<HostCertificateRow> HallStore::hostCertificate()
{
    Statement s = m_db.prepare("SELECT certificate_pem, private_key_pem, sha256, created_utc "
                               "FROM host_certificate WHERE id = 1");
    if (!s.step()) {
        return std::nullopt;
    }
    return HostCertificateRow{s.text(0), s.text(1), s.text(2), s.text(3)};
}

void HallStore::insertHostCertificate(const HostCertificateRow &row)
{
    Statement s = m_db.prepare("INSERT INTO host_certificate (id, certificate_pem, "
                               "private_key_pem, sha256, created_utc) VALUES (1, ?, ?, ?, ?)");
    s.bind(1, row.certificatePem)
        .bind(2, row.privateKeyPem)
        .bind(3, row.sha256)
        .bind(4, row.createdUtc);
    s.run();
}
