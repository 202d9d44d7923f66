#include "printqueue.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "database.h"
#include "dberror.h"
#include "printjobstore.h"
#include "printsink.h"

#include <QJsonDocument>

PrintQueue::PrintQueue(PrintSink &sink)
    : m_sink(&sink)
{}

PrintQueue::PrintQueue(PrintSink &sink, Branch &branch, QString station)
    : m_sink(&sink)
    , m_branch(&branch)
    , m_station(std::move(station))
{
    try {
        PrintJobStore store(branch.database());
        store.removeBefore(m_station, today().toString(Qt::ISODate));
        for (const PrintJobRow &row : store.forStation(m_station)) {
            const auto ticket =
                TicketDocument::fromJson(QJsonDocument::fromJson(row.document.toUtf8()).object());
            if (!ticket) {
                qWarning("Print job %lld of %s cannot be read; dropped.", row.id,
                         qPrintable(m_station));
                store.remove(row.id);
                continue;
            }
            PrintJob job;
            job.id = row.id;
            job.name = row.name;
            job.ticket = *ticket;
            job.attempts = row.attempts;
            job.lastError = row.lastError;
            job.businessDay = QDate::fromString(row.businessDay, Qt::ISODate);
            m_pending.append(std::move(job));
            m_nextId = std::max(m_nextId, row.id + 1);
        }
    } catch (const DbException &e) {
        qWarning("Kept print jobs cannot be read: %s", qPrintable(e.error().message));
    }
}

QDate PrintQueue::today() const
{
    const QDateTime now = Clock::nowUtc();
    return m_branch ? m_branch->businessDay(now) : now.date();
}

PrintQueue::Outcome PrintQueue::submit(PrintJob job)
{
    job.attempts = 1;
    if (!job.businessDay.isValid()) {
        job.businessDay = today();
    }
    job.lastError = m_sink->print(job);
    if (job.lastError.isEmpty()) {
        return {true, 0, {}};
    }
    if (!job.isTicket()) {
        return {false, 0, job.lastError};
    }
    keep(job);
    const Outcome outcome{false, job.id, job.lastError};
    m_pending.append(std::move(job));
    return outcome;
}

void PrintQueue::keep(PrintJob &job)
{
    job.id = m_nextId++;
    if (!m_branch) {
        return;
    }
    try {
        PrintJobRow row;
        row.station = m_station;
        row.name = job.name;
        row.businessDay = job.businessDay.toString(Qt::ISODate);
        row.createdUtc = Clock::nowUtc().toString(Qt::ISODateWithMs);
        row.document =
            QString::fromUtf8(QJsonDocument(job.ticket.toJson()).toJson(QJsonDocument::Compact));
        row.attempts = job.attempts;
        row.lastError = job.lastError;
        row.lastTryUtc = row.createdUtc;
        job.id = PrintJobStore(m_branch->database()).insert(row);
        m_nextId = std::max(m_nextId, job.id + 1);
    } catch (const DbException &e) {
        // The customer has their number on screen; the job is kept for this run at least.
        qWarning("Print job %s kept in memory only: %s", qPrintable(job.name),
                 qPrintable(e.error().message));
    }
}

void PrintQueue::forget(qint64 jobId)
{
    if (!m_branch) {
        return;
    }
    try {
        PrintJobStore(m_branch->database()).remove(jobId);
    } catch (const DbException &e) {
        qWarning("Print job %lld stays in the database: %s", jobId, qPrintable(e.error().message));
    }
}

void PrintQueue::noteAttempt(const PrintJob &job)
{
    if (!m_branch) {
        return;
    }
    try {
        PrintJobStore(m_branch->database())
            .recordAttempt(job.id, job.attempts, job.lastError,
                           Clock::nowUtc().toString(Qt::ISODateWithMs));
    } catch (const DbException &e) {
        qWarning("Print job %lld: attempt not recorded: %s", job.id, qPrintable(e.error().message));
    }
}

void PrintQueue::dropExpired()
{
    const QDate day = today();
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending.at(i).businessDay.isValid() && m_pending.at(i).businessDay < day) {
            forget(m_pending.at(i).id);
            m_pending.removeAt(i);
        }
    }
}

int PrintQueue::retry()
{
    dropExpired();
    int printed = 0;
    while (!m_pending.isEmpty()) {
        PrintJob &job = m_pending.first();
        ++job.attempts;
        job.lastError = m_sink->print(job);
        if (!job.lastError.isEmpty()) {
            noteAttempt(job);
            break;
        }
        forget(job.id);
        m_pending.removeFirst();
        ++printed;
    }
    return printed;
}

bool PrintQueue::discard(qint64 jobId)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id == jobId) {
            forget(jobId);
            m_pending.removeAt(i);
            return true;
        }
    }
    return false;
}
