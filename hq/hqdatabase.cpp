#include "hqdatabase.h"

#include "hqlog.h"

#include <libpq-fe.h>

namespace
{
void noticeToLog(void *, const char *message)
{
    qCDebug(lcHq, "PostgreSQL: %s", message);
}
} // namespace

HqDbError::HqDbError(const QString &message, const QByteArray &sqlState, bool connectionLost)
    : std::runtime_error(message.toStdString())
    , m_sqlState(sqlState)
    , m_connectionLost(connectionLost)
{}

int HqResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool HqResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) == 1;
}

QString HqResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

QByteArray HqResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column),
                      PQgetlength(m_result.get(), row, column));
}

qint64 HqResult::int64(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

qint64 HqResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}

HqDatabase::HqDatabase(QString conninfo)
    : m_conninfo(std::move(conninfo))
{}

HqDatabase::~HqDatabase()
{
    if (m_conn) {
        PQfinish(m_conn);
    }
}

bool HqDatabase::open(QString *error)
{
    if (m_conn) {
        PQfinish(m_conn);
    }
    // The connection string comes last so that whatever it says wins over these defaults.
    const QByteArray conninfo = m_conninfo.toUtf8();
    const char *keys[] = {"application_name", "connect_timeout", "dbname", nullptr};
    const char *values[] = {"counterdesk-hq", "10", conninfo.constData(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error) {
            *error = tr("Cannot connect to PostgreSQL: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        }
        return false;
    }
    PQsetNoticeProcessor(m_conn, noticeToLog, nullptr);
    // Timestamps come back as ISO 8601 in UTC whatever the server's configuration says.
    PGresult *r = PQexec(m_conn, "SET TIME ZONE 'UTC'; SET datestyle = 'ISO'");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok && error) {
        *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    }
    return ok;
}

bool HqDatabase::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool HqDatabase::reconnect()
{
    if (!m_conn) {
        return open(nullptr);
    }
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        return false;
    }
    PGresult *r = PQexec(m_conn, "SET TIME ZONE 'UTC'; SET datestyle = 'ISO'");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok;
}

void HqDatabase::fail(pg_result *result, const char *what)
{
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                             : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    const QByteArray state =
        result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    if (result) {
        PQclear(result);
    }
    const bool lost = !m_conn || PQstatus(m_conn) != CONNECTION_OK;
    if (message.isEmpty()) {
        message = QString::fromUtf8(what);
    }
    throw HqDbError(message, state, lost);
}

HqResult HqDatabase::exec(const char *sql, const QList<QVariant> &params)
{
    if (!m_conn) {
        throw HqDbError(tr("Not connected to PostgreSQL."), {}, true);
    }
    QList<QByteArray> texts;
    texts.reserve(params.size());
    std::vector<const char *> values;
    values.reserve(static_cast<size_t>(params.size()));
    for (const QVariant &p : params) {
        if (p.isNull()) {
            texts.append(QByteArray());
            values.push_back(nullptr);
            continue;
        }
        texts.append(p.typeId() == QMetaType::QByteArray ? p.toByteArray() : p.toString().toUtf8());
        values.push_back(texts.last().constData());
    }
    PGresult *r = PQexecParams(m_conn, sql, static_cast<int>(values.size()), nullptr, values.data(),
                               nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(r, sql);
    }
    HqResult result;
    result.m_result.reset(r, PQclear);
    return result;
}

void HqDatabase::execScript(const QByteArray &sql)
{
    PGresult *r = PQexec(m_conn, sql.constData());
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(r, "script");
    }
    PQclear(r);
}

void HqDatabase::copyIn(const char *copySql, const QByteArray &data)
{
    PGresult *r = PQexec(m_conn, copySql);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        fail(r, copySql);
    }
    PQclear(r);
    if (PQputCopyData(m_conn, data.constData(), static_cast<int>(data.size())) != 1
        || PQputCopyEnd(m_conn, nullptr) != 1) {
        fail(nullptr, "COPY data");
    }
    r = PQgetResult(m_conn);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) {
        // Drain what is left so that the connection is usable again.
        while (PGresult *more = PQgetResult(m_conn)) {
            PQclear(more);
        }
        fail(r, copySql);
    }
    PQclear(r);
    while (PGresult *more = PQgetResult(m_conn)) {
        PQclear(more);
    }
}

void HqDatabase::transaction(const std::function<void()> &work)
{
    if (m_depth > 0) {
        work();
        return;
    }
    for (int attempt = 0;; ++attempt) {
        try {
            if (!isOpen() && !reconnect()) {
                throw HqDbError(tr("Cannot reach PostgreSQL: %1")
                                    .arg(m_conn
                                             ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                             : QString()),
                                {}, true);
            }
            exec("BEGIN");
            ++m_depth;
            work();
            --m_depth;
            exec("COMMIT");
            return;
        } catch (const HqDbError &e) {
            m_depth = 0;
            if (isOpen() && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
                PGresult *r = PQexec(m_conn, "ROLLBACK");
                PQclear(r);
            }
            if (!e.connectionLost() || attempt > 0) {
                throw;
            }
            qCWarning(lcHq, "PostgreSQL connection lost (%s); reconnecting", e.what());
            if (!reconnect()) {
                throw;
            }
        } catch (...) {
            m_depth = 0;
            if (isOpen() && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
                PGresult *r = PQexec(m_conn, "ROLLBACK");
                PQclear(r);
            }
            throw;
        }
    }
}

void HqDatabase::appendCopyField(QByteArray &line, const QByteArray &value)
{
    line.reserve(line.size() + value.size() + 8);
    for (const char c : value) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}
