#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class Branch;

// Plays realistic hall days through the app's own classes (TicketQueue, CaseWorkflow,
// RatingBook, ComplaintBook, InquiryBook, DailyLog) on the simulated clock, so that the demo,
// the reports and the benchmarks have months of data. The same seed gives the same figures
// (only the tickets' and cases' random tokens differ). It refuses days that already hold
// tickets or a signed log, so it never mixes with real records.
class HallSimulator
{
    Q_DECLARE_TR_FUNCTIONS(HallSimulator)
public:
    static constexpr int MaxDays = 400;
    static constexpr int MaxWindows = 40;

    struct Options
    {
        QDate from;
        int days = 1;    // calendar days from `from`; only its working days are played
        int windows = 3; // counter windows open (the branch's first ones; more are added)
        quint64 seed = 1;
        bool sign = false; // the manager signs each played day's log in the evening
    };

    // What one day (or, summed, the whole run) produced, as the simulator counted it.
    struct Figures
    {
        QDate day; // invalid for a total
        qint64 tickets = 0;
        qint64 served = 0;
        qint64 noShows = 0;
        qint64 casesOpened = 0;
        qint64 accepted = 0;
        qint64 notices = 0;
        qint64 extended = 0; // cases whose limit could not be met: new date and reason
        qint64 ready = 0;    // accepted cases of earlier days that became ready
        qint64 closedCases = 0;
        qint64 ratings = 0;
        qint64 badRatings = 0;
        qint64 complaints = 0;
        qint64 complaintsClosed = 0;
        qint64 questions = 0;
        qint64 answers = 0;
        bool signedLog = false;

        void add(const Figures &other);
    };

    struct Result
    {
        bool ok = false;
        QString message; // why nothing was done, or where the run stopped
        QList<Figures> days;
        Figures total;
        int skippedDays = 0; // weekends and holidays in the range
        // Clerks (and, when they are too few, managers) who took turns at the windows; with
        // fewer than windows, some of them served at several windows at once.
        int staff = 0;
        qint64 events = 0; // audit entries written (each one transaction)
    };

    explicit HallSimulator(Branch &branch);

    // The working days among the `days` calendar days from `from`.
    static QList<QDate> workingDays(const QDate &from, int days);
    // What is wrong with the options alone (range, windows, days not before today), or empty.
    static QString checkOptions(const Options &options, const QDate &today);
    // An empty string when the branch can take the simulation, else why not.
    QString check(const Options &options);
    // check(), then the working days one after the other; onDay is told after each one. The
    // clock is left as it was found.
    Result run(const Options &options, const std::function<void(const Figures &)> &onDay = {});

private:
    Branch &m_branch;
};
