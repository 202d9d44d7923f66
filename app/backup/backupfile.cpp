#include "backupfile.h"

#include "audit/auditchain.h"
#include "database.h"
#include "durablefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

BackupFile::Info BackupFile::create(Database &source, const QString &file,
                                    const QByteArray &passphrase, bool overwrite)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = QFileInfo(file).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (!overwrite && QFileInfo::exists(path)) {
        throw DbException({DbError::Kind::AlreadyExists,
                           tr("%1 already exists. Choose another name, or add --force to replace "
                              "it. Nothing was written.")
                               .arg(shown)});
    }
    if (QFileInfo(path).isDir()) {
        throw DbException({DbError::Kind::Other, tr("%1 is a folder.").arg(shown)});
    }
    if (DurableFile::sameFile(path, source.path())) {
        throw DbException({DbError::Kind::Other, tr("%1 is the branch's own database: write the "
                                                    "backup to another file.")
                                                     .arg(shown)});
    }
    // A leftover of an interrupted backup is only ever a partial copy: start afresh.
    const QString temp = path + QStringLiteral(".tmp");
    DurableFile::removeWithSidecars(temp);
    source.backupTo(temp, passphrase);

    const Check check = verify(temp, passphrase);
    if (check.problem == Problem::CannotOpen || check.problem == Problem::Damaged) {
        DurableFile::removeWithSidecars(temp);
        throw DbException({DbError::Kind::Io, tr("The new backup did not read back correctly "
                                                 "(%1); it was deleted. Check the disk.")
                                                  .arg(check.message)});
    }
    QString error;
    if (!DurableFile::sync(temp, &error) || !DurableFile::rename(temp, path, overwrite, &error)) {
        DurableFile::removeWithSidecars(temp);
        throw DbException({DbError::Kind::Io, tr("Could not write the backup %1: %2. Nothing was "
                                                 "written.")
                                                  .arg(shown, error)});
    }
    Info info = check.info;
    info.path = path;
    info.bytes = QFileInfo(path).size();
    info.elapsedMs = timer.elapsed();
    return info;
}

BackupFile::Check BackupFile::verify(const QString &file, const QByteArray &passphrase,
                                     const QString &shownAs)
{
    Check check;
    check.info.path = QFileInfo(shownAs.isEmpty() ? file : shownAs).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(check.info.path);
    const QFileInfo info(file);
    if (!info.isFile()) {
        check.problem = Problem::CannotOpen;
        check.message = tr("There is no backup file at %1.").arg(shown);
        return check;
    }
    check.info.bytes = info.size();
    std::unique_ptr<Database> db;
    try {
        db = Database::open(file, passphrase, Database::Mode::ReadOnly);
    } catch (const DbException &e) {
        check.problem = Problem::CannotOpen;
        switch (e.error().kind) {
        case DbError::Kind::WrongPassphrase:
            // SQLite's "not a database" is a wrong key (or no database at all); without an SQLite
            // code, the key was right but the file is another program's.
            check.message =
                e.error().sqliteCode != 0
                    ? tr("%1 does not open with this passphrase, or is not a CounterDesk backup. "
                         "Give the passphrase the branch had when the backup was made "
                         "(--passphrase-file FILE).")
                          .arg(shown)
                    : tr("%1 is an encrypted database, but not a CounterDesk backup.").arg(shown);
            break;
        case DbError::Kind::NotEncrypted:
            check.message =
                tr("%1 is an unencrypted SQLite file, not a CounterDesk backup.").arg(shown);
            break;
        case DbError::Kind::NewerSchema:
            check.message = tr("%1 was made by a newer CounterDesk: install that version or a "
                               "newer one to use it.")
                                .arg(shown);
            break;
        case DbError::Kind::Truncated:
        case DbError::Kind::Corrupt:
            check.problem = Problem::Damaged;
            check.message = tr("%1 is truncated or damaged. Use another backup.").arg(shown);
            break;
        default:
            check.message = tr("%1 cannot be read: %2").arg(shown, e.error().message);
        }
        return check;
    }
    check.info.userVersion = db->userVersion();
    const QStringList problems = db->integrityProblems();
    if (!problems.isEmpty()) {
        check.problem = Problem::Damaged;
        check.message = tr("%1 is damaged (%2). Use another backup.")
                            .arg(shown, problems.mid(0, 3).join(QStringLiteral("; ")));
        return check;
    }
    try {
        const AuditChain::Verification v = AuditChain(*db).verify();
        if (v.ok) {
            check.info.auditEntries = v.entries;
        } else {
            check.problem = Problem::AuditBroken;
            check.info.auditProblem = tr("broken at entry %1: %2").arg(v.firstBadSeq).arg(v.reason);
            check.message = tr("The audit chain in %1 does not verify (%2): its records may have "
                               "been changed. Use another backup.")
                                .arg(shown, check.info.auditProblem);
        }
    } catch (const DbException &e) {
        check.problem = Problem::Damaged;
        check.message = tr("%1 is damaged (%2). Use another backup.").arg(shown, e.error().message);
    }
    return check;
}
