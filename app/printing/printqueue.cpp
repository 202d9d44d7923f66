#include "printqueue.h"

#include "printsink.h"

PrintQueue::PrintQueue(PrintSink &sink)
    : m_sink(&sink)
{}

PrintQueue::Outcome PrintQueue::submit(PrintJob job)
{
    job.id = m_nextId++;
    job.attempts = 1;
    job.lastError = m_sink->print(job);
    if (job.lastError.isEmpty()) {
        return {true, job.id, {}};
    }
    const Outcome outcome{false, job.id, job.lastError};
    m_pending.append(std::move(job));
    return outcome;
}

int PrintQueue::retry()
{
    int printed = 0;
    while (!m_pending.isEmpty()) {
        PrintJob &job = m_pending.first();
        ++job.attempts;
        job.lastError = m_sink->print(job);
        if (!job.lastError.isEmpty()) {
            break;
        }
        m_pending.removeFirst();
        ++printed;
    }
    return printed;
}

bool PrintQueue::discard(qint64 jobId)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id == jobId) {
            m_pending.removeAt(i);
            return true;
        }
    }
    return false;
}
