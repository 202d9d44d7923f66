#include "branchrestore.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "database.h"
#include "databaselock.h"
#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

BranchRestore::Result BranchRestore::run(const QString &dataDir, const QString &backupFile,
                                         const QByteArray &passphrase, const QString &actor)
{
    Result result;
    auto refuse = [&result](Outcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        return result;
    };
    const QString from = QFileInfo(backupFile).absoluteFilePath();
    const QString path = DataDir::databasePath(dataDir);
    if (!QFileInfo(from).isFile()) {
        return refuse(Outcome::Refused, tr("There is no backup file at %1. Nothing was changed.")
                                            .arg(QDir::toNativeSeparators(from)));
    }
    if (DurableFile::sameFile(from, path)) {
        return refuse(Outcome::Refused, tr("%1 is the branch's own database, not a backup. "
                                           "Nothing was changed.")
                                            .arg(QDir::toNativeSeparators(from)));
    }
    if (!QDir(dataDir).exists()) {
        if (!QDir().mkpath(dataDir)) {
            return refuse(
                Outcome::Refused,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dataDir)));
        }
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Held to the end: while it is, no CounterDesk process has the branch open or can open it.
    std::unique_ptr<DatabaseLock> lock;
    try {
        lock = DatabaseLock::acquire(path, DatabaseLock::Kind::Exclusive);
    } catch (const DbException &e) {
        return refuse(e.error().kind == DbError::Kind::Busy ? Outcome::InUse : Outcome::Refused,
                      e.error().message);
    }

    // The copy that will become the branch is the one checked: the backup file itself may
    // change or vanish meanwhile. It stays encrypted: a byte copy, beside its final name.
    const QString incoming = path + QStringLiteral(".restoring");
    DurableFile::removeWithSidecars(incoming);
    QString error;
    if (!DurableFile::copy(from, incoming, &error)) {
        DurableFile::removeWithSidecars(incoming);
        return refuse(Outcome::Refused, tr("Cannot copy %1 into the data folder: %2. Nothing "
                                           "was changed.")
                                            .arg(QDir::toNativeSeparators(from), error));
    }
    const BackupFile::Check check = BackupFile::verify(incoming, passphrase, from);
    if (!check.ok()) {
        DurableFile::removeWithSidecars(incoming);
        return refuse(check.problem == BackupFile::Problem::AuditBroken ? Outcome::AuditBroken
                                                                        : Outcome::CannotOpen,
                      check.message + QLatin1Char(' ') + tr("Nothing was changed."));
    }
    result.backup = check.info;

    // The database being replaced: its WAL must not outlive it (SQLite would replay it into
    // the restored file, which has the same name). With the passphrase it opens with, write
    // the WAL back into it; SQLite's exclusive lock also tells whether another program (not
    // CounterDesk) has it open. When it does not open (damaged, or another passphrase since the
    // backup), closing the probe may still write the WAL back (a checkpoint copies pages
    // without decrypting them); whatever -wal is left goes beside the kept copy, where SQLite
    // looks for it.
    const bool exists = QFileInfo::exists(path);
    bool checkpointed = false;
    if (exists) {
        try {
            auto current = Database::open(path, passphrase, Database::Mode::Exclusive);
            current->checkpoint();
            checkpointed = true;
        } catch (const DbException &e) {
            if (e.error().kind == DbError::Kind::Busy) {
                DurableFile::removeWithSidecars(incoming);
                return refuse(Outcome::InUse, e.error().message);
            }
        }
    }
    const QString stamp = Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString keptAs = path + QStringLiteral(".before-restore-") + stamp;
    for (int n = 2; QFileInfo::exists(keptAs) || QFileInfo::exists(keptAs + QStringLiteral("-wal"));
         ++n) {
        keptAs = path + QStringLiteral(".before-restore-") + stamp + QLatin1Char('-')
                 + QString::number(n);
    }
    if (exists && !DurableFile::keep(path, keptAs, &error)) {
        DurableFile::removeWithSidecars(incoming);
        return refuse(Outcome::Refused, tr("Cannot keep the current database as %1: %2. Nothing "
                                           "was changed.")
                                            .arg(QDir::toNativeSeparators(keptAs), error));
    }
    for (const char *suffix : {"-wal", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (!QFileInfo::exists(side)) {
            continue;
        }
        if (checkpointed && QFileInfo(side).size() == 0) {
            QFile::remove(side);
        } else if (!DurableFile::rename(side, keptAs + QLatin1String(suffix), false, &error)) {
            DurableFile::removeWithSidecars(incoming);
            return refuse(Outcome::Refused, tr("Cannot move %1 aside: %2. The branch was not "
                                               "restored; its database is as it was.")
                                                .arg(QDir::toNativeSeparators(side), error));
        }
    }
    // Shared memory is rebuilt from the WAL by whoever opens the file next.
    QFile::remove(path + QStringLiteral("-shm"));

    if (!DurableFile::sync(incoming, &error)
        || !DurableFile::rename(incoming, path, true, &error)) {
        DurableFile::removeWithSidecars(incoming);
        return refuse(Outcome::Refused,
                      tr("Cannot put the restored database in place: %1. The database it was to "
                         "replace is kept as %2.")
                          .arg(error, QDir::toNativeSeparators(keptAs)));
    }
    lock.reset();
    result.outcome = Outcome::Restored;
    result.keptAs = exists ? keptAs : QString();
    result.message =
        exists ? tr("Restored %1 (data version %2, %3 audit entries). The database it replaced is "
                    "kept as %4.")
                     .arg(QDir::toNativeSeparators(from))
                     .arg(check.info.userVersion)
                     .arg(check.info.auditEntries)
                     .arg(QDir::toNativeSeparators(keptAs))
               : tr("Restored %1 (data version %2, %3 audit entries) into %4.")
                     .arg(QDir::toNativeSeparators(from))
                     .arg(check.info.userVersion)
                     .arg(check.info.auditEntries)
                     .arg(QDir::toNativeSeparators(dataDir));

    // The restored branch's own chain says when, by whom and from what it was restored.
    try {
        auto branch = Branch::open(dataDir, passphrase);
        QJsonObject payload{{QStringLiteral("backup"), QFileInfo(from).fileName()},
                            {QStringLiteral("userVersion"), check.info.userVersion},
                            {QStringLiteral("auditEntries"), check.info.auditEntries}};
        if (exists) {
            payload.insert(QStringLiteral("keptAs"), QFileInfo(keptAs).fileName());
        }
        branch->record({actor, QStringLiteral("branch.restore"),
                        QStringLiteral("branch:") + branch->info().code, payload});
    } catch (const DbException &e) {
        result.warning =
            tr("The restore could not be written into the audit chain: %1").arg(e.error().message);
    }
    return result;
}
