#include "feedbackstore.h"

#include "database.h"

#include <sqlite3.h>

namespace
{
constexpr const char *kRating =
    "SELECT id, ticket_id, business_day, rated_utc, channel, level, coalesce(efficiency, 0), "
    "coalesce(attitude, 0), coalesce(professionalism, 0), coalesce(environment, 0), comment, "
    "service_code, window_number, clerk FROM rating ";

constexpr const char *kRectification =
    "SELECT id, rating_id, owner, opened_utc, due_by, state, contact, coalesce(contacted_utc, ''), "
    "outcome, closed_by, coalesce(closed_utc, '') FROM rectification ";

constexpr const char *kComplaint =
    "SELECT id, channel, received_utc, owner, complainant, phone, matter, staff_concerned, "
    "service_code, due_by, state, coalesce(escalated_utc, ''), answer, answered_via, closed_by, "
    "coalesce(closed_utc, '') FROM complaint ";

QByteArray sql(const char *select, const char *rest)
{
    return QByteArray(select) + rest;
}

RatingRow readRating(const Statement &s)
{
    RatingRow r;
    r.id = s.int64(0);
    r.ticketId = s.int64(1);
    r.businessDay = s.text(2);
    r.ratedUtc = s.text(3);
    r.channel = s.text(4);
    r.level = static_cast<int>(s.int64(5));
    r.efficiency = static_cast<int>(s.int64(6));
    r.attitude = static_cast<int>(s.int64(7));
    r.professionalism = static_cast<int>(s.int64(8));
    r.environment = static_cast<int>(s.int64(9));
    r.comment = s.text(10);
    r.serviceCode = s.text(11);
    r.window = static_cast<int>(s.int64(12));
    r.clerk = s.text(13);
    return r;
}

RectificationRow readRectification(const Statement &s)
{
    RectificationRow r;
    r.id = s.int64(0);
    r.ratingId = s.int64(1);
    r.owner = s.text(2);
    r.openedUtc = s.text(3);
    r.dueBy = s.text(4);
    r.state = s.text(5);
    r.contact = s.text(6);
    r.contactedUtc = s.text(7);
    r.outcome = s.text(8);
    r.closedBy = s.text(9);
    r.closedUtc = s.text(10);
    return r;
}

ComplaintRow readComplaint(const Statement &s)
{
    ComplaintRow r;
    r.id = s.int64(0);
    r.channel = s.text(1);
    r.receivedUtc = s.text(2);
    r.owner = s.text(3);
    r.complainant = s.text(4);
    r.phone = s.text(5);
    r.matter = s.text(6);
    r.staffConcerned = s.text(7);
    r.serviceCode = s.text(8);
    r.dueBy = s.text(9);
    r.state = s.text(10);
    r.escalatedUtc = s.text(11);
    r.answer = s.text(12);
    r.answeredVia = s.text(13);
    r.closedBy = s.text(14);
    r.closedUtc = s.text(15);
    return r;
}

void bindLevelOrNull(Statement &s, int index, int level)
{
    level > 0 ? s.bind(index, level) : s.bindNull(index);
}

void bindTextOrNull(Statement &s, int index, const QString &text)
{
    text.isEmpty() ? s.bindNull(index) : s.bind(index, text);
}
} // namespace

qint64 FeedbackStore::insertRating(const RatingRow &r)
{
    Statement s = m_db.prepare(
        "INSERT INTO rating (ticket_id, business_day, rated_utc, channel, level, efficiency, "
        "attitude, professionalism, environment, comment, service_code, window_number, clerk) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.ticketId).bind(2, r.businessDay).bind(3, r.ratedUtc).bind(4, r.channel);
    s.bind(5, r.level);
    bindLevelOrNull(s, 6, r.efficiency);
    bindLevelOrNull(s, 7, r.attitude);
    bindLevelOrNull(s, 8, r.professionalism);
    bindLevelOrNull(s, 9, r.environment);
    s.bind(10, r.comment).bind(11, r.serviceCode).bind(12, r.window).bind(13, r.clerk);
    s.run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<RatingRow> FeedbackStore::ratingForTicket(qint64 ticketId)
{
    Statement s = m_db.prepare(sql(kRating, "WHERE ticket_id = ?").constData());
    s.bind(1, ticketId);
    if (!s.step()) {
        return std::nullopt;
    }
    return readRating(s);
}

std::optional<RatingRow> FeedbackStore::rating(qint64 id)
{
    Statement s = m_db.prepare(sql(kRating, "WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return readRating(s);
}

QList<RatingRow> FeedbackStore::ratings(const QString &fromDay, const QString &toDay)
{
    Statement s = m_db.prepare(
        sql(kRating, "WHERE business_day BETWEEN ? AND ? ORDER BY rated_utc DESC, id DESC")
            .constData());
    s.bind(1, fromDay).bind(2, toDay);
    QList<RatingRow> rows;
    while (s.step()) {
        rows << readRating(s);
    }
    return rows;
}

QList<RatingFigures> FeedbackStore::figures(const QString &fromDay, const QString &toDay,
                                            const QString &groupBy)
{
    // The column name is one of two fixed words, never the caller's text.
    const QByteArray key = groupBy == QLatin1String("clerk") ? QByteArrayLiteral("clerk")
                           : groupBy == QLatin1String("service_code")
                               ? QByteArrayLiteral("service_code")
                               : QByteArrayLiteral("''");
    Statement s =
        m_db.prepare(QByteArray("SELECT " + key
                                + ", count(*), sum(level >= 3), sum(level <= 2) FROM rating "
                                  "WHERE business_day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1")
                         .constData());
    s.bind(1, fromDay).bind(2, toDay);
    QList<RatingFigures> rows;
    while (s.step()) {
        rows << RatingFigures{s.text(0), s.int64(1), s.int64(2), s.int64(3)};
    }
    return rows;
}

QString FeedbackStore::finishedBy(qint64 ticketId)
{
    Statement s = m_db.prepare("SELECT actor FROM audit_log WHERE subject = ? AND action = "
                               "'ticket.finish' ORDER BY seq DESC LIMIT 1");
    s.bind(1, QStringLiteral("ticket:") + QString::number(ticketId));
    return s.step() ? s.text(0) : QString();
}

qint64 FeedbackStore::lastFinishedAt(int window, const QString &businessDay)
{
    Statement s = m_db.prepare("SELECT id FROM ticket WHERE window_number = ? AND state = 'done' "
                               "AND business_day = ? ORDER BY finished_utc DESC, id DESC LIMIT 1");
    s.bind(1, window).bind(2, businessDay);
    return s.step() ? s.int64(0) : 0;
}

qint64 FeedbackStore::insertRectification(const RectificationRow &r)
{
    Statement s = m_db.prepare(
        "INSERT INTO rectification (rating_id, owner, opened_utc, due_by) VALUES (?,?,?,?)");
    s.bind(1, r.ratingId).bind(2, r.owner).bind(3, r.openedUtc).bind(4, r.dueBy).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void FeedbackStore::updateRectification(const RectificationRow &r)
{
    Statement s =
        m_db.prepare("UPDATE rectification SET contact = ?, contacted_utc = ?, "
                     "state = ?, outcome = ?, closed_by = ?, closed_utc = ? WHERE id = ?");
    s.bind(1, r.contact);
    bindTextOrNull(s, 2, r.contactedUtc);
    s.bind(3, r.state).bind(4, r.outcome).bind(5, r.closedBy);
    bindTextOrNull(s, 6, r.closedUtc);
    s.bind(7, r.id).run();
}

std::optional<RectificationRow> FeedbackStore::rectification(qint64 id)
{
    Statement s = m_db.prepare(sql(kRectification, "WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return readRectification(s);
}

QList<RectificationRow> FeedbackStore::rectifications(bool openOnly)
{
    Statement s = m_db.prepare(
        sql(kRectification, "WHERE (? = 0 OR state = 'open') ORDER BY due_by, id").constData());
    s.bind(1, openOnly ? 1 : 0);
    QList<RectificationRow> rows;
    while (s.step()) {
        rows << readRectification(s);
    }
    return rows;
}

qint64 FeedbackStore::insertComplaint(const ComplaintRow &r)
{
    Statement s = m_db.prepare("INSERT INTO complaint (channel, received_utc, owner, complainant, "
                               "phone, matter, staff_concerned, service_code, due_by) "
                               "VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.channel)
        .bind(2, r.receivedUtc)
        .bind(3, r.owner)
        .bind(4, r.complainant)
        .bind(5, r.phone)
        .bind(6, r.matter)
        .bind(7, r.staffConcerned)
        .bind(8, r.serviceCode)
        .bind(9, r.dueBy)
        .run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void FeedbackStore::updateComplaint(const ComplaintRow &r)
{
    Statement s = m_db.prepare("UPDATE complaint SET state = ?, escalated_utc = ?, answer = ?, "
                               "answered_via = ?, closed_by = ?, closed_utc = ? WHERE id = ?");
    s.bind(1, r.state);
    bindTextOrNull(s, 2, r.escalatedUtc);
    s.bind(3, r.answer).bind(4, r.answeredVia).bind(5, r.closedBy);
    bindTextOrNull(s, 6, r.closedUtc);
    s.bind(7, r.id).run();
}

std::optional<ComplaintRow> FeedbackStore::complaint(qint64 id)
{
    Statement s = m_db.prepare(sql(kComplaint, "WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return readComplaint(s);
}

QList<ComplaintRow> FeedbackStore::complaints(bool openOnly, const QString &dueBy)
{
    Statement s = m_db.prepare(sql(kComplaint, "WHERE (? = 0 OR state = 'open') AND (? = '' OR "
                                               "due_by <= ?) ORDER BY due_by, id")
                                   .constData());
    s.bind(1, openOnly ? 1 : 0).bind(2, dueBy).bind(3, dueBy);
    QList<ComplaintRow> rows;
    while (s.step()) {
        rows << readComplaint(s);
    }
    return rows;
}

QList<ReceivedComplaintRow> FeedbackStore::complaintsReceived(const QString &fromDay,
                                                              const QString &toDay)
{
    // The complaint's own columns first, as readComplaint() reads them, then the audit's day.
    Statement s = m_db.prepare(
        "SELECT c.id, c.channel, c.received_utc, c.owner, c.complainant, c.phone, c.matter, "
        "c.staff_concerned, c.service_code, c.due_by, c.state, coalesce(c.escalated_utc, ''), "
        "c.answer, c.answered_via, c.closed_by, coalesce(c.closed_utc, ''), a.business_day "
        "FROM complaint c JOIN audit_log a ON a.subject = 'complaint:' || c.id "
        "AND a.action = 'complaint.record' WHERE a.business_day BETWEEN ? AND ? ORDER BY c.id");
    s.bind(1, fromDay).bind(2, toDay);
    QList<ReceivedComplaintRow> rows;
    while (s.step()) {
        rows << ReceivedComplaintRow{s.text(16), readComplaint(s)};
    }
    return rows;
}

QList<ComplaintRow> FeedbackStore::overdueNotEscalated(const QString &day)
{
    Statement s = m_db.prepare(sql(kComplaint, "WHERE state = 'open' AND due_by < ? AND "
                                               "escalated_utc IS NULL ORDER BY due_by, id")
                                   .constData());
    s.bind(1, day);
    QList<ComplaintRow> rows;
    while (s.step()) {
        rows << readComplaint(s);
    }
    return rows;
}

qint64 FeedbackStore::insertNote(const ComplaintNoteRow &r)
{
    Statement s = m_db.prepare(
        "INSERT INTO complaint_note (complaint_id, at_utc, author, note) VALUES (?,?,?,?)");
    s.bind(1, r.complaintId).bind(2, r.atUtc).bind(3, r.author).bind(4, r.note).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

QList<ComplaintNoteRow> FeedbackStore::notes(qint64 complaintId)
{
    Statement s = m_db.prepare("SELECT id, complaint_id, at_utc, author, note FROM complaint_note "
                               "WHERE complaint_id = ? ORDER BY id");
    s.bind(1, complaintId);
    QList<ComplaintNoteRow> rows;
    while (s.step()) {
        rows << ComplaintNoteRow{s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4)};
    }
    return rows;
}
