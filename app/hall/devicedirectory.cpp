#include "devicedirectory.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "database.h"
#include "hallstore.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <stdexcept>

namespace
{
Device fromRow(const DeviceRow &row)
{
    Device d;
    d.id = row.id;
    d.role = Device::roleFromKey(row.role).value_or(Device::Role::Display);
    d.name = row.name;
    d.createdUtc = QDateTime::fromString(row.createdUtc, Qt::ISODateWithMs);
    if (!row.revokedUtc.isEmpty()) {
        d.revokedUtc = QDateTime::fromString(row.revokedUtc, Qt::ISODateWithMs);
    }
    return d;
}
} // namespace

QString Device::actor() const
{
    return QStringLiteral("device:") + QString::number(id);
}

QString Device::roleKey(Role role)
{
    switch (role) {
    case Role::Counter:
        return QStringLiteral("counter");
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    case Role::Display:
        return QStringLiteral("display");
    }
    return {};
}

std::optional<Device::Role> Device::roleFromKey(const QString &key)
{
    for (Role r : {Role::Counter, Role::Kiosk, Role::Display}) {
        if (roleKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

QString DeviceDirectory::hashToken(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray DeviceDirectory::newToken()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    const QByteArray token =
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    return token;
}

DeviceDirectory::Paired DeviceDirectory::add(Device::Role role, const QString &name,
                                             const QString &actor)
{
    Paired paired;
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        paired.error = tr("A device needs a name (e.g. \"Window 3\").");
        return paired;
    }
    if (clean.size() > 100) {
        paired.error = tr("The device's name is too long (at most 100 characters).");
        return paired;
    }
    paired.token = newToken();
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    m_branch.record({actor,
                     QStringLiteral("device.pair"),
                     {},
                     QJsonObject{{QStringLiteral("role"), Device::roleKey(role)},
                                 {QStringLiteral("name"), clean}}},
                    [&](AuditEvent &event) {
                        DeviceRow row{0, Device::roleKey(role), clean, hashToken(paired.token), now,
                                      {}};
                        row.id = HallStore(m_branch.database()).insertDevice(row);
                        event.subject = QStringLiteral("device:") + QString::number(row.id);
                        paired.device = fromRow(row);
                    });
    return paired;
}

QString DeviceDirectory::revoke(qint64 id, const QString &actor)
{
    const auto row = HallStore(m_branch.database()).device(id);
    if (!row) {
        return tr("There is no device %1 (see 'counterdesk-cli device list').").arg(id);
    }
    if (!row->revokedUtc.isEmpty()) {
        return tr("Device %1 (%2) is already revoked.").arg(id).arg(row->name);
    }
    m_branch.record(
        {actor, QStringLiteral("device.revoke"), QStringLiteral("device:") + QString::number(id),
         QJsonObject{{QStringLiteral("role"), row->role}, {QStringLiteral("name"), row->name}}},
        [&](AuditEvent &) {
            HallStore(m_branch.database())
                .revokeDevice(id, Clock::nowUtc().toString(Qt::ISODateWithMs));
        });
    return {};
}

QList<Device> DeviceDirectory::all()
{
    QList<Device> devices;
    for (const DeviceRow &row : HallStore(m_branch.database()).devices()) {
        devices.append(fromRow(row));
    }
    return devices;
}

std::optional<Device> DeviceDirectory::authenticate(const QByteArray &token)
{
    // 43 base64url characters; anything else cannot be a token (and is not looked up).
    if (token.size() != 43) {
        return std::nullopt;
    }
    const auto row = HallStore(m_branch.database()).activeDeviceByTokenHash(hashToken(token));
    if (!row) {
        return std::nullopt;
    }
    return fromRow(*row);
}
