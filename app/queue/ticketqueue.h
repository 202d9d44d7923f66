#pragma once

#include "queue/queuesettings.h"
#include "queue/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Branch;
class QueueOrder;

// The hall's queue: issues numbered tickets, lets counter windows call them in the hall's
// order (QueueOrder), and follows each ticket to the end of its service. Every change is one
// audited event (Branch::record); calling is one IMMEDIATE transaction, so counters pressing
// "call next" at once never get the same ticket. Tickets of an earlier business day are
// closed as expired by the first change of a new day, and can no longer be called.
class TicketQueue
{
    Q_DECLARE_TR_FUNCTIONS(TicketQueue)
public:
    struct IssueRequest
    {
        QString serviceCode;
        Ticket::Group group = Ticket::Group::None;
        Ticket::Kind kind = Ticket::Kind::WalkIn;
        QDateTime dueUtc; // booked tickets: the slot's start
    };

    enum class Status {
        Ok,
        Empty,   // call-next: nobody is waiting for this window
        Refused, // the message says why; nothing was changed
    };

    struct Result
    {
        Status status = Status::Refused;
        QString message;
        Ticket ticket;
        int peopleAhead = 0; // issue: waiting before this ticket in its service
        bool ok() const { return status == Status::Ok; }
    };

    // A waiting ticket as the queue display and the status page see it.
    struct Position
    {
        Ticket ticket;
        int peopleAhead = 0;
        qint64 waitedSeconds = 0;
        qint64 estimatedWaitSeconds = -1; // -1: no open window serves the service
    };

    explicit TicketQueue(Branch &branch);

    // Reception, the kiosk, check-in of a booking.
    Result issue(const IssueRequest &request, const QString &actor);

    // A counter window's actions. Each acts on the window's current ticket (the one it has
    // called or is serving), except callNext, callTicket and resume, which give it one.
    Result callNext(int window, const QString &actor);
    // A specific ticket of today: waiting, parked or marked no-show (the customer came back).
    Result callTicket(int window, const QString &number, const QString &actor);
    // Calls a parked ticket again (the customer is back from filling in a form).
    Result resume(int window, const QString &number, const QString &actor);
    // Calls the current ticket once more; refused after maxRecalls recalls.
    Result recall(int window, const QString &actor);
    // Allowed once the ticket has been recalled maxRecalls times.
    Result noShow(int window, const QString &actor);
    Result park(int window, const QString &actor);
    // Back to waiting for another service and/or only for another window; the original issue
    // time still counts for the order and for fairness.
    Result transfer(int window, const QString &toService, int toWindow, const QString &actor);
    Result startServing(int window, const QString &actor);
    // Records the service duration (from start of service, else from the last call).
    Result finish(int window, const QString &actor);

    // A ticket printed again: logged with the reason (audit), nothing else changes.
    Result logReprint(const QString &number, const QString &reason, const QString &actor);

    // Closes the open tickets of earlier business days as expired (one audited event).
    // Every change above starts with it. Returns how many were closed.
    qint64 closeEarlierDays(const QString &actor);

    QDate today() const;
    QueueSettings settings() const;
    std::optional<Ticket> current(int window);
    // Today's ticket with that number.
    std::optional<Ticket> ticket(const QString &number);
    // The status page's view of a ticket; nothing when the token is unknown or from another
    // business day (expired).
    std::optional<Ticket> byToken(const QString &token);
    // Today's waiting tickets (in order of issue), with people ahead and estimated waits.
    QList<Position> waiting();
    std::optional<Position> position(const Ticket &ticket);

    // Mean duration of the service's last finished tickets (the default when none).
    qint64 meanServiceSeconds(const QString &serviceCode);
    // people ahead x mean service time / open windows serving it; -1 when none is open.
    qint64 estimatedWaitSeconds(const QString &serviceCode, int peopleAhead);

    // 128 bits from the operating system's CSPRNG, as 22 URL-safe characters.
    static QString newToken();

private:
    using Change = std::function<QString(Ticket &, const QDateTime &now, QJsonObject &payload)>;
    // Runs change on the window's current ticket inside one audited transaction; change
    // returns a refusal or an empty string.
    Result changeCurrent(int window, const QString &action, const Change &change,
                         const QString &actor);
    Result callSpecific(int window, const QString &number, const QString &action,
                        const QList<Ticket::State> &from, const QString &actor);
    QList<Position> positions(const QList<Ticket> &waiting, const QueueOrder &order,
                              const QDateTime &now);

    Branch &m_branch;
};
