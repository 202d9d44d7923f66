#pragma once

#include "backup/backupfile.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

class Branch;

// The hall host's nightly backup (counterdesk-cli serve): at backup.nightlyAt (HH:MM, branch
// time, default 22:00) into DATA_DIR/backups/branch-YYYY-MM-DD-HHMM.db, keeping the newest
// backup.keep (default 14). A host that was off at that time makes the missed backup a while
// after it starts. The copy runs on a worker thread with its own connection, so the host serves
// on meanwhile; every backup, and every failure, is written into the audit chain
// (backup.create, backup.fail) and reported through finished(), never thrown.
class NightlyBackup : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *AtSetting = "backup.nightlyAt";
    static constexpr const char *KeepSetting = "backup.keep";
    static constexpr int DefaultKeep = 14;
    static constexpr int CatchUpDelayMs = 10 * 60 * 1000; // after start: devices connect first

    struct Outcome
    {
        bool ok = false;
        QString file;          // the backup's path
        BackupFile::Info info; // when ok
        QStringList removed;   // older backups removed to keep the newest N
        QString error;         // when not ok
    };

    NightlyBackup(Branch &branch, QByteArray passphrase, QObject *parent = nullptr);
    ~NightlyBackup() override; // waits for a backup under way

    // Plans the next backup; a missed one runs catchUpDelayMs from now.
    void start(int catchUpDelayMs = CatchUpDelayMs);
    // Plans nothing more, and waits for a backup under way to finish.
    void stop();
    // Makes one backup now, on this thread, and audits it: the direct call for tests.
    Outcome runNow();
    bool isRunning() const;
    QDateTime nextRunUtc() const;

    QTime at() const;
    int keep() const;

    static QString folder(const QString &dataDir);
    // branch-YYYY-MM-DD-HHMM.db, at the branch's local time.
    static QString fileName(const QDateTime &utc, const QTimeZone &zone);
    // When the newest backup in folder was made (from its name), if there is one.
    static std::optional<QDateTime> newest(const QString &folder, const QTimeZone &zone);
    // Removes all but the newest keep backups (and what interrupted ones left); returns the
    // names removed. Files not named like a nightly backup are never touched.
    static QStringList rotate(const QString &folder, int keep);
    // The backup itself, with its own connection (safe on any thread); audits nothing.
    static Outcome make(const QString &dataDir, const QByteArray &passphrase,
                        const QDateTime &nowUtc, const QTimeZone &zone, int keep);

Q_SIGNALS:
    void finished(const NightlyBackup::Outcome &outcome);

private:
    void runInBackground();
    void finish(const Outcome &outcome);
    void planNext();

    Branch &m_branch;
    QByteArray m_passphrase;
    QTimer m_timer;
    QDateTime m_next;
    std::unique_ptr<QThread> m_worker;
    bool m_stopped = false;
};
