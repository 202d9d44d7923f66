#pragma once

#include <QList>
#include <QString>

// The arithmetic the daily log and the KPIs share, so that a month's figures are the days'
// figures taken together: what a wait is, and how a mean and a percentile are taken.
namespace Statistics
{
// Whole seconds from when the customer was owed a call (the ticket's fair_since: the issue,
// or a booking's slot start when it checked in early) to the first call; never negative.
// -1 when the ticket was never called.
qint64 waitSeconds(const QString &fairSinceUtc, const QString &firstCalledUtc);
// The mean, truncated to whole seconds; -1 when there are no values.
qint64 mean(const QList<qint64> &values);
// The nearest-rank percentile (p from 0 to 1) of the values, in any order; -1 when none.
qint64 percentile(QList<qint64> values, double p);
// A duration as the reports print it, minutes and seconds ("19:03"); a dash for -1 (no data).
QString minutesSeconds(qint64 seconds);
} // namespace Statistics
