#pragma once

#include <QList>
#include <QString>

class Database;

struct PrintJobRow
{
    qint64 id = 0;
    QString station;
    QString name;
    QString businessDay; // ISO date in the branch's time zone
    QString createdUtc;
    QString document; // the ticket as laid out, JSON
    int attempts = 1;
    QString lastError;
    QString lastTryUtc;
};

// The print jobs a station's printer could not print, kept across restarts (table print_job).
class PrintJobStore
{
public:
    explicit PrintJobStore(Database &db)
        : m_db(db)
    {}

    qint64 insert(const PrintJobRow &row);
    // A station's kept jobs, oldest first.
    QList<PrintJobRow> forStation(const QString &station);
    void recordAttempt(qint64 id, int attempts, const QString &error, const QString &atUtc);
    bool remove(qint64 id);
    // Drops a station's jobs of business days before this one; returns how many.
    int removeBefore(const QString &station, const QString &businessDay);

private:
    Database &m_db;
};
