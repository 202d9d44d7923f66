#pragma once

#include "backup/backupfile.h"

#include <QCoreApplication>
#include <QString>

// Puts a backup in the place of a branch's database. Nothing is replaced until the backup has
// been copied beside the branch and that copy checked (BackupFile::verify), and never while the
// branch is open anywhere (DatabaseLock, then SQLite's own exclusive lock). The database it
// replaces is kept as branch.db.before-restore-YYYYMMDD-HHMMSS; the new one takes its place in
// one rename, so a crash leaves either the old branch or the restored one.
class BranchRestore
{
    Q_DECLARE_TR_FUNCTIONS(BranchRestore)
public:
    enum class Outcome {
        Restored,
        Refused,     // bad input, or a file step failed: nothing was changed
        InUse,       // the branch is open somewhere: nothing was changed
        CannotOpen,  // the backup does not open (passphrase, not CounterDesk's, newer, damaged)
        AuditBroken, // the backup's audit chain does not verify
    };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString message; // for the user: what happened, or what is wrong and what to do
        BackupFile::Info backup;
        QString keptAs;  // where the replaced database is kept (empty: there was none)
        QString warning; // restored, but something after it did not work
    };

    // passphrase opens the backup (the branch's passphrase when the backup was made); the
    // restored branch opens with it afterwards. actor names who restored in its audit chain.
    static Result run(const QString &dataDir, const QString &backupFile,
                      const QByteArray &passphrase, const QString &actor);
};
