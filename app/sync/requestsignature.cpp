#include "requestsignature.h"

#include "crypto/ed25519.h"

#include <QCryptographicHash>

namespace RequestSignature
{
QByteArray canonical(const QByteArray &method, const QString &path, const QString &branch,
                     const QString &time, const QByteArray &body)
{
    return method + '\n' + path.toUtf8() + '\n' + branch.toUtf8() + '\n' + time.toUtf8() + '\n'
           + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &privateSeed, const QString &branch,
                                             const QString &time, const QByteArray &method,
                                             const QString &path, const QByteArray &body)
{
    const QByteArray signature =
        Ed25519::sign(privateSeed, canonical(method, path, branch, time, body));
    return {{QByteArrayLiteral("X-CounterDesk-Branch"), branch.toUtf8()},
            {QByteArrayLiteral("X-CounterDesk-Time"), time.toUtf8()},
            {QByteArrayLiteral("X-CounterDesk-Signature"), signature.toBase64()}};
}

bool verify(const QByteArray &publicKey, const QByteArray &method, const QString &path,
            const QString &branch, const QString &time, const QByteArray &body,
            const QByteArray &signatureBase64)
{
    const QByteArray signature = QByteArray::fromBase64(signatureBase64);
    return signature.size() == 64
           && Ed25519::verify(publicKey, canonical(method, path, branch, time, body), signature);
}
} // namespace RequestSignature
