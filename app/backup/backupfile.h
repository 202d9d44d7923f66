#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// A backup of a branch: one SQLCipher 4 file (default settings, keyed with the branch's
// passphrase) holding the whole database as it stood at one moment, made while the counters and
// the hall host go on writing. It carries the audit chain, so it can be checked on its own
// before anything relies on it (verify).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    struct Info
    {
        QString path;
        qint64 bytes = 0;
        int userVersion = 0;     // the data version (PRAGMA user_version)
        qint64 auditEntries = 0; // entries of the audit chain, when it verifies
        QString auditProblem;    // why the chain does not verify; empty when it does
        qint64 elapsedMs = 0;
    };

    enum class Problem {
        None,
        CannotOpen,  // missing, not encrypted, wrong passphrase, not CounterDesk's, newer version
        Damaged,     // cipher_integrity_check or integrity_check found faults
        AuditBroken, // the audit chain inside does not verify
    };
    struct Check
    {
        Problem problem = Problem::None;
        QString message; // what is wrong and what to do, for the user
        Info info;
        bool ok() const { return problem == Problem::None; }
    };

    // Copies source into file: FILE.tmp first, read back and checked (verify), synced to disk,
    // then renamed to file in one step. Refuses an existing file unless overwrite. A copy whose
    // audit chain does not verify is still written (it is a faithful copy of a branch whose
    // chain is broken): info.auditProblem says so. Throws DbException (nothing is left at
    // file or FILE.tmp then).
    static Info create(Database &source, const QString &file, const QByteArray &passphrase,
                       bool overwrite);

    // Opens file read-only with passphrase and checks, changing nothing: that it is an
    // encrypted CounterDesk database no newer than this program, every page's HMAC and the
    // b-trees, and the audit chain. Messages name shownAs (default: file).
    static Check verify(const QString &file, const QByteArray &passphrase,
                        const QString &shownAs = {});
};
