#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// The signature every branch request to head office carries (docs/sync.md, "Requests"): an
// Ed25519 signature by the branch's key over METHOD, PATH (with its query), BRANCH, TIME and the
// SHA-256 of the body. The branch signs with it (app/sync) and head office verifies (hq/).
class RequestSignature
{
public:
    static constexpr const char *BranchHeader = "X-CounterDesk-Branch";
    static constexpr const char *TimeHeader = "X-CounterDesk-Time";
    static constexpr const char *SignatureHeader = "X-CounterDesk-Signature";

    // METHOD "\n" PATH "\n" BRANCH "\n" TIME "\n" lower-case hex SHA-256 of the body.
    static QByteArray canonical(const QByteArray &method, const QByteArray &pathAndQuery,
                                const QString &branch, const QString &time, const QByteArray &body);
    // The base64 signature of the canonical string (empty if the seed is not a key).
    static QByteArray sign(const QByteArray &privateSeed, const QByteArray &method,
                           const QByteArray &pathAndQuery, const QString &branch,
                           const QString &time, const QByteArray &body);
    static bool verify(const QByteArray &publicKey, const QByteArray &method,
                       const QByteArray &pathAndQuery, const QString &branch, const QString &time,
                       const QByteArray &base64Signature, const QByteArray &body);

    // The three headers for a request made at `now` (UTC, ISO 8601 with seconds).
    static QList<QPair<QByteArray, QByteArray>>
    headers(const QByteArray &privateSeed, const QByteArray &method, const QByteArray &pathAndQuery,
            const QString &branch, const QDateTime &now, const QByteArray &body);
    // The time as the header carries it: "2026-11-23T23:05:00Z".
    static QString timeText(const QDateTime &t);
};
