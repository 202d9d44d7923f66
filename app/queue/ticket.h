#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct TicketRow;

// A queue ticket: a number for one service on one business day, with the token of the
// customer's status page. It carries no personal data.
struct Ticket
{
    Q_DECLARE_TR_FUNCTIONS(Ticket)
public:
    enum class State { Waiting, Called, Serving, Parked, Done, NoShow, Expired };
    // Booked: issued at check-in for an appointment (issue 13); due at the slot's start.
    enum class Kind { WalkIn, Booked };
    // Seed 001: 伤残优先、老少优先、女士优先. All groups rank alike, before other walk-ins.
    enum class Group { None, Elderly, Disabled, Pregnant, Child };

    qint64 id = 0;
    QDate businessDay;
    QString prefix;
    int seq = 0;
    QString number; // "A001"
    QString serviceCode;
    Kind kind = Kind::WalkIn;
    Group group = Group::None;
    QString token; // 128 random bits, base64url: the key to the status page
    State state = State::Waiting;
    QDateTime issuedUtc;
    QDateTime fairSinceUtc; // the fairness clock: issue time (kept on transfer), or due time
    QDateTime dueUtc;       // booked tickets only
    int targetWindow = 0;   // transferred to this window only (0: any window of its service)
    int window = 0;         // the window that called it
    int callCount = 0;
    int transfers = 0;
    QDateTime firstCalledUtc;
    QDateTime lastCalledUtc;
    QDateTime servingUtc;
    QDateTime parkedUtc;
    QDateTime finishedUtc;
    qint64 serviceSeconds = -1;

    // Calls after the first.
    int recalls() const { return callCount > 0 ? callCount - 1 : 0; }
    bool isBooked() const { return kind == Kind::Booked; }

    static Ticket fromRow(const TicketRow &row);
    TicketRow toRow() const;

    // "A" and 7 -> "A007"; numbers past 999 keep all their digits.
    static QString formatNumber(const QString &prefix, int seq);

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    static QString kindKey(Kind kind);
    static QString groupKey(Group group);
    static std::optional<Group> groupFromKey(const QString &key);
    static QStringList groupKeys();
    // For staff screens and messages.
    static QString groupName(Group group);
};
