#pragma once

#include <QCoreApplication>
#include <QString>

// Gives a branch's database a new passphrase, safe against a crash at any moment: the database
// is copied under the new key into branch.db.rekeying beside it (sqlite3_backup), the rekey is
// written into that copy's audit chain, the copy is synced and renamed over branch.db in one
// step. Until the rename the old file is untouched (its WAL written back first), after it the
// new one is complete: a crash leaves a branch that opens with either the old or the new
// passphrase, never neither. Never while the branch is open anywhere (as for a restore).
//
// Not PRAGMA rekey: SQLCipher's sqlite3_rekey() rewrites every page in place inside one
// transaction and returns SQLITE_OK even when that transaction fails (busy, disk full), and in
// WAL mode the new key's pages sit in the -wal until a checkpoint while the file's salt stays
// the old one: its crash behaviour is not something to prove by reading.
class BranchRekey
{
    Q_DECLARE_TR_FUNCTIONS(BranchRekey)
public:
    enum class Outcome {
        Rekeyed,
        Refused,    // weak or unchanged passphrase, or a file step failed: nothing was changed
        InUse,      // the branch is open somewhere: nothing was changed
        CannotOpen, // the current passphrase does not open it, or it is missing or damaged
    };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString message;
        qint64 elapsedMs = 0;
    };

    static Result run(const QString &dataDir, const QByteArray &currentPassphrase,
                      const QByteArray &newPassphrase, const QString &actor);
};
