#pragma once

#include <QDateTime>

// The one place the app asks for "now". Deadlines, business days and the audit chain depend
// on it, so tests set it (as KeePassXC's Clock lets them).
class Clock
{
public:
    static QDateTime nowUtc();
    // Tests (and the hall simulator, which plays days on it): freeze "now" at the given
    // instant; an invalid QDateTime restores the real clock.
    static void setTestNow(const QDateTime &utc);
    // The frozen instant, or an invalid QDateTime while the real clock runs.
    static QDateTime testNow();
    // How the database stores an instant: ISO 8601 in UTC with milliseconds.
    static QString isoUtc(const QDateTime &t);
};
