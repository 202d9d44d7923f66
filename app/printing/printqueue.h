#pragma once

#include "printing/printjob.h"

#include <QList>

class PrintSink;

// A station's print jobs. A job the sink cannot print (paper out, printer offline) is kept
// until staff retry it; kept jobs are never printed by a later submit on their own, so a
// ticket never comes out into the hands of the next customer at the kiosk.
class PrintQueue
{
public:
    explicit PrintQueue(PrintSink &sink);

    struct Outcome
    {
        bool printed = false;
        qint64 jobId = 0;
        QString error; // the sink's reason when not printed
    };

    // Prints the job now, or keeps it when the sink fails.
    Outcome submit(PrintJob job);
    // Tries the kept jobs again, oldest first, and stops at the first failure (the printer is
    // still down). Returns how many were printed.
    int retry();
    const QList<PrintJob> &pending() const { return m_pending; }
    // Drops a kept job (e.g. reprinted elsewhere); false when there is none with that id.
    bool discard(qint64 jobId);
    void setSink(PrintSink &sink) { m_sink = &sink; }

private:
    PrintSink *m_sink;
    QList<PrintJob> m_pending;
    qint64 m_nextId = 1;
};
