#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// One queue ticket as stored. Times are ISO 8601 UTC text with milliseconds (they sort as
// text); an empty string or 0 stands for NULL.
struct TicketRow
{
    qint64 id = 0;
    QString businessDay;
    QString prefix;
    int seq = 0;
    QString number;
    QString serviceCode;
    QString kind;
    QString priorityGroup;
    QString token;
    QString state;
    QString issuedUtc;
    QString fairSinceUtc;
    QString dueUtc;
    int targetWindow = 0;
    int window = 0;
    int callCount = 0;
    int transfers = 0;
    QString firstCalledUtc;
    QString lastCalledUtc;
    QString servingUtc;
    QString parkedUtc;
    QString finishedUtc;
    qint64 serviceSeconds = -1; // -1: not finished
};

struct WindowRow
{
    int number = 0;
    QString name;
    bool open = true;
    QStringList services; // in calling order
};

// The queue: tickets and the hall's counter windows with the services each calls.
class QueueStore
{
public:
    explicit QueueStore(Database &db)
        : m_db(db)
    {}

    // The highest number issued for a prefix on a business day (0: none yet).
    int lastSeq(const QString &businessDay, const QString &prefix);
    // Call inside a transaction. Returns the new ticket's id.
    qint64 insertTicket(const TicketRow &row);
    // Writes every column that changes after issue (state, window, calls, times, service).
    void updateTicket(const TicketRow &row);

    std::optional<TicketRow> ticket(qint64 id);
    std::optional<TicketRow> ticketByNumber(const QString &businessDay, const QString &number);
    std::optional<TicketRow> ticketByToken(const QString &token);
    // The ticket a window has called or is serving (at most one), whatever its business day.
    std::optional<TicketRow> currentAt(int window);
    // A business day's tickets in the given states (all states when empty), oldest first.
    QList<TicketRow> tickets(const QString &businessDay, const QStringList &states = {});
    // What a window may call: the day's waiting tickets of the services it serves (unless sent
    // to another window) and those transferred to it.
    QList<TicketRow> callableAt(int window, const QString &businessDay);
    // How many tickets wait per service on a business day (services with none are absent).
    QMap<QString, int> waitingCounts(const QString &businessDay);

    // Tickets of earlier business days still waiting, called, serving or parked.
    qint64 countOpenBefore(const QString &businessDay);
    // Closes them as expired; returns how many. Call inside a transaction.
    qint64 expireOpenBefore(const QString &businessDay, const QString &nowUtc);

    // Service durations of a service's last finished tickets, newest first.
    QList<qint64> recentServiceSeconds(const QString &serviceCode, int count);

    QList<WindowRow> windows();
    std::optional<WindowRow> window(int number);
    // Creates or replaces a window and its service list. Call inside a transaction.
    void putWindow(const WindowRow &row);
    // Returns false when there was no such window.
    bool removeWindow(int number);
    void removeAllWindows();

private:
    Database &m_db;
};
