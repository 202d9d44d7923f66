#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>

// A date worked out from the calendar. When the computation looked at a year for which the
// calendar has no published holidays, it counted weekends only there, so the date is provisional
// (a receipt that promises it must say so).
struct CalendarDate
{
    QDate date;
    bool provisional = false;
    QList<int> unpublishedYears; // ascending; empty exactly when provisional is false
};

// Mainland working days: the State Council's statutory days off and make-up working days (调休),
// as head office publishes them in a TSV file, and the time limits counted on them.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    enum class DayKind { Off, Work };
    enum class LimitKind { Working, Natural };

    // Parses `date<TAB>kind<TAB>name` lines; see the .cpp for the exact format. On a malformed
    // line, returns nothing and sets *error to a message naming the line and what is wrong.
    static std::optional<WorkingCalendar> parse(const QString &tsv, QString *error);
    // The calendar compiled into the program (:/calendar/cn-mainland.tsv).
    static const WorkingCalendar &builtIn();

    // A listed `work` day, or Monday to Friday and not listed `off`.
    bool isWorkingDay(QDate date) const;
    // Listed `off` (a statutory day off, whatever the weekday).
    bool isStatutoryDayOff(QDate date) const;
    // Whether head office's file holds the State Council notice for that year.
    bool isPublished(int year) const;
    QList<int> publishedYears() const;

    // The n-th working day after start (start itself is not counted; n = 0 gives start).
    CalendarDate addWorkingDays(QDate start, int n) const;
    // start + n calendar days, extended by the statutory days off on Monday to Friday within the
    // period (see the .cpp for the exact rule).
    CalendarDate addNaturalDays(QDate start, int n) const;
    CalendarDate due(QDate start, int n, LimitKind kind) const;

    // The day from which an application's time limits count: the day it was received if that is
    // a working day and it came in before the cut-off time, else the next working day.
    // received is the branch's local date and time (see Branch::timeZone()).
    CalendarDate effectiveStart(const QDateTime &received, QTime cutOff) const;
    // effectiveStart() followed by due(); unpublished years of both steps are reported.
    CalendarDate dueFromReceipt(const QDateTime &received, QTime cutOff, int n,
                                LimitKind kind) const;

    static QTime defaultCutOff() { return QTime(16, 30); }

private:
    WorkingCalendar() = default;
    void touch(QDate date, QSet<int> &unpublished) const;
    static CalendarDate result(QDate date, const QSet<int> &unpublished);

    QHash<QDate, DayKind> m_days;
    QSet<int> m_published;
};
