#pragma once

#include "printing/printjob.h"

#include <QCoreApplication>
#include <QList>

class Branch;
class PrintSink;

// A station's print jobs. A ticket the sink cannot print (paper out, printer offline) is kept
// until it is retried; kept jobs are never printed by a later submit on their own, so a ticket
// never comes out into the hands of the next customer at the kiosk. Who may retry, and when, is
// the caller's choice (KioskWindow: staff only at an unattended kiosk). A form or a booking slip
// is never kept.
class PrintQueue
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)
public:
    // Kept jobs live in memory only (tests, print-sample).
    explicit PrintQueue(PrintSink &sink);
    // Kept jobs live in the branch database under the station's name, so they survive a
    // restart; the jobs kept today are loaded, those of earlier business days dropped (their
    // numbers will never be called). A database failure keeps the job in memory all the same.
    PrintQueue(PrintSink &sink, Branch &branch, QString station);

    struct Outcome
    {
        bool printed = false;
        qint64 jobId = 0; // 0 when nothing was kept
        QString error;    // the sink's reason when not printed
    };

    // Prints the job now, or keeps a ticket when the sink fails.
    Outcome submit(PrintJob job);
    // Tries the kept jobs again, oldest first, and stops at the first failure (the printer is
    // still down). Jobs of a past business day are dropped first. Returns how many were printed.
    int retry();
    const QList<PrintJob> &pending() const { return m_pending; }
    // Drops a kept job (e.g. reprinted elsewhere); false when there is none with that id.
    bool discard(qint64 jobId);
    void setSink(PrintSink &sink) { m_sink = &sink; }
    PrintSink &sink() const { return *m_sink; }
    const QString &station() const { return m_station; }

private:
    QDate today() const;
    void dropExpired();
    void keep(PrintJob &job);
    void forget(qint64 jobId);
    void noteAttempt(const PrintJob &job);

    PrintSink *m_sink;
    Branch *m_branch = nullptr;
    QString m_station;
    QList<PrintJob> m_pending;
    qint64 m_nextId = 1;
};
