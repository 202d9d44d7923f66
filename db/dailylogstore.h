#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class Database;

struct DailyLogRow
{
    qint64 id = 0;
    QString businessDay;
    int revision = 1;
    qint64 corrects = 0;
    QString figures; // JSON
    QString remarks;
    QString signedBy;
    QString signedUtc;
    QString sha256;
};

struct IncidentRow
{
    qint64 id = 0;
    QString businessDay;
    QString atUtc;
    QString reporter;
    QString kind;
    QString text;
};

// A ticket of the day as the daily log counts it.
struct DayTicketRow
{
    QString serviceCode;
    int window = 0;
    QString state;
    QString issuedUtc;
    QString firstCalledUtc;
    qint64 serviceSeconds = -1;
};

// The signed daily logs, the day's incidents, and the raw figures a log is compiled from.
class DailyLogStore
{
public:
    explicit DailyLogStore(Database &db)
        : m_db(db)
    {}

    qint64 insert(const DailyLogRow &row);
    // Every revision of the day, oldest first.
    QList<DailyLogRow> revisions(const QString &businessDay);
    bool isSigned(const QString &businessDay);

    qint64 insertIncident(const IncidentRow &row);
    QList<IncidentRow> incidents(const QString &businessDay);

    QList<DayTicketRow> tickets(const QString &businessDay);
    // How many audit entries of each action the day has.
    QMap<QString, qint64> actionCounts(const QString &businessDay);
    // Cases past their promised date on the day and not yet done.
    qint64 overdueCases(const QString &businessDay);

private:
    Database &m_db;
};
