#pragma once

#include <QHash>
#include <QString>

// Token buckets, one per key (a client's address): up to `burst` requests at once, then one
// more every `refillMs` milliseconds. It keeps at most maxKeys buckets and forgets the longest
// idle first, so a flood of addresses cannot make it grow without bound. Times are monotonic
// milliseconds given by the caller (tests set them).
class RateLimiter
{
public:
    RateLimiter(int burst, qint64 refillMs, int maxKeys = 4096);

    // Takes one token. Returns 0 when there was one, else how many milliseconds until there is.
    qint64 take(const QString &key, qint64 nowMs);
    // How long until key may have a token again, without taking one (0: now).
    qint64 waitFor(const QString &key, qint64 nowMs) const;
    void clear() { m_buckets.clear(); }
    int keys() const { return static_cast<int>(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double tokensAt(const Bucket &b, qint64 nowMs) const;
    void forgetIdlest();

    int m_burst;
    qint64 m_refillMs;
    int m_maxKeys;
    QHash<QString, Bucket> m_buckets;
};
