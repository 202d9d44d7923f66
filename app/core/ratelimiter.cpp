#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(int burst, qint64 refillMs, int maxKeys)
    : m_burst(std::max(1, burst))
    , m_refillMs(std::max<qint64>(1, refillMs))
    , m_maxKeys(std::max(1, maxKeys))
{}

double RateLimiter::tokensAt(const Bucket &b, qint64 nowMs) const
{
    const double refilled =
        static_cast<double>(std::max<qint64>(0, nowMs - b.updatedMs)) / m_refillMs;
    return std::min<double>(m_burst, b.tokens + refilled);
}

qint64 RateLimiter::waitFor(const QString &key, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend()) {
        return 0;
    }
    const double tokens = tokensAt(*it, nowMs);
    return tokens >= 1 ? 0 : static_cast<qint64>(std::ceil((1 - tokens) * m_refillMs));
}

qint64 RateLimiter::take(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys) {
            forgetIdlest();
        }
        it = m_buckets.insert(key, {static_cast<double>(m_burst), nowMs});
    }
    const double tokens = tokensAt(*it, nowMs);
    if (tokens < 1) {
        return static_cast<qint64>(std::ceil((1 - tokens) * m_refillMs));
    }
    it->tokens = tokens - 1;
    it->updatedMs = nowMs;
    return 0;
}

void RateLimiter::forgetIdlest()
{
    // Rare (only when maxKeys addresses are active at once); a linear scan is enough.
    auto idlest = m_buckets.begin();
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (it->updatedMs < idlest->updatedMs) {
            idlest = it;
        }
    }
    m_buckets.erase(idlest);
}
