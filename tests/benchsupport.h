#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTextStream>

#include <functional>

// Shared by the benchmarks (label bench): where slow-to-make data sets are kept between runs,
// percentiles, the process's memory, and a year of simulated hall days.
namespace BenchSupport
{
QTextStream &out();

// DIR/NAME in the build folder's bench-data: data sets made once and reused by later runs.
QString cacheDir(const QString &name);

// "p50 X ms, p99 Y ms" (nearest rank) of the values, in milliseconds.
QString p50p99(const QList<double> &ms);
// Runs fn `runs` times and returns each run's milliseconds.
QList<double> timeRuns(int runs, const std::function<void()> &fn);

// A line of /proc/PID/status ("VmRSS", "VmHWM") in KiB; -1 when it cannot be read.
qint64 procStatusKiB(qint64 pid, const char *field);

// Invented but well-formed personal data: names, resident identity numbers with their GB 11643
// check character, mobile numbers, and tokens like the app's.
class People
{
public:
    explicit People(QRandomGenerator &random)
        : m_random(random)
    {}
    QString name();
    QString residentId();
    QString phone();
    QString token();

private:
    QRandomGenerator &m_random;
};

// A year of simulated hall days in an encrypted demo branch (counterdesk-cli simulate
// --init-demo, 3 windows for its 3 serving staff, seed 1): about 250 working days, made once into
// the bench-data folder. Empty dir and the reason in error when it could not be made.
struct Year
{
    QString dir;
    QDate from; // the first simulated calendar day
    QDate to;   // the last one
    QList<QDate> workingDays;
};
Year year(QString *error);
} // namespace BenchSupport
