#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

// Who has a branch database open. Every CounterDesk connection to DIR/branch.db holds a shared
// flock() on DIR/branch.db.lock for as long as it is open (Database::open); restore and rekey,
// which put another file in its place, hold it exclusively from their first check to the
// rename.
//
// Why a lock file and not SQLite's own locks: those sit on the database file's inode, and
// restore renames another inode into place. A process that opened the old file just before the
// rename would go on writing into the replaced one, and its -wal, named after the path, would
// be replayed into the new one. The lock file never moves, so while it is held exclusively no
// CounterDesk process has the branch open and none can open it. flock() locks belong to the
// open file: the kernel drops them when a process dies, even by SIGKILL, and they are separate
// from the POSIX locks SQLite takes. Programs other than CounterDesk (an administrator's own
// SQLCipher client) do not know this file: restore and rekey also take SQLite's exclusive lock
// (Database::Mode::Exclusive), which fails while any connection has the file open.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
public:
    enum class Kind {
        Shared,    // a connection: waits up to waitMs while a restore or rekey holds it
        Exclusive, // restore, rekey: never waits
    };

    // Throws DbException (Kind::Busy) when the lock cannot be had. Returns null for a shared
    // lock when the lock file cannot be created (a read-only folder, where nobody can restore).
    static std::unique_ptr<DatabaseLock> acquire(const QString &databasePath, Kind kind,
                                                 int waitMs = 0);
    static QString lockPath(const QString &databasePath);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    explicit DatabaseLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};
