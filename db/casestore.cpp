#include "casestore.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace
{
constexpr const char *kSelect =
    "SELECT id, service_code, coalesce(customer_id, 0), agent_name, agent_id_number, "
    "agent_phone, conditions, state, owner, window_number, ticket_number, opened_utc, "
    "coalesce(notice_number, ''), coalesce(notice_utc, ''), coalesce(bring_by, ''), "
    "coalesce(case_number, ''), coalesce(accepted_utc, ''), coalesce(counted_from, ''), "
    "coalesce(due_date, ''), due_provisional, coalesce(closed_utc, ''), "
    "coalesce(outcome_number, ''), outcome_note, token, notes, agent_id_type FROM service_case ";

CaseRow readCase(const Statement &s)
{
    CaseRow r;
    r.id = s.int64(0);
    r.serviceCode = s.text(1);
    r.customerId = s.int64(2);
    r.agentName = s.text(3);
    r.agentIdNumber = s.text(4);
    r.agentPhone = s.text(5);
    r.conditions = s.text(6);
    r.state = s.text(7);
    r.owner = s.text(8);
    r.window = static_cast<int>(s.int64(9));
    r.ticketNumber = s.text(10);
    r.openedUtc = s.text(11);
    r.noticeNumber = s.text(12);
    r.noticeUtc = s.text(13);
    r.bringBy = s.text(14);
    r.caseNumber = s.text(15);
    r.acceptedUtc = s.text(16);
    r.countedFrom = s.text(17);
    r.dueDate = s.text(18);
    r.dueProvisional = s.int64(19) != 0;
    r.closedUtc = s.text(20);
    r.outcomeNumber = s.text(21);
    r.outcomeNote = s.text(22);
    r.token = s.text(23);
    r.notes = s.text(24);
    r.agentIdType = s.text(25);
    return r;
}

// Empty text is stored as NULL in the UNIQUE columns, so that many cases may lack a number.
void bindOptional(Statement &s, int index, const QString &value)
{
    value.isEmpty() ? s.bindNull(index) : s.bind(index, value);
}
} // namespace

qint64 CaseStore::insert(const CaseRow &r)
{
    Statement s = m_db.prepare(
        "INSERT INTO service_case (service_code, customer_id, agent_name, agent_id_number, "
        "agent_phone, conditions, state, owner, window_number, ticket_number, opened_utc, token, "
        "agent_id_type) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.serviceCode);
    r.customerId > 0 ? s.bind(2, r.customerId) : s.bindNull(2);
    s.bind(3, r.agentName)
        .bind(4, r.agentIdNumber)
        .bind(5, r.agentPhone)
        .bind(6, r.conditions)
        .bind(7, r.state)
        .bind(8, r.owner)
        .bind(9, r.window)
        .bind(10, r.ticketNumber)
        .bind(11, r.openedUtc)
        .bind(12, r.token)
        .bind(13, r.agentIdType)
        .run();
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    replaceItems(id, r.items);
    return id;
}

void CaseStore::update(const CaseRow &r)
{
    Statement s = m_db.prepare(
        "UPDATE service_case SET conditions = ?, state = ?, owner = ?, window_number = ?, "
        "agent_name = ?, agent_id_number = ?, agent_phone = ?, notice_number = ?, notice_utc = ?, "
        "bring_by = ?, case_number = ?, accepted_utc = ?, counted_from = ?, due_date = ?, "
        "due_provisional = ?, closed_utc = ?, outcome_number = ?, outcome_note = ?, notes = ? "
        "WHERE id = ?");
    s.bind(1, r.conditions).bind(2, r.state).bind(3, r.owner).bind(4, r.window);
    s.bind(5, r.agentName).bind(6, r.agentIdNumber).bind(7, r.agentPhone);
    bindOptional(s, 8, r.noticeNumber);
    bindOptional(s, 9, r.noticeUtc);
    bindOptional(s, 10, r.bringBy);
    bindOptional(s, 11, r.caseNumber);
    bindOptional(s, 12, r.acceptedUtc);
    bindOptional(s, 13, r.countedFrom);
    bindOptional(s, 14, r.dueDate);
    s.bind(15, r.dueProvisional ? 1 : 0);
    bindOptional(s, 16, r.closedUtc);
    bindOptional(s, 17, r.outcomeNumber);
    s.bind(18, r.outcomeNote).bind(19, r.notes).bind(20, r.id).run();
}

void CaseStore::replaceItems(qint64 caseId, const QList<CaseItemRow> &items)
{
    Statement del = m_db.prepare("DELETE FROM case_item WHERE case_id = ?");
    del.bind(1, caseId).run();
    Statement ins = m_db.prepare("INSERT INTO case_item (case_id, position, document, name, form, "
                                 "count, condition, status, reason) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const CaseItemRow &i : items) {
        ins.bind(1, caseId)
            .bind(2, i.position)
            .bind(3, i.document)
            .bind(4, i.name)
            .bind(5, i.form)
            .bind(6, i.count)
            .bind(7, i.condition)
            .bind(8, i.status)
            .bind(9, i.reason)
            .run();
        ins.reset();
    }
}

std::optional<CaseRow> CaseStore::one(const char *where, const QString &value)
{
    Statement s = m_db.prepare(QByteArray(QByteArray(kSelect) + where).constData());
    s.bind(1, value);
    if (!s.step()) {
        return std::nullopt;
    }
    CaseRow r = readCase(s);
    Statement items =
        m_db.prepare("SELECT position, document, name, form, count, condition, "
                     "status, reason FROM case_item WHERE case_id = ? ORDER BY position");
    items.bind(1, r.id);
    while (items.step()) {
        r.items.append({static_cast<int>(items.int64(0)), items.text(1), items.text(2),
                        items.text(3), static_cast<int>(items.int64(4)), items.text(5),
                        items.text(6), items.text(7)});
    }
    return r;
}

std::optional<CaseRow> CaseStore::byId(qint64 id)
{
    return one("WHERE id = ?", QString::number(id));
}

std::optional<CaseRow> CaseStore::byNoticeNumber(const QString &number)
{
    return one("WHERE notice_number = ?", number);
}

std::optional<CaseRow> CaseStore::byToken(const QString &token)
{
    return one("WHERE token = ?", token);
}

QList<CaseRow> CaseStore::list(const QString &owner, bool openOnly)
{
    // The open states by name, so that service_case_open (state, due_date) finds them: "state
    // NOT IN (the ended ones)" read every case the branch ever had (2.8 s with a million), each
    // time the case list opened and every 3 s in the manager's console. A state added to
    // CaseWorkflow that is not ended belongs here.
    QByteArray sql(kSelect);
    sql += openOnly ? "WHERE state IN ('open', 'awaiting_documents', 'accepted', 'processing', "
                      "'extended', 'suspended', 'ready', 'collected') AND (? = '' OR owner = ?) "
                    : "WHERE (? = '' OR owner = ?) ";
    sql += "ORDER BY coalesce(due_date, '9999'), id";
    Statement s = m_db.prepare(sql.constData());
    s.bind(1, owner).bind(2, owner);
    QList<CaseRow> rows;
    while (s.step()) {
        rows << readCase(s);
    }
    return rows;
}

int CaseStore::nextNumber(const QString &businessDay, const QString &kind)
{
    Q_ASSERT(m_db.inTransaction());
    Statement s = m_db.prepare(
        "INSERT INTO number_sequence (business_day, kind, last) VALUES (?, ?, 1) "
        "ON CONFLICT (business_day, kind) DO UPDATE SET last = last + 1 RETURNING last");
    s.bind(1, businessDay).bind(2, kind);
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

QList<CaseEventRow> CaseStore::events(const QString &fromDay, const QString &toDay)
{
    // subject is 'case:<id>'; the acceptance's payload holds the date printed on the receipt.
    Statement s = m_db.prepare(
        "SELECT CAST(substr(a.subject, 6) AS INTEGER), a.action, a.business_day, a.actor, "
        "coalesce(c.service_code, ''), coalesce(c.due_date, ''), coalesce((SELECT p.payload "
        "FROM audit_log p WHERE p.subject = a.subject AND p.action = 'case.accept' "
        "ORDER BY p.seq LIMIT 1), '') "
        "FROM audit_log a LEFT JOIN service_case c ON c.id = CAST(substr(a.subject, 6) AS INTEGER) "
        "WHERE a.business_day BETWEEN ? AND ? "
        "AND a.action IN ('case.notice', 'case.accept', 'case.ready') ORDER BY a.seq");
    s.bind(1, fromDay).bind(2, toDay);
    QList<CaseEventRow> rows;
    while (s.step()) {
        CaseEventRow r;
        r.caseId = s.int64(0);
        r.action = s.text(1);
        r.businessDay = s.text(2);
        r.actor = s.text(3);
        r.serviceCode = s.text(4);
        const QString accepted = s.text(6);
        if (!accepted.isEmpty()) {
            r.promisedDue = QJsonDocument::fromJson(accepted.toUtf8())
                                .object()
                                .value(QStringLiteral("due"))
                                .toString();
            if (r.promisedDue.isEmpty()) {
                r.promisedDue = s.text(5);
            }
        }
        rows.append(r);
    }
    return rows;
}
