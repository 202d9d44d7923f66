#include "ratingbook.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "core/clock.h"
#include "database.h"
#include "feedback/feedbackerror.h"
#include "queue/ticketqueue.h"
#include "queuestore.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"

#include <QJsonObject>

namespace
{
// Thrown inside the transaction to refuse without writing anything.
struct Refusal
{
    RatingBook::Status status;
    QString message;
};

QString channelKey(RatingBook::Channel c)
{
    return c == RatingBook::Channel::Pad ? QStringLiteral("pad") : QStringLiteral("phone");
}
} // namespace

RatingBook::RatingBook(Branch &branch)
    : m_branch(branch)
{}

QString RatingBook::levelName(int level)
{
    switch (level) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Fairly satisfied");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    default:
        return {};
    }
}

QStringList RatingBook::criteriaKeys()
{
    return {QStringLiteral("efficiency"), QStringLiteral("attitude"),
            QStringLiteral("professionalism"), QStringLiteral("environment")};
}

QString RatingBook::criterionName(const QString &key)
{
    if (key == QLatin1String("efficiency")) {
        return tr("Efficiency");
    }
    if (key == QLatin1String("attitude")) {
        return tr("Attitude");
    }
    if (key == QLatin1String("professionalism")) {
        return tr("Professionalism");
    }
    if (key == QLatin1String("environment")) {
        return tr("Environment");
    }
    return {};
}

QString RatingBook::check(const Input &input)
{
    if (input.level < 1 || input.level > 5) {
        return tr("Choose one of the five levels.");
    }
    for (const int c :
         {input.efficiency, input.attitude, input.professionalism, input.environment}) {
        if (c < 0 || c > 5) {
            return tr("Each criterion is rated from 1 to 5.");
        }
    }
    if (input.comment.size() > MaxComment) {
        return tr("The comment is too long (at most %1 characters).").arg(MaxComment);
    }
    return {};
}

RatingBook::Result RatingBook::rateByToken(const QString &token, const Input &input)
{
    const std::optional<Ticket> t = TicketQueue(m_branch).byToken(token);
    if (!t) {
        return {Status::UnknownTicket,
                tr("We cannot find this ticket. A ticket can be rated on the day it was taken."),
                {},
                0};
    }
    return rate(*t, input, Channel::Phone);
}

std::optional<Ticket> RatingBook::awaitingRating(int window)
{
    FeedbackStore store(m_branch.database());
    const QString today = m_branch.businessDay(Clock::nowUtc()).toString(Qt::ISODate);
    const qint64 id = store.lastFinishedAt(window, today);
    if (id == 0 || store.ratingForTicket(id)) {
        return std::nullopt;
    }
    const auto row = QueueStore(m_branch.database()).ticket(id);
    if (!row) {
        return std::nullopt;
    }
    return Ticket::fromRow(*row);
}

RatingBook::Result RatingBook::rateAtWindow(int window, const Input &input)
{
    FeedbackStore store(m_branch.database());
    const QString today = m_branch.businessDay(Clock::nowUtc()).toString(Qt::ISODate);
    const qint64 id = store.lastFinishedAt(window, today);
    const auto row = id > 0 ? QueueStore(m_branch.database()).ticket(id) : std::nullopt;
    if (!row) {
        return {Status::UnknownTicket,
                tr("Window %1 has not finished serving anybody today.").arg(window),
                {},
                0};
    }
    return rate(Ticket::fromRow(*row), input, Channel::Pad);
}

RatingBook::Result RatingBook::rate(const Ticket &ticket, const Input &input, Channel channel)
{
    const QString problem = check(input);
    if (!problem.isEmpty()) {
        return {Status::Invalid, problem, {}, 0};
    }
    if (ticket.state != Ticket::State::Done) {
        return {Status::NotServed,
                tr("Ticket %1 has not been served yet: you can rate it once the service is "
                   "finished.")
                    .arg(ticket.number),
                {},
                0};
    }
    Result result{Status::Ok, {}, {}, 0};
    RatingRow &r = result.rating;
    r.ticketId = ticket.id;
    r.businessDay = ticket.businessDay.toString(Qt::ISODate);
    r.ratedUtc = Clock::isoUtc(Clock::nowUtc());
    r.channel = channelKey(channel);
    r.level = input.level;
    r.efficiency = input.efficiency;
    r.attitude = input.attitude;
    r.professionalism = input.professionalism;
    r.environment = input.environment;
    r.comment = input.comment.trimmed();
    r.serviceCode = ticket.serviceCode;
    r.window = ticket.window;
    try {
        // The comment is the customer's free text: the audit says only that there is one.
        m_branch.record(
            {QStringLiteral("customer"),
             QStringLiteral("rating.record"),
             QStringLiteral("ticket:%1").arg(ticket.id),
             {}},
            [&](AuditEvent &event) {
                FeedbackStore store(m_branch.database());
                if (store.ratingForTicket(ticket.id)) {
                    throw Refusal{
                        Status::AlreadyRated,
                        tr("Ticket %1 has already been rated. Thank you!").arg(ticket.number)};
                }
                r.clerk = store.finishedBy(ticket.id);
                r.id = store.insertRating(r);
                event.payload = {{QStringLiteral("rating"), r.id},
                                 {QStringLiteral("number"), ticket.number},
                                 {QStringLiteral("level"), r.level},
                                 {QStringLiteral("channel"), r.channel},
                                 {QStringLiteral("service"), r.serviceCode},
                                 {QStringLiteral("window"), r.window},
                                 {QStringLiteral("clerk"), r.clerk},
                                 {QStringLiteral("comment"), !r.comment.isEmpty()}};
                if (isBad(r.level)) {
                    RectificationRow task;
                    task.ratingId = r.id;
                    task.owner = rectificationOwner();
                    task.openedUtc = r.ratedUtc;
                    task.dueBy = rectificationDueBy().toString(Qt::ISODate);
                    result.rectificationId = store.insertRectification(task);
                    event.payload.insert(QStringLiteral("rectification"),
                                         QJsonObject{{QStringLiteral("id"), result.rectificationId},
                                                     {QStringLiteral("owner"), task.owner},
                                                     {QStringLiteral("dueBy"), task.dueBy}});
                }
            });
    } catch (const Refusal &refusal) {
        return {refusal.status, refusal.message, {}, 0};
    }
    result.message = tr("Thank you for your rating.");
    return result;
}

QList<RatingRow> RatingBook::list(QDate from, QDate to)
{
    return FeedbackStore(m_branch.database())
        .ratings(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

RatingBook::Summary RatingBook::summary(QDate from, QDate to)
{
    FeedbackStore store(m_branch.database());
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    Summary s;
    s.total = store.figures(f, t, {}).value(0);
    s.byClerk = store.figures(f, t, QStringLiteral("clerk"));
    s.byService = store.figures(f, t, QStringLiteral("service_code"));
    return s;
}

QDate RatingBook::rectificationDueBy()
{
    const auto setting =
        BranchStore(m_branch.database()).setting(QString::fromLatin1(RectificationDaysSetting));
    const int days = setting && setting->toInt() > 0 ? setting->toInt() : 5;
    const QDateTime local = Clock::nowUtc().toTimeZone(m_branch.timeZone());
    return CalendarUpdate::inForce(m_branch)
        .dueFromReceipt(local, CutOffSetting::read(m_branch), days,
                        WorkingCalendar::LimitKind::Working)
        .date;
}

QString RatingBook::rectificationOwner()
{
    BranchStore store(m_branch.database());
    const auto isManager = [](const StaffRow &s) {
        return s.active && s.role == QLatin1String("manager");
    };
    if (const auto chosen = store.setting(QString::fromLatin1(RectificationOwnerSetting))) {
        const auto row = store.staffByLogin(*chosen);
        if (row && isManager(*row)) {
            return row->login;
        }
    }
    for (const StaffRow &s : store.staff()) {
        if (isManager(s)) {
            return s.login;
        }
    }
    return {}; // nobody yet: any manager may take it
}

QList<RectificationRow> RatingBook::rectifications(bool openOnly)
{
    return FeedbackStore(m_branch.database()).rectifications(openOnly);
}

std::optional<RatingRow> RatingBook::ratingOf(const RectificationRow &row)
{
    return FeedbackStore(m_branch.database()).rating(row.ratingId);
}

bool RatingBook::overdue(const RectificationRow &row)
{
    return row.state == QLatin1String("open")
           && QDate::fromString(row.dueBy, Qt::ISODate) < m_branch.businessDay(Clock::nowUtc());
}

RectificationRow RatingBook::loadRectification(qint64 id)
{
    const auto row = FeedbackStore(m_branch.database()).rectification(id);
    if (!row) {
        throw FeedbackError(tr("There is no rectification number %1.").arg(id));
    }
    return *row;
}

void RatingBook::recordContact(const Session &session, qint64 id, const QString &contact)
{
    StaffDirectory::require(session, Permissions::Act::HandleComplaints);
    RectificationRow row = loadRectification(id);
    if (row.state != QLatin1String("open")) {
        throw FeedbackError(tr("Rectification %1 is already closed.").arg(id));
    }
    if (contact.trimmed().isEmpty() || contact.size() > MaxText) {
        throw FeedbackError(
            tr("Say how and when the customer was contacted (at most %1 characters).")
                .arg(MaxText));
    }
    row.contact = contact.trimmed();
    row.contactedUtc = Clock::isoUtc(Clock::nowUtc());
    m_branch.record({session.login,
                     QStringLiteral("rectification.contact"),
                     QStringLiteral("rectification:%1").arg(id),
                     {}},
                    [&](AuditEvent &) {
                        FeedbackStore(m_branch.database()).updateRectification(row);
                    });
}

void RatingBook::closeRectification(const Session &session, qint64 id, const QString &outcome)
{
    StaffDirectory::require(session, Permissions::Act::HandleComplaints);
    RectificationRow row = loadRectification(id);
    if (row.state != QLatin1String("open")) {
        throw FeedbackError(tr("Rectification %1 is already closed.").arg(id));
    }
    if (outcome.trimmed().isEmpty() || outcome.size() > MaxText) {
        throw FeedbackError(
            tr("A rectification closes only with its outcome (at most %1 characters).")
                .arg(MaxText));
    }
    const bool late = overdue(row);
    row.state = QStringLiteral("closed");
    row.outcome = outcome.trimmed();
    row.closedBy = session.login;
    row.closedUtc = Clock::isoUtc(Clock::nowUtc());
    m_branch.record({session.login, QStringLiteral("rectification.close"),
                     QStringLiteral("rectification:%1").arg(id),
                     QJsonObject{{QStringLiteral("late"), late},
                                 {QStringLiteral("contacted"), !row.contact.isEmpty()}}},
                    [&](AuditEvent &) {
                        FeedbackStore(m_branch.database()).updateRectification(row);
                    });
}
