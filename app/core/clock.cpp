#include "clock.h"

namespace
{
QDateTime g_testNow;
}

QDateTime Clock::nowUtc()
{
    return g_testNow.isValid() ? g_testNow : QDateTime::currentDateTimeUtc();
}

void Clock::setTestNow(const QDateTime &utc)
{
    g_testNow = utc.toUTC();
}

QDateTime Clock::testNow()
{
    return g_testNow;
}

QString Clock::isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
