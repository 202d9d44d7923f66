#pragma once

#include "dberror.h"
#include "statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

struct sqlite3;
class DatabaseLock;

// One connection to a branch database: an SQLCipher 4 file with its default cipher settings,
// in WAL mode, with foreign keys, secure delete and a busy timeout. It never creates or opens an
// unencrypted file, never changes a file it refuses, and migrates an older schema on open.
// While open it holds the branch's shared lock (DatabaseLock), so restore and rekey know.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a CounterDesk database
        CreateNew,    // the file must not exist; it is created atomically (temp file, rename)
        // A copy to check (a backup): opened read-only, never migrated or changed, no lock.
        ReadOnly,
        // A file only this process works on (the new file of a restore or a rekey): opened and
        // migrated as OpenExisting, without the branch lock.
        WorkingCopy,
        // The branch, for restore and rekey, whose caller holds DatabaseLock exclusively: SQLite's
        // exclusive lock too, taken at once and held until closed, so that it fails (Busy) while
        // any other program has the file open. Not migrated.
        Exclusive,
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

    // Copies the whole database, as it stands at one moment, into a new file encrypted with
    // passphrase (SQLCipher 4 defaults), while other connections go on writing. The copy is one
    // self-contained file (rollback journal, not WAL), not yet synced to disk. Throws
    // DbException; on failure nothing is left at file.
    void backupTo(const QString &file, const QByteArray &passphrase);
    // What PRAGMA cipher_integrity_check (every page's HMAC) and PRAGMA integrity_check (the
    // b-trees) find wrong; empty when both are clean.
    QStringList integrityProblems();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    Database(sqlite3 *db, QString path);
    static std::unique_ptr<Database> openExisting(const QString &path, const QByteArray &passphrase,
                                                  int targetVersion, Mode mode);
    void configure();
    void begin();
    void commit();
    void rollback();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_depth = 0;
    std::unique_ptr<DatabaseLock> m_lock; // released after the connection is closed
};
