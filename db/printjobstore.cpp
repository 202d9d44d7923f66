#include "printjobstore.h"

#include "database.h"

#include <sqlite3.h>

qint64 PrintJobStore::insert(const PrintJobRow &row)
{
    Statement s = m_db.prepare(
        "INSERT INTO print_job (station, name, business_day, created_utc, document, attempts, "
        "last_error, last_try_utc) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, row.station)
        .bind(2, row.name)
        .bind(3, row.businessDay)
        .bind(4, row.createdUtc)
        .bind(5, row.document)
        .bind(6, row.attempts)
        .bind(7, row.lastError);
    if (row.lastTryUtc.isEmpty()) {
        s.bindNull(8);
    } else {
        s.bind(8, row.lastTryUtc);
    }
    s.run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

QList<PrintJobRow> PrintJobStore::forStation(const QString &station)
{
    Statement s = m_db.prepare(
        "SELECT id, station, name, business_day, created_utc, document, attempts, last_error, "
        "coalesce(last_try_utc, '') FROM print_job WHERE station = ? ORDER BY id");
    s.bind(1, station);
    QList<PrintJobRow> rows;
    while (s.step()) {
        PrintJobRow r;
        r.id = s.int64(0);
        r.station = s.text(1);
        r.name = s.text(2);
        r.businessDay = s.text(3);
        r.createdUtc = s.text(4);
        r.document = s.text(5);
        r.attempts = static_cast<int>(s.int64(6));
        r.lastError = s.text(7);
        r.lastTryUtc = s.text(8);
        rows << r;
    }
    return rows;
}

void PrintJobStore::recordAttempt(qint64 id, int attempts, const QString &error,
                                  const QString &atUtc)
{
    Statement s = m_db.prepare(
        "UPDATE print_job SET attempts = ?, last_error = ?, last_try_utc = ? WHERE id = ?");
    s.bind(1, attempts).bind(2, error).bind(3, atUtc).bind(4, id).run();
}

bool PrintJobStore::remove(qint64 id)
{
    Statement s = m_db.prepare("DELETE FROM print_job WHERE id = ?");
    s.bind(1, id).run();
    return sqlite3_changes(m_db.handle()) > 0;
}

int PrintJobStore::removeBefore(const QString &station, const QString &businessDay)
{
    Statement s = m_db.prepare("DELETE FROM print_job WHERE station = ? AND business_day < ?");
    s.bind(1, station).bind(2, businessDay).run();
    return sqlite3_changes(m_db.handle());
}
