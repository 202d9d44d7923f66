#pragma once

#include "dberror.h"
#include "statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

struct sqlite3;

// One connection to a branch database: an SQLCipher 4 file with its default cipher settings,
// in WAL mode, with foreign keys, secure delete and a busy timeout. It never creates or opens an
// unencrypted file, never changes a file it refuses, and migrates an older schema on open.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a CounterDesk database
        CreateNew,    // the file must not exist; it is created atomically (temp file, rename)
    };

    static constexpr quint32 ApplicationId = 0x4344534b; // "CDSK" in the file header

    // Opens and migrates to targetVersion (-1: the latest). Throws DbException.
    static std::unique_ptr<Database> open(const QString &path, const QByteArray &passphrase,
                                          Mode mode, int targetVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Statement prepare(const char *sql);
    void exec(const char *sql);
    qint64 queryInt(const char *sql);
    // Runs every statement of a user's script (the recovery shell); onRow gets the column names
    // first, then each row as text.
    void runScript(const QString &sql, const std::function<void(const QStringList &)> &onRow);
    int userVersion();
    QString cipherVersion();

    // Runs fn inside a transaction (BEGIN IMMEDIATE, or a savepoint when nested); commits when
    // fn returns, rolls back and rethrows when it throws.
    template<typename F> decltype(auto) transaction(F &&fn)
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                decltype(auto) result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    bool inTransaction() const { return m_depth > 0; }

    // Writes the WAL back into the main file (used before copying or renaming the file).
    void checkpoint();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    Database(sqlite3 *db, QString path);
    static std::unique_ptr<Database> openExisting(const QString &path, const QByteArray &passphrase,
                                                  int targetVersion);
    void configure();
    void begin();
    void commit();
    void rollback();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_depth = 0;
};
