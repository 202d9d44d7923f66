#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

struct RatingRow
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString businessDay; // ISO date
    QString ratedUtc;
    QString channel; // phone, pad
    int level = 0;   // 5 非常满意 .. 1 非常不满意
    // Optional criteria on the same scale; 0: not given.
    int efficiency = 0;
    int attitude = 0;
    int professionalism = 0;
    int environment = 0;
    QString comment;
    QString serviceCode;
    int window = 0;
    QString clerk;
};

struct RectificationRow
{
    qint64 id = 0;
    qint64 ratingId = 0;
    QString owner;
    QString openedUtc;
    QString dueBy; // ISO date
    QString state = QStringLiteral("open");
    QString contact;
    QString contactedUtc;
    QString outcome;
    QString closedBy;
    QString closedUtc;
};

struct ComplaintRow
{
    qint64 id = 0;
    QString channel;
    QString receivedUtc;
    QString owner;
    QString complainant;
    QString phone;
    QString matter;
    QString staffConcerned;
    QString serviceCode;
    QString dueBy; // ISO date
    QString state = QStringLiteral("open");
    QString escalatedUtc;
    QString answer;
    QString answeredVia;
    QString closedBy;
    QString closedUtc;
};

struct ComplaintNoteRow
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString atUtc;
    QString author;
    QString note;
};

// A complaint with the business day it was recorded on (its audit entry's).
struct ReceivedComplaintRow
{
    QString businessDay;
    ComplaintRow complaint;
};

// Figures of one group of ratings (a clerk, a service, or all).
struct RatingFigures
{
    QString key; // the clerk's login or the service's code; empty for all
    qint64 count = 0;
    qint64 satisfied = 0; // levels 3..5
    qint64 bad = 0;       // levels 1..2
    double satisfactionRate() const
    {
        return count > 0 ? static_cast<double>(satisfied) / static_cast<double>(count) : 0.0;
    }
};

// Ratings, their rectifications, and complaints with their progress notes.
class FeedbackStore
{
public:
    explicit FeedbackStore(Database &db)
        : m_db(db)
    {}

    qint64 insertRating(const RatingRow &row);
    std::optional<RatingRow> ratingForTicket(qint64 ticketId);
    std::optional<RatingRow> rating(qint64 id);
    // Business days from..to (ISO, inclusive), newest first.
    QList<RatingRow> ratings(const QString &fromDay, const QString &toDay);
    // Grouped by "clerk" or "service_code" (or "" for one row over all), ordered by key.
    QList<RatingFigures> figures(const QString &fromDay, const QString &toDay,
                                 const QString &groupBy);
    // The login of whoever finished the ticket, from the audit chain; empty when none did.
    QString finishedBy(qint64 ticketId);
    // The ticket the window finished last on that business day; 0 when none.
    qint64 lastFinishedAt(int window, const QString &businessDay);

    qint64 insertRectification(const RectificationRow &row);
    void updateRectification(const RectificationRow &row); // contact, state, outcome
    std::optional<RectificationRow> rectification(qint64 id);
    QList<RectificationRow> rectifications(bool openOnly);

    qint64 insertComplaint(const ComplaintRow &row);
    void updateComplaint(const ComplaintRow &row); // state, escalation, answer
    std::optional<ComplaintRow> complaint(qint64 id);
    // Ordered by due date. openOnly: state open; dueBy not empty: due on or before that day.
    QList<ComplaintRow> complaints(bool openOnly, const QString &dueBy = {});
    // Recorded on business days from..to (inclusive), oldest first.
    QList<ReceivedComplaintRow> complaintsReceived(const QString &fromDay, const QString &toDay);
    // Open, due before the day, not yet escalated.
    QList<ComplaintRow> overdueNotEscalated(const QString &day);
    qint64 insertNote(const ComplaintNoteRow &row);
    QList<ComplaintNoteRow> notes(qint64 complaintId);

private:
    Database &m_db;
};
