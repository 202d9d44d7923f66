#include "inquirystore.h"

#include "database.h"

#include <sqlite3.h>

namespace
{
constexpr const char *kSelect =
    "SELECT id, owner, window_number, asked_utc, question, customer_name, phone, reply_by, "
    "state, answer, answered_by, coalesce(answered_utc, ''), coalesce(case_id, 0) FROM inquiry ";

InquiryRow read(const Statement &s)
{
    InquiryRow r;
    r.id = s.int64(0);
    r.owner = s.text(1);
    r.window = static_cast<int>(s.int64(2));
    r.askedUtc = s.text(3);
    r.question = s.text(4);
    r.customerName = s.text(5);
    r.phone = s.text(6);
    r.replyBy = s.text(7);
    r.state = s.text(8);
    r.answer = s.text(9);
    r.answeredBy = s.text(10);
    r.answeredUtc = s.text(11);
    r.caseId = s.int64(12);
    return r;
}
} // namespace

qint64 InquiryStore::insert(const InquiryRow &r)
{
    Statement s = m_db.prepare("INSERT INTO inquiry (owner, window_number, asked_utc, question, "
                               "customer_name, phone, reply_by, case_id) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, r.owner)
        .bind(2, r.window)
        .bind(3, r.askedUtc)
        .bind(4, r.question)
        .bind(5, r.customerName)
        .bind(6, r.phone)
        .bind(7, r.replyBy);
    r.caseId > 0 ? s.bind(8, r.caseId) : s.bindNull(8);
    s.run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void InquiryStore::update(const InquiryRow &r)
{
    Statement s = m_db.prepare("UPDATE inquiry SET owner = ?, state = ?, answer = ?, "
                               "answered_by = ?, answered_utc = ? WHERE id = ?");
    s.bind(1, r.owner).bind(2, r.state).bind(3, r.answer).bind(4, r.answeredBy);
    r.answeredUtc.isEmpty() ? s.bindNull(5) : s.bind(5, r.answeredUtc);
    s.bind(6, r.id).run();
}

std::optional<InquiryRow> InquiryStore::byId(qint64 id)
{
    Statement s = m_db.prepare(QByteArray(QByteArray(kSelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        return std::nullopt;
    }
    return read(s);
}

QList<InquiryRow> InquiryStore::list(const QString &owner, bool openOnly)
{
    Statement s =
        m_db.prepare(QByteArray(QByteArray(kSelect)
                                + "WHERE (? = '' OR owner = ?) AND (? = 0 OR state = 'open') "
                                  "ORDER BY reply_by, id")
                         .constData());
    s.bind(1, owner).bind(2, owner).bind(3, openOnly ? 1 : 0);
    QList<InquiryRow> rows;
    while (s.step()) {
        rows << read(s);
    }
    return rows;
}
