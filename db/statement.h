#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared SQLite statement with bound parameters; finalised when it goes out of scope.
// Every failure throws DbException, so a half-done write never goes unnoticed.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8) = delete; // say QStringLiteral or QByteArray
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Runs one step; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
