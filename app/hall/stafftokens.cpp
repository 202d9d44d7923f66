#include "stafftokens.h"

#include "branch/branch.h"
#include "branchstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace
{
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &payload, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256);
}
} // namespace

StaffTokens::StaffTokens(Branch &branch)
    : m_branch(branch)
{}

QByteArray StaffTokens::key()
{
    BranchStore store(m_branch.database());
    const std::optional<QString> stored = store.setting(QLatin1String(KeySetting));
    QByteArray key = stored ? QByteArray::fromHex(stored->toLatin1()) : QByteArray();
    if (key.size() != 32) {
        key.resize(32);
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
        store.setSetting(QLatin1String(KeySetting), QString::fromLatin1(key.toHex()));
    }
    return key;
}

QByteArray StaffTokens::issue(const Session &session, const QDateTime &nowUtc)
{
    const QJsonObject claims{
        {QStringLiteral("id"), session.staffId},
        {QStringLiteral("login"), session.login},
        {QStringLiteral("name"), session.displayName},
        {QStringLiteral("role"), session.role},
        {QStringLiteral("window"), session.window},
        {QStringLiteral("iat"), nowUtc.toMSecsSinceEpoch()},
        {QStringLiteral("exp"), nowUtc.addSecs(qint64(LifetimeHours) * 3600).toSecsSinceEpoch()}};
    const QByteArray payload =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64);
    return payload + '.' + mac(payload, key()).toBase64(kBase64);
}

std::optional<Session> StaffTokens::verify(const QByteArray &token, const QDateTime &nowUtc)
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || token.size() > 2048) {
        return std::nullopt;
    }
    const QByteArray payload = token.left(dot);
    const QByteArray given = QByteArray::fromBase64(token.mid(dot + 1), kBase64);
    const QByteArray expected = mac(payload, key());
    if (given.size() != expected.size()
        || sodium_memcmp(given.constData(), expected.constData(),
                         static_cast<size_t>(expected.size()))
               != 0) {
        return std::nullopt;
    }
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(payload, kBase64)).object();
    if (claims.value(QStringLiteral("exp")).toInteger() < nowUtc.toSecsSinceEpoch()) {
        return std::nullopt;
    }
    Session session;
    session.staffId = claims.value(QStringLiteral("id")).toInteger();
    session.login = claims.value(QStringLiteral("login")).toString();
    session.displayName = claims.value(QStringLiteral("name")).toString();
    session.role = claims.value(QStringLiteral("role")).toString();
    session.window = claims.value(QStringLiteral("window")).toInt();
    if (!session.isValid() || session.login.isEmpty()) {
        return std::nullopt;
    }
    // Revoked: the account was disabled, its role changed or its password reset since.
    const std::optional<StaffRow> staff =
        BranchStore(m_branch.database()).staffById(session.staffId);
    if (!staff || !staff->active || staff->login != session.login || staff->role != session.role) {
        return std::nullopt;
    }
    const QDateTime after = QDateTime::fromString(staff->sessionsAfterUtc, Qt::ISODateWithMs);
    if (after.isValid()
        && claims.value(QStringLiteral("iat")).toInteger() <= after.toMSecsSinceEpoch()) {
        return std::nullopt;
    }
    return session;
}
