#include "branchstore.h"

#include "database.h"

#include <sqlite3.h>

namespace
{
constexpr const char *kStaffColumns = "SELECT id, login, display_name, role, password_hash, "
                                      "active, created_utc, failed_logins, "
                                      "coalesce(locked_until_utc, ''), "
                                      "coalesce(sessions_after_utc, '') FROM staff ";

StaffRow readStaff(const Statement &s)
{
    StaffRow r;
    r.id = s.int64(0);
    r.login = s.text(1);
    r.displayName = s.text(2);
    r.role = s.text(3);
    r.passwordHash = s.text(4);
    r.active = s.int64(5) != 0;
    r.createdUtc = s.text(6);
    r.failedLogins = static_cast<int>(s.int64(7));
    r.lockedUntilUtc = s.text(8);
    r.sessionsAfterUtc = s.text(9);
    return r;
}
} // namespace

std::optional<BranchRow> BranchStore::branch()
{
    Statement s =
        m_db.prepare("SELECT code, name, time_zone, created_utc FROM branch WHERE id = 1");
    if (s.step()) {
        return BranchRow{s.text(0), s.text(1), s.text(2), s.text(3)};
    }
    return std::nullopt;
}

void BranchStore::setBranch(const BranchRow &row)
{
    Statement s = m_db.prepare(
        "INSERT INTO branch (id, code, name, time_zone, created_utc) VALUES (1,?,?,?,?) "
        "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
        "time_zone = excluded.time_zone");
    s.bind(1, row.code).bind(2, row.name).bind(3, row.timeZone).bind(4, row.createdUtc).run();
}

qint64 BranchStore::insertStaff(const StaffRow &row)
{
    Statement s = m_db.prepare("INSERT INTO staff (login, display_name, role, password_hash, "
                               "active, created_utc) VALUES (?,?,?,?,?,?)");
    s.bind(1, row.login)
        .bind(2, row.displayName)
        .bind(3, row.role)
        .bind(4, row.passwordHash)
        .bind(5, row.active ? 1 : 0)
        .bind(6, row.createdUtc)
        .run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<StaffRow> BranchStore::staffById(qint64 id)
{
    Statement s = m_db.prepare(QByteArray(QByteArray(kStaffColumns) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step()) {
        return readStaff(s);
    }
    return std::nullopt;
}

void BranchStore::setStaffActive(qint64 id, bool active, const QString &sessionsAfterUtc)
{
    Statement s = m_db.prepare("UPDATE staff SET active = ?, sessions_after_utc = ? WHERE id = ?");
    s.bind(1, active ? 1 : 0).bind(2, sessionsAfterUtc).bind(3, id);
    s.run();
}

void BranchStore::setStaffPassword(qint64 id, const QString &passwordHash,
                                   const QString &sessionsAfterUtc)
{
    Statement s = m_db.prepare("UPDATE staff SET password_hash = ?, failed_logins = 0, "
                               "locked_until_utc = NULL, sessions_after_utc = ? WHERE id = ?");
    s.bind(1, passwordHash).bind(2, sessionsAfterUtc).bind(3, id);
    s.run();
}

std::optional<StaffRow> BranchStore::staffByLogin(const QString &login)
{
    Statement s =
        m_db.prepare(QByteArray(QByteArray(kStaffColumns) + "WHERE login = ?").constData());
    s.bind(1, login);
    if (s.step()) {
        return readStaff(s);
    }
    return std::nullopt;
}

std::vector<StaffRow> BranchStore::staff()
{
    std::vector<StaffRow> result;
    Statement s = m_db.prepare(QByteArray(QByteArray(kStaffColumns) + "ORDER BY id").constData());
    while (s.step()) {
        result.push_back(readStaff(s));
    }
    return result;
}

void BranchStore::setLoginState(qint64 staffId, int failedLogins, const QString &lockedUntilUtc)
{
    Statement s =
        m_db.prepare("UPDATE staff SET failed_logins = ?, locked_until_utc = ? WHERE id = ?");
    s.bind(1, failedLogins);
    lockedUntilUtc.isEmpty() ? s.bindNull(2) : s.bind(2, lockedUntilUtc);
    s.bind(3, staffId).run();
}

QList<int> BranchStore::staffWindows(qint64 staffId)
{
    QList<int> windows;
    Statement s = m_db.prepare(
        "SELECT window_number FROM staff_window WHERE staff_id = ? ORDER BY window_number");
    s.bind(1, staffId);
    while (s.step()) {
        windows << int(s.int64(0));
    }
    return windows;
}

void BranchStore::setStaffWindows(qint64 staffId, const QList<int> &windows)
{
    Statement del = m_db.prepare("DELETE FROM staff_window WHERE staff_id = ?");
    del.bind(1, staffId).run();
    Statement ins = m_db.prepare("INSERT INTO staff_window (staff_id, window_number) VALUES (?,?)");
    for (int w : windows) {
        ins.bind(1, staffId).bind(2, w).run();
        ins.reset();
    }
}

void BranchStore::setProxy(qint64 staffId, qint64 proxyId, const QString &fromUtc,
                           const QString &untilUtc, const QString &reason)
{
    Statement s = m_db.prepare(
        "INSERT INTO staff_proxy (staff_id, proxy_id, from_utc, until_utc, reason) VALUES "
        "(?,?,?,?,?) ON CONFLICT (staff_id) DO UPDATE SET proxy_id = excluded.proxy_id, "
        "from_utc = excluded.from_utc, until_utc = excluded.until_utc, reason = excluded.reason");
    s.bind(1, staffId).bind(2, proxyId).bind(3, fromUtc).bind(4, untilUtc).bind(5, reason).run();
}

QStringList BranchStore::proxiedBy(const QString &proxyLogin, const QString &nowUtc)
{
    Statement s = m_db.prepare(
        "SELECT away.login FROM staff_proxy p JOIN staff away ON away.id = p.staff_id "
        "JOIN staff proxy ON proxy.id = p.proxy_id "
        "WHERE proxy.login = ? AND p.from_utc <= ? AND p.until_utc > ? ORDER BY away.login");
    s.bind(1, proxyLogin).bind(2, nowUtc).bind(3, nowUtc);
    QStringList logins;
    while (s.step()) {
        logins << s.text(0);
    }
    return logins;
}

qint64 BranchStore::insertCustomer(const CustomerRow &row)
{
    Statement s = m_db.prepare("INSERT INTO customer (name, id_type, id_number, phone, "
                               "created_utc) VALUES (?,?,?,?,?)");
    s.bind(1, row.name).bind(2, row.idType);
    row.idNumber.isEmpty() ? s.bindNull(3) : s.bind(3, row.idNumber);
    row.phone.isEmpty() ? s.bindNull(4) : s.bind(4, row.phone);
    s.bind(5, row.createdUtc).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<CustomerRow> BranchStore::customer(qint64 id)
{
    Statement s = m_db.prepare("SELECT id, name, id_type, coalesce(id_number, ''), "
                               "coalesce(phone, ''), created_utc FROM customer WHERE id = ?");
    s.bind(1, id);
    if (s.step()) {
        return CustomerRow{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
    }
    return std::nullopt;
}

qint64 BranchStore::customerCount()
{
    // No customer is ever deleted, so the highest id is their number, read from the end of the
    // table: count(*) walked every row (0.7 s of each start with a million customers).
    return m_db.queryInt("SELECT coalesce(max(id), 0) FROM customer");
}

std::optional<QString> BranchStore::setting(const QString &key)
{
    Statement s = m_db.prepare("SELECT value FROM setting WHERE key = ?");
    s.bind(1, key);
    if (s.step()) {
        return s.text(0);
    }
    return std::nullopt;
}

void BranchStore::setSetting(const QString &key, const QString &value)
{
    Statement s = m_db.prepare("INSERT INTO setting (key, value) VALUES (?,?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
}
