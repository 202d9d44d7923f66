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

// A ticket as the daily log and the KPIs count it.
struct DayTicketRow
{
    QString serviceCode;
    int window = 0;
    QString state;
    QString issuedUtc;
    QString firstCalledUtc;
    qint64 serviceSeconds = -1;
    QString fairSinceUtc; // the wait counts from here: the issue, or a booking's slot start
    qint64 id = 0;
    QString businessDay;
    QString number;
    // Who closed it (the last ticket.finish or ticket.no-show in the audit); empty when nobody.
    QString clerk;
    bool booked = false; // issued at check-in for an appointment (kind 'booked')
};

// How many audit entries of one action one actor wrote.
struct ActionCountRow
{
    QString action;
    QString actor;
    qint64 count = 0;
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
    // The tickets of business days from..to (ISO, inclusive), in the order they were issued.
    QList<DayTicketRow> tickets(const QString &fromDay, const QString &toDay);
    // How many audit entries of each action the day has.
    QMap<QString, qint64> actionCounts(const QString &businessDay);
    // The same over business days from..to (inclusive), per action and actor.
    QList<ActionCountRow> actionCounts(const QString &fromDay, const QString &toDay);
    // Cases past their promised date on the day and not yet done.
    qint64 overdueCases(const QString &businessDay);

private:
    Database &m_db;
};
