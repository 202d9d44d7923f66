#include "requestsignature.h"

#include "crypto/ed25519.h"

#include <QCryptographicHash>

QByteArray RequestSignature::canonical(const QByteArray &method, const QByteArray &pathAndQuery,
                                       const QString &branch, const QString &time,
                                       const QByteArray &body)
{
    return method + '\n' + pathAndQuery + '\n' + branch.toUtf8() + '\n' + time.toUtf8() + '\n'
           + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSignature::sign(const QByteArray &privateSeed, const QByteArray &method,
                                  const QByteArray &pathAndQuery, const QString &branch,
                                  const QString &time, const QByteArray &body)
{
    const QByteArray signature =
        Ed25519::sign(privateSeed, canonical(method, pathAndQuery, branch, time, body));
    return signature.isEmpty() ? QByteArray() : signature.toBase64();
}

bool RequestSignature::verify(const QByteArray &publicKey, const QByteArray &method,
                              const QByteArray &pathAndQuery, const QString &branch,
                              const QString &time, const QByteArray &base64Signature,
                              const QByteArray &body)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64Signature.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    return Ed25519::verify(publicKey, canonical(method, pathAndQuery, branch, time, body),
                           *decoded);
}

QList<QPair<QByteArray, QByteArray>>
RequestSignature::headers(const QByteArray &privateSeed, const QByteArray &method,
                          const QByteArray &pathAndQuery, const QString &branch,
                          const QDateTime &now, const QByteArray &body)
{
    const QString time = timeText(now);
    return {{BranchHeader, branch.toUtf8()},
            {TimeHeader, time.toUtf8()},
            {SignatureHeader, sign(privateSeed, method, pathAndQuery, branch, time, body)}};
}

QString RequestSignature::timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
