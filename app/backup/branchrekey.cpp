#include "branchrekey.h"

#include "branch/branch.h"
#include "core/datadir.h"
#include "core/passphrase.h"
#include "database.h"
#include "databaselock.h"
#include "durablefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

BranchRekey::Result BranchRekey::run(const QString &dataDir, const QByteArray &currentPassphrase,
                                     const QByteArray &newPassphrase, const QString &actor)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    auto refuse = [&result](Outcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        return result;
    };
    if (newPassphrase.isEmpty()) {
        return refuse(Outcome::Refused, tr("No new passphrase was given. Nothing was changed."));
    }
    if (newPassphrase == currentPassphrase) {
        return refuse(Outcome::Refused, tr("The new passphrase is the current one. Nothing was "
                                           "changed."));
    }
    const int strength = Passphrase::strength(QString::fromUtf8(newPassphrase));
    if (strength < Passphrase::MinimumStrength) {
        return refuse(Outcome::Refused,
                      tr("The new passphrase is too weak (strength %1 of 4, at least %2 needed). "
                         "Choose four or more unrelated words. Nothing was changed.")
                          .arg(strength)
                          .arg(Passphrase::MinimumStrength));
    }
    const QString path = DataDir::databasePath(dataDir);
    if (!QFileInfo::exists(path)) {
        return refuse(Outcome::CannotOpen,
                      tr("There is no branch database at %1.").arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<DatabaseLock> lock;
    try {
        lock = DatabaseLock::acquire(path, DatabaseLock::Kind::Exclusive);
    } catch (const DbException &e) {
        return refuse(e.error().kind == DbError::Kind::Busy ? Outcome::InUse : Outcome::Refused,
                      e.error().message);
    }
    // What an interrupted rekey left is only ever an unfinished copy: start afresh.
    const QString next = path + QStringLiteral(".rekeying");
    DurableFile::removeWithSidecars(next);
    try {
        {
            auto current = Database::open(path, currentPassphrase, Database::Mode::Exclusive);
            current->checkpoint();
            current->backupTo(next, newPassphrase);
        } // closed: being the only connection, it takes its emptied -wal with it
        {
            // The rekey is in the new file's chain, so it is there exactly when the new key is.
            auto branch = Branch::adopt(
                Database::open(next, newPassphrase, Database::Mode::WorkingCopy), dataDir);
            branch->record({actor, QStringLiteral("branch.rekey"),
                            QStringLiteral("branch:") + branch->info().code, QJsonObject{}});
            branch->database().checkpoint();
        }
    } catch (const DbException &e) {
        DurableFile::removeWithSidecars(next);
        switch (e.error().kind) {
        case DbError::Kind::Busy:
            return refuse(Outcome::InUse, e.error().message);
        case DbError::Kind::WrongPassphrase:
        case DbError::Kind::NotEncrypted:
        case DbError::Kind::Truncated:
        case DbError::Kind::NewerSchema:
        case DbError::Kind::NotFound:
        case DbError::Kind::NoPassphrase:
            return refuse(Outcome::CannotOpen, e.error().message);
        default:
            return refuse(Outcome::Refused,
                          tr("The passphrase was not changed: %1").arg(e.error().message));
        }
    }
    // A -wal that still holds pages would be replayed into the new file, which takes this
    // name: there must be none (the checkpoint above wrote it back).
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFileInfo(wal).size() > 0) {
        DurableFile::removeWithSidecars(next);
        return refuse(Outcome::Refused,
                      tr("The passphrase was not changed: %1 could not be written back into the "
                         "database. Try again.")
                          .arg(QDir::toNativeSeparators(wal)));
    }
    QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
    QString error;
    if (!DurableFile::sync(next, &error) || !DurableFile::rename(next, path, true, &error)) {
        DurableFile::removeWithSidecars(next);
        return refuse(Outcome::Refused, tr("The passphrase was not changed: %1").arg(error));
    }
    result.outcome = Outcome::Rekeyed;
    result.elapsedMs = timer.elapsed();
    result.message = tr("The branch database now opens with the new passphrase only.");
    return result;
}
