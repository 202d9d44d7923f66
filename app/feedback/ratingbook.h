#pragma once

#include "feedbackstore.h"
#include "queue/ticket.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Branch;

// 好差评: a customer rates a served ticket once, on the phone page or on the counter's rating
// pad, on five levels (5 非常满意 .. 1 非常不满意) with optional criteria and a comment. The
// rating keeps the ticket's service, window and the clerk who finished it, so each clerk's and
// service's figures are a query (seeds 002, 004: results go into staff assessment). The two
// lowest levels open a rectification (整改) owned by the hall manager, due in
// `rectification.days` working days (default 5); it closes only with its outcome.
class RatingBook
{
    Q_DECLARE_TR_FUNCTIONS(RatingBook)
public:
    static constexpr const char *RectificationDaysSetting = "rectification.days";
    // A manager's login; when absent or not an active manager, the first active manager.
    static constexpr const char *RectificationOwnerSetting = "rectification.owner";
    static constexpr int MaxComment = 500;
    static constexpr int MaxText = 2000;

    enum class Channel { Phone, Pad };
    struct Input
    {
        int level = 0; // 1..5
        // Optional criteria, 1..5 each; 0: not given.
        int efficiency = 0;
        int attitude = 0;
        int professionalism = 0;
        int environment = 0;
        QString comment;
    };
    enum class Status {
        Ok,
        UnknownTicket, // no such token today (or expired), or no finished ticket at the window
        NotServed,     // the ticket is not finished yet
        AlreadyRated,
        Invalid, // the input is wrong; the message says how
    };
    struct Result
    {
        Status status = Status::Invalid;
        QString message;
        RatingRow rating;
        qint64 rectificationId = 0; // a bad rating's rectification
        bool ok() const { return status == Status::Ok; }
    };
    struct Summary
    {
        RatingFigures total;
        QList<RatingFigures> byClerk;
        QList<RatingFigures> byService;
    };

    explicit RatingBook(Branch &branch);

    // 非常满意 .. 非常不满意 for 5 .. 1; empty for anything else.
    static QString levelName(int level);
    static bool isBad(int level) { return level >= 1 && level <= 2; }
    static bool isSatisfied(int level) { return level >= 3 && level <= 5; }
    // efficiency, attitude, professionalism, environment (the REST API's criteria keys).
    static QStringList criteriaKeys();
    static QString criterionName(const QString &key);
    // An empty string when the input is acceptable, else what is wrong with it.
    static QString check(const Input &input);

    // The phone page: the ticket of that token (today's only).
    Result rateByToken(const QString &token, const Input &input);
    // The counter's rating pad: the ticket the window finished last today.
    Result rateAtWindow(int window, const Input &input);
    // The ticket the window finished last today, when it is not rated yet.
    std::optional<Ticket> awaitingRating(int window);

    // Business days from..to, inclusive.
    QList<RatingRow> list(QDate from, QDate to);
    Summary summary(QDate from, QDate to);

    // The date a rectification opened now is due.
    QDate rectificationDueBy();
    QString rectificationOwner();
    QList<RectificationRow> rectifications(bool openOnly);
    std::optional<RatingRow> ratingOf(const RectificationRow &row);
    bool overdue(const RectificationRow &row);
    // Both by a manager (HandleComplaints); throw PermissionDenied or FeedbackError.
    void recordContact(const Session &session, qint64 id, const QString &contact);
    void closeRectification(const Session &session, qint64 id, const QString &outcome);

private:
    Result rate(const Ticket &ticket, const Input &input, Channel channel);
    RectificationRow loadRectification(qint64 id);

    Branch &m_branch;
};
