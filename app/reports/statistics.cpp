#include "statistics.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

qint64 Statistics::waitSeconds(const QString &fairSinceUtc, const QString &firstCalledUtc)
{
    if (firstCalledUtc.isEmpty()) {
        return -1;
    }
    const QDateTime from = QDateTime::fromString(fairSinceUtc, Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(firstCalledUtc, Qt::ISODateWithMs);
    if (!from.isValid() || !to.isValid()) {
        return -1;
    }
    // A booking called before its slot (there was nobody else) waited nothing.
    return std::max<qint64>(0, from.secsTo(to));
}

qint64 Statistics::mean(const QList<qint64> &values)
{
    if (values.isEmpty()) {
        return -1;
    }
    qint64 sum = 0;
    for (qint64 v : values) {
        sum += v;
    }
    return sum / values.size();
}

qint64 Statistics::percentile(QList<qint64> values, double p)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString Statistics::minutesSeconds(qint64 seconds)
{
    if (seconds < 0) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
