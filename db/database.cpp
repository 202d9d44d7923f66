#include "database.h"

#include "databaselock.h"
#include "durablefile.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace
{
constexpr qint64 PageSize = 4096; // SQLCipher 4 default

// Throws for any result other than SQLITE_OK, with the connection's message.
void check(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK) {
        throw DbException(DbError::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db))));
    }
}

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
    sqlite3 *release() { return std::exchange(db, nullptr); }
};

// The first bytes of a file, read through SQLite's own file layer. Not with a descriptor of our
// own: when this process already has the file open in SQLite (the hall host's nightly backup
// opens a second connection), closing any other descriptor of it would drop every POSIX lock
// the process holds on it, SQLite's included; SQLite's layer defers such closes. Null when the
// file cannot be read.
QByteArray fileHead(const QString &path, int bytes, QString *error)
{
    Handle h;
    sqlite3_file *file = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h.db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK
        || sqlite3_file_control(h.db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || !file || !file->pMethods) {
        *error = QString::fromUtf8(h.db ? sqlite3_errmsg(h.db) : "cannot open");
        return {};
    }
    QByteArray head(bytes, '\0'); // a short read fills the rest with zeros
    const int rc = file->pMethods->xRead(file, head.data(), bytes, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return {};
    }
    return head;
}
} // namespace

DbError DbError::fromSqlite(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return {Kind::WrongPassphrase,
                tr("Wrong passphrase, or not a CounterDesk database. Nothing was changed."), code};
    case SQLITE_CORRUPT:
        return {Kind::Corrupt,
                tr("The branch database is damaged or truncated (%1). Nothing was changed; "
                   "restore it from a backup.")
                    .arg(detail),
                code};
    case SQLITE_FULL:
        return {Kind::DiskFull,
                tr("The disk is full: this change was not saved. Free some disk space and "
                   "try again; nothing else was lost."),
                code};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {Kind::ReadOnly,
                tr("The branch database cannot be written (%1). Check that its folder is "
                   "writable and the disk is mounted.")
                    .arg(detail),
                code};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::Busy,
                tr("The branch database is busy in another program. Try again in a moment."), code};
    case SQLITE_CONSTRAINT:
        return {Kind::Constraint, tr("The change breaks a rule of the data: %1").arg(detail), code};
    case SQLITE_IOERR:
        return {
            Kind::Io,
            tr("The disk reported an error (%1). Nothing was saved; check the disk.").arg(detail),
            code};
    default:
        return {Kind::Other, tr("Database error: %1 (code %2)").arg(detail).arg(code), code};
    }
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::~Database()
{
    sqlite3_close_v2(m_db);
    m_lock.reset(); // only once the connection is gone
}

std::unique_ptr<Database> Database::open(const QString &path, const QByteArray &passphrase,
                                         Mode mode, int targetVersion)
{
    // An empty key makes SQLCipher create a plaintext file: refuse before calling it.
    if (passphrase.isEmpty()) {
        throw DbException({DbError::Kind::NoPassphrase,
                           tr("No passphrase was given. CounterDesk never creates or opens an "
                              "unencrypted database.")});
    }
    if (mode != Mode::CreateNew) {
        return openExisting(path, passphrase, targetVersion, mode);
    }

    if (QFileInfo::exists(path)) {
        throw DbException({DbError::Kind::AlreadyExists,
                           tr("A branch database already exists at %1; it was left as it was.")
                               .arg(QDir::toNativeSeparators(path))});
    }
    // Build the new file beside its final name and rename it into place only when it is
    // complete, so a crash during set-up never leaves a half-made branch.db behind.
    const QString temp = path + QStringLiteral(".creating");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(temp + QLatin1String(suffix));
    }
    {
        Handle h;
        const QByteArray native = QFile::encodeName(temp);
        int rc = sqlite3_open_v2(native.constData(), &h.db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        check(h.db, rc);
        check(h.db, sqlite3_key(h.db, passphrase.constData(), static_cast<int>(passphrase.size())));
        std::unique_ptr<Database> db(new Database(h.release(), temp));
        db->configure();
        Migrations::migrate(*db, targetVersion < 0 ? Migrations::latestVersion() : targetVersion);
        db->checkpoint();
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temp);
        throw DbException(
            {DbError::Kind::Io,
             tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), reason)});
    }
    DurableFile::syncDirectoryOf(path);
    return openExisting(path, passphrase, targetVersion, Mode::OpenExisting);
}

std::unique_ptr<Database> Database::openExisting(const QString &path, const QByteArray &passphrase,
                                                 int targetVersion, Mode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        throw DbException({DbError::Kind::NotFound,
                           tr("There is no branch database at %1. Create one with "
                              "'counterdesk-cli init', or start CounterDesk to set one up.")
                               .arg(shown)});
    }
    if (!info.isFile()) {
        throw DbException({DbError::Kind::NotFound, tr("%1 is not a file.").arg(shown)});
    }
    {
        QString error;
        const QByteArray head = fileHead(path, 16, &error);
        if (head.isNull()) {
            throw DbException(
                {DbError::Kind::ReadOnly, tr("Cannot read %1: %2").arg(shown, error)});
        }
        if (head == QByteArrayLiteral("SQLite format 3\0")) {
            throw DbException({DbError::Kind::NotEncrypted,
                               tr("%1 is an unencrypted SQLite file, not a CounterDesk database. "
                                  "CounterDesk never opens unencrypted files; nothing was changed.")
                                   .arg(shown)});
        }
    }
    if (info.size() == 0 || info.size() % PageSize != 0) {
        throw DbException({DbError::Kind::Truncated,
                           tr("%1 is truncated or damaged (its size, %2 bytes, is not a whole "
                              "number of pages). Nothing was changed; restore it from a backup.")
                               .arg(shown)
                               .arg(info.size())});
    }

    // The branch lock comes before SQLite opens the file: a restore or rekey that holds it
    // may be about to rename another file into place.
    std::unique_ptr<DatabaseLock> lock;
    if (mode == Mode::OpenExisting) {
        lock = DatabaseLock::acquire(path, DatabaseLock::Kind::Shared, 5000);
    }
    Handle h;
    const QByteArray native = QFile::encodeName(path);
    check(h.db,
          sqlite3_open_v2(native.constData(), &h.db,
                          mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                          nullptr));
    check(h.db, sqlite3_key(h.db, passphrase.constData(), static_cast<int>(passphrase.size())));
    std::unique_ptr<Database> db(new Database(h.release(), path));
    db->m_lock = std::move(lock);
    // SQLCipher logs "hmac check failed" to stderr on a wrong key; we report it ourselves.
    db->exec("PRAGMA cipher_log_level = NONE");
    if (mode == Mode::Exclusive) {
        // Set before the first read, so that the first read takes SQLite's exclusive lock (in
        // WAL mode every open connection holds a shared lock on the file, even when idle) and
        // fails at once, without waiting, while anyone else has the file open.
        db->exec("PRAGMA locking_mode = EXCLUSIVE");
    } else {
        // Wait for other counters from the very first read: while one closes (checkpointing the
        // WAL away) or opens (recovering it), a reader without a busy handler gets SQLITE_BUSY.
        check(db->m_db, sqlite3_busy_timeout(db->m_db, 5000));
    }

    // The first read derives the key and checks it: a wrong key fails here, before any write.
    try {
        db->queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const DbException &e) {
        if (mode == Mode::Exclusive && e.error().kind == DbError::Kind::Busy) {
            throw DbException({DbError::Kind::Busy,
                               tr("%1 is open in another program (an SQLCipher client?). Close "
                                  "it and try again. Nothing was changed.")
                                   .arg(shown)});
        }
        if (e.error().kind == DbError::Kind::Corrupt) {
            throw DbException({DbError::Kind::Truncated,
                               tr("%1 is truncated or damaged. Nothing was changed; restore it "
                                  "from a backup.")
                                   .arg(shown)});
        }
        throw;
    }
    if (static_cast<quint32>(db->queryInt("PRAGMA application_id")) != ApplicationId) {
        throw DbException({DbError::Kind::WrongPassphrase,
                           tr("%1 is an encrypted database, but not a CounterDesk database. "
                              "Nothing was changed.")
                               .arg(shown)});
    }
    const int version = db->userVersion();
    if (version > Migrations::latestVersion()) {
        throw DbException({DbError::Kind::NewerSchema,
                           tr("%1 was written by a newer CounterDesk (data version %2; this "
                              "program knows up to %3). Install the newer version; nothing was "
                              "changed.")
                               .arg(shown)
                               .arg(version)
                               .arg(Migrations::latestVersion())});
    }
    if (mode == Mode::ReadOnly) {
        db->exec("PRAGMA query_only = ON");
        check(db->m_db, sqlite3_busy_timeout(db->m_db, 5000));
        return db;
    }
    if (mode == Mode::Exclusive) {
        check(db->m_db, sqlite3_busy_timeout(db->m_db, 5000));
        return db;
    }
    db->configure();
    const int target = targetVersion < 0 ? Migrations::latestVersion() : targetVersion;
    if (version < target) {
        Migrations::migrate(*db, target);
    }
    return db;
}

void Database::configure()
{
    exec("PRAGMA cipher_log_level = NONE");
    exec("PRAGMA busy_timeout = 5000");
    exec("PRAGMA journal_mode = WAL");
    // FULL is SQLCipher's default even in WAL; NORMAL keeps every commit across a process crash
    // (measured: no acknowledged row lost over 30 SIGKILLs) and is ~8x faster.
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA secure_delete = ON");
    exec("PRAGMA temp_store = MEMORY");
}

Statement Database::prepare(const char *sql)
{
    return Statement(m_db, sql);
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        throw DbException(DbError::fromSqlite(rc, detail));
    }
}

qint64 Database::queryInt(const char *sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.int64(0) : 0;
}

void Database::runScript(const QString &sql, const std::function<void(const QStringList &)> &onRow)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = utf8.constData();
    while (tail && *tail) {
        sqlite3_stmt *raw = nullptr;
        const char *next = nullptr;
        check(m_db, sqlite3_prepare_v2(m_db, tail, -1, &raw, &next));
        tail = next;
        if (!raw) { // whitespace or a comment
            continue;
        }
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(raw, sqlite3_finalize);
        const int columns = sqlite3_column_count(raw);
        if (columns > 0) {
            QStringList names;
            for (int i = 0; i < columns; ++i) {
                names << QString::fromUtf8(sqlite3_column_name(raw, i));
            }
            onRow(names);
        }
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < columns; ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, i));
                row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            onRow(row);
        }
        if (rc != SQLITE_DONE) {
            check(m_db, rc);
        }
    }
}

int Database::userVersion()
{
    return static_cast<int>(queryInt("PRAGMA user_version"));
}

QString Database::cipherVersion()
{
    Statement s = prepare("PRAGMA cipher_version");
    return s.step() ? s.text(0) : QString();
}

void Database::checkpoint()
{
    check(m_db,
          sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr));
}

void Database::backupTo(const QString &file, const QByteArray &passphrase)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (passphrase.isEmpty()) {
        throw DbException({DbError::Kind::NoPassphrase,
                           tr("No passphrase was given. CounterDesk never creates or opens an "
                              "unencrypted database.")});
    }
    if (QFileInfo::exists(file)) {
        throw DbException({DbError::Kind::AlreadyExists,
                           tr("%1 already exists; it was left as it was.").arg(shown)});
    }
    // Why the backup API and not ATTACH ... KEY with sqlcipher_export(): on this SQLCipher (4.14)
    // both give a consistent copy, but sqlcipher_export() leaves out the header's user_version
    // and application_id (the copy would look like an empty, foreign database), and ATTACH with
    // an empty KEY silently writes plaintext. sqlite3_backup copies every page with its header,
    // decrypting with the source's key and encrypting with the destination's, and SQLCipher
    // refuses it outright between an encrypted and a plaintext database.
    // Owner-only from the start (SQLite would make it 0644, and gives its journal the file's
    // mode): encrypted or not, it is a copy of every customer's records.
    QString error;
    if (!DurableFile::createPrivate(file, &error)) {
        throw DbException(
            {DbError::Kind::ReadOnly, tr("Could not create %1: %2").arg(shown, error)});
    }
    try {
        Handle dest;
        check(dest.db, sqlite3_open_v2(QFile::encodeName(file).constData(), &dest.db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr));
        check(dest.db,
              sqlite3_key(dest.db, passphrase.constData(), static_cast<int>(passphrase.size())));
        auto run = [&dest](const char *sql) {
            char *err = nullptr;
            const int rc = sqlite3_exec(dest.db, sql, nullptr, nullptr, &err);
            if (rc != SQLITE_OK) {
                const QString detail = QString::fromUtf8(err ? err : sqlite3_errmsg(dest.db));
                sqlite3_free(err);
                throw DbException(DbError::fromSqlite(rc, detail));
            }
        };
        run("PRAGMA cipher_log_level = NONE");
        // The caller syncs the finished file; a crash before that leaves only a temporary file.
        run("PRAGMA synchronous = OFF");
        check(dest.db, sqlite3_busy_timeout(dest.db, 5000));
        sqlite3_backup *backup = sqlite3_backup_init(dest.db, "main", m_db, "main");
        if (!backup) {
            check(dest.db,
                  sqlite3_errcode(dest.db) == SQLITE_OK ? SQLITE_ERROR : sqlite3_errcode(dest.db));
        }
        // One step copies every page inside one read transaction on the source: one snapshot,
        // whatever other connections commit meanwhile (in WAL mode they are not held up). A step
        // that cannot get its lock (a writer recovering the WAL) is tried again.
        int rc = SQLITE_OK;
        for (int attempt = 0; attempt < 100; ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
                break;
            }
            sqlite3_sleep(50);
        }
        const int finished = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            check(dest.db, rc == SQLITE_OK ? SQLITE_ERROR : rc);
        }
        check(dest.db, finished);
        // The pages say "WAL" like the source's; a backup is better as one self-contained file.
        run("PRAGMA journal_mode = DELETE");
        const int closed = sqlite3_close(dest.db);
        check(dest.db, closed);
        dest.db = nullptr;
    } catch (...) {
        DurableFile::removeWithSidecars(file);
        throw;
    }
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    try {
        Statement cipher = prepare("PRAGMA cipher_integrity_check");
        while (cipher.step()) {
            problems << cipher.text(0);
        }
        Statement btree = prepare("PRAGMA integrity_check");
        while (btree.step()) {
            if (btree.text(0) != QLatin1String("ok")) {
                problems << btree.text(0);
            }
        }
    } catch (const DbException &e) {
        problems << e.error().message;
    }
    return problems;
}

void Database::begin()
{
    if (m_depth == 0) {
        exec("BEGIN IMMEDIATE");
    } else {
        exec("SAVEPOINT nested");
    }
    ++m_depth;
}

void Database::commit()
{
    if (m_depth == 1) {
        exec("COMMIT");
    } else {
        exec("RELEASE nested");
    }
    --m_depth;
}

void Database::rollback()
{
    --m_depth;
    // A failed COMMIT may already have rolled back; ignore errors here, the caller rethrows.
    if (m_depth == 0) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_db, "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr, nullptr);
    }
}
