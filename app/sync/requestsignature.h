#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The signature on every request a branch sends to head office (docs/sync.md, "Requests"):
// Ed25519 over METHOD \n PATH \n BRANCH \n TIME \n SHA256-HEX(BODY).
namespace RequestSignature
{
QByteArray canonical(const QByteArray &method, const QString &path, const QString &branch,
                     const QString &time, const QByteArray &body);
// The three X-CounterDesk-* headers for a request, signed now with the branch's private seed.
QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &privateSeed, const QString &branch,
                                             const QString &time, const QByteArray &method,
                                             const QString &path, const QByteArray &body);
bool verify(const QByteArray &publicKey, const QByteArray &method, const QString &path,
            const QString &branch, const QString &time, const QByteArray &body,
            const QByteArray &signatureBase64);
} // namespace RequestSignature
