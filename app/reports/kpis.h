#pragma once

#include "dailylogstore.h"
#include "reports/kpitargets.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Branch;

// The figures of one group over a period: the whole hall, one clerk (staff login) or one
// service. Times are whole seconds and -1 when there is nothing to measure.
struct KpiFigures
{
    QString key;  // the clerk's login or the service's code; empty for the whole hall
    QString name; // the clerk's display name or the service's zh_CN name; empty for the hall

    // The queue: tickets of the period's business days. A clerk's tickets are those they closed
    // (finished, or marked a no-show); a ticket nobody closed (expired) counts for the hall and
    // its service only. The wait runs from when the customer was owed a call (the issue, or a
    // booking's slot start) to the first call, as in the daily log.
    qint64 issued = 0;
    qint64 called = 0; // called at least once: the tickets with a wait
    qint64 served = 0;
    qint64 noShow = 0;
    qint64 avgWaitSeconds = -1;
    qint64 p90WaitSeconds = -1;
    qint64 maxWaitSeconds = -1;
    qint64 calledWithinTarget = 0; // of called: waited at most KpiTargets::waitMinutes
    qint64 avgServiceSeconds = -1;
    qint64 p90ServiceSeconds = -1;
    qint64 consultations = 0;     // served tickets of consultation services
    qint64 avgAnswerSeconds = -1; // their mean service time

    // Cases, by the clerk who took the step and by the case's service.
    qint64 notices = 0; // one-time notices (一次性告知) given
    qint64 accepted = 0;
    qint64 casesReady = 0;  // became ready (done) in the period
    qint64 casesOnTime = 0; // of those, ready by the date promised on the receipt

    // Ratings of the period's tickets, by the clerk who finished the ticket and its service.
    qint64 ratings = 0;
    qint64 verySatisfied = 0; // 非常满意
    qint64 satisfied = 0;     // 非常满意, 满意 or 基本满意 (RatingBook::isSatisfied)
    qint64 bad = 0;           // 不满意 or 非常不满意

    // Complaints recorded in the period; a clerk's are those naming them as the staff
    // concerned, a service's those naming it. Judged on KpiReport::asOf.
    qint64 complaints = 0;
    qint64 answeredInTime = 0; // within KpiTargets::complaintDays working days of receipt
    qint64 answeredLate = 0;
    qint64 openOverdue = 0; // not answered, past that limit
    qint64 openInTime = 0;  // not answered, still within it

    // Shares in percent (0 to 100), -1 when there is nothing to divide.
    double calledWithinTargetPercent() const { return percent(calledWithinTarget, called); }
    double satisfactionPercent() const { return percent(satisfied, ratings); }
    double casesOnTimePercent() const { return percent(casesOnTime, casesReady); }
    // Answered in time, of the complaints that are answered or overdue.
    double complaintsInTimePercent() const
    {
        return percent(answeredInTime, answeredInTime + answeredLate + openOverdue);
    }
    static double percent(qint64 part, qint64 whole)
    {
        return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : -1;
    }
};

// One target and how a group's figures compare with it.
struct KpiResult
{
    enum class Measure {
        CalledWithinTarget, // percent of called tickets called within waitMinutes; >= waitPercent
        AverageWait,        // seconds; <= responseMinutes
        AnswerTime,         // seconds, consultations' mean service time; <= answerMinutes
        Satisfaction,       // percent; >= satisfactionPercent
        CasesOnTime,        // percent; >= casesOnTimePercent
        ComplaintsInTime,   // percent answered within complaintDays; every one (100)
    };
    Measure measure = Measure::CalledWithinTarget;
    QString targetKey;  // the KpiTargets key that sets the target
    double actual = -1; // percent, or seconds for the two times; -1: no data
    double target = 0;  // in the unit of actual
    bool higherIsBetter = true;
    qint64 basis = 0;        // how many tickets, ratings, cases or complaints it rests on
    std::optional<bool> met; // empty when there was no data
};

// A ticket among the period's longest waits.
struct KpiWait
{
    QDate day;
    QString number;
    QString serviceCode;
    int window = 0;
    qint64 waitSeconds = 0;
};

// The period's tickets by request type: the catalogue's request type of the ticket's service.
struct KpiRequestType
{
    // consultation, repair, complaint, business, praise, suggestion, callback, reminder
    // (Service::requestTypeKey), or unknown: a service no longer in the catalogue.
    QString type;
    qint64 issued = 0;
    qint64 served = 0;
};

// One business day's tickets.
struct KpiDay
{
    QDate day;
    qint64 issued = 0;
    qint64 served = 0;
    qint64 noShow = 0;
};

// A complaint recorded in the period, without personal data or free text.
struct KpiComplaint
{
    enum class Status { AnsweredInTime, AnsweredLate, OpenOverdue, OpenInTime };
    qint64 id = 0;
    QDate received; // the business day it was recorded
    QString channel;
    QString serviceCode;
    QString staffConcerned;
    QDate limit;    // received + KpiTargets::complaintDays working days
    QDate answered; // invalid while open
    QString answeredVia;
    bool escalated = false;
    Status status = Status::OpenInTime;
};

// The period's counts exactly as the daily logs count them (DailyLog::compile), so that a
// month's are the sum of its days'.
struct KpiLogTotals
{
    qint64 casesOpened = 0;
    qint64 notices = 0;
    qint64 accepted = 0;
    qint64 refused = 0;
    qint64 referred = 0;
    qint64 ready = 0;
    qint64 extended = 0;
    qint64 cancelled = 0;
    qint64 questionsRecorded = 0;
    qint64 questionsAnswered = 0;
    qint64 reprints = 0;
};

// Appointments (预约, issue 13) of the period: the bookings of its days' slots, counted as a
// sweep would leave them, and how long booked customers waited against walk-ins. Counted the
// same way in the daily log and the monthly bulletin.
struct KpiBookings
{
    qint64 booked = 0;    // held a place: every booking but the cancelled ones
    qint64 cancelled = 0; // cancelled before the cut-off
    qint64 checkedIn = 0; // checked in at the kiosk or reception (served or not)
    qint64 served = 0;    // of those checked in, their ticket finished
    qint64 noShow = 0;    // not checked in by the slot's start plus the grace time
    qint64 waiting = 0;   // still booked, their slot still to come (or within the grace time)
    // Called tickets and their waits: booked (from the slot's start, or the check-in when late)
    // and walk-in (from the issue). -1: none called.
    qint64 bookedCalled = 0;
    qint64 bookedAvgWaitSeconds = -1;
    qint64 bookedP90WaitSeconds = -1;
    qint64 walkInCalled = 0;
    qint64 walkInAvgWaitSeconds = -1;
    qint64 walkInP90WaitSeconds = -1;

    bool isEmpty() const { return booked == 0 && cancelled == 0 && bookedCalled == 0; }
};

struct KpiReport
{
    QDate from;
    QDate to;
    QDate asOf; // the business day open complaints are judged on (today's)
    KpiTargets targets;
    KpiFigures total;
    QList<KpiFigures> byClerk;          // by login
    QList<KpiFigures> byService;        // most tickets first, then by code
    QList<KpiResult> results;           // the hall's figures against the targets
    QList<KpiRequestType> requestTypes; // all eight types in seed 002's order, then unknown
    QList<KpiWait> longestWaits;        // longest first
    QList<KpiDay> days;                 // every day from..to, in order
    QList<KpiComplaint> complaints;     // in the order received
    KpiLogTotals logTotals;
    KpiBookings bookings;
};

// The hall's key performance figures over business days from..to (a day, a week, a month),
// compiled from the same records and definitions as the daily log, with the hall, each clerk
// and each service measured against the branch's KpiTargets. No widgets: the monthly bulletin
// and the manager's console both read it.
class HallKpis
{
public:
    explicit HallKpis(Branch &branch);

    // from..to inclusive; an empty report (no days) when to is before from. Keeps the
    // longestWaits longest waits.
    KpiReport compute(const QDate &from, const QDate &to, int longestWaits = 10);
    // A group's figures against the targets, in the order of KpiResult::Measure.
    static QList<KpiResult> assess(const KpiFigures &figures, const KpiTargets &targets);
    // Seed 002's request types in its order: consultation, repair, complaint, business,
    // praise, suggestion, callback, reminder.
    static QStringList requestTypes();
    // The appointments of business days from..to (ISO, inclusive), with the waits of these
    // tickets (the same days' tickets) split into booked and walk-in.
    KpiBookings bookings(const QString &from, const QString &to,
                         const QList<DayTicketRow> &tickets);

private:
    Branch &m_branch;
};
