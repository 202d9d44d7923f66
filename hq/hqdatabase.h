#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

struct pg_conn;
struct pg_result;

// A failed statement (or a lost connection) on head office's PostgreSQL.
class HqDbError : public std::runtime_error
{
public:
    HqDbError(const QString &message, const QByteArray &sqlState, bool connectionLost);
    QString message() const { return QString::fromUtf8(what()); }
    QByteArray sqlState() const { return m_sqlState; }
    bool connectionLost() const { return m_connectionLost; }

private:
    QByteArray m_sqlState;
    bool m_connectionLost;
};

// The rows of one statement, as text (libpq's text format).
class HqResult
{
public:
    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 int64(int row, int column) const;
    // The number of rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const;

private:
    friend class HqDatabase;
    std::shared_ptr<pg_result> m_result;
};

// Head office's one connection to PostgreSQL through libpq. SQL lives in hq/ only, always with
// bound parameters. When the server restarted under it, transaction() reconnects and runs the
// work once more (every unit of work here is idempotent or refuses cleanly the second time).
class HqDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HqDatabase)
public:
    explicit HqDatabase(QString conninfo);
    ~HqDatabase();
    HqDatabase(const HqDatabase &) = delete;
    HqDatabase &operator=(const HqDatabase &) = delete;

    // Connects; false with the reason.
    bool open(QString *error);
    bool isOpen() const;

    // One statement with parameters: a null QVariant is NULL, everything else its text.
    // Throws HqDbError.
    HqResult exec(const char *sql, const QList<QVariant> &params = {});
    // Several statements without parameters (migrations).
    void execScript(const QByteArray &sql);
    // COPY ... FROM STDIN with the data in COPY's text format.
    void copyIn(const char *copySql, const QByteArray &data);
    // Runs work in one transaction (nested calls join the outer one). If the connection was
    // lost, reconnects and runs it once more; throws HqDbError when that fails too.
    void transaction(const std::function<void()> &work);
    // Re-establishes a lost connection; false when the server does not answer.
    bool reconnect();

    // COPY's text format for one field: backslash, tab, newline and carriage return escaped.
    static void appendCopyField(QByteArray &line, const QByteArray &value);

private:
    [[noreturn]] void fail(pg_result *result, const char *what);

    QString m_conninfo;
    pg_conn *m_conn = nullptr;
    int m_depth = 0;
};
