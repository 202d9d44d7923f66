#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

// What went wrong with the branch database, in words a clerk or an administrator can act on.
// Thrown as DbException inside db/ and app/; the GUI and the CLI catch it at their boundary.
class DbError
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
public:
    enum class Kind {
        None,
        NoPassphrase,
        NotFound,
        AlreadyExists,
        WrongPassphrase,
        NotEncrypted,
        Truncated,
        NewerSchema,
        Corrupt,
        DiskFull,
        ReadOnly,
        Busy,
        Constraint,
        Io,
        Other,
    };

    DbError() = default;
    DbError(Kind k, QString text, int code = 0)
        : kind(k)
        , message(std::move(text))
        , sqliteCode(code)
    {}

    // Maps an SQLite result code to a kind and a message that says what to do.
    static DbError fromSqlite(int code, const QString &detail);

    bool isError() const { return kind != Kind::None; }

    Kind kind = Kind::None;
    QString message;
    int sqliteCode = 0;
};

class DbException : public std::runtime_error
{
public:
    explicit DbException(DbError error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {}
    const DbError &error() const { return m_error; }

private:
    DbError m_error;
};
