#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL cluster for a test (docs: platform-notes, "PostgreSQL in tests"):
// initdb --no-sync -A trust into a temporary folder (owned by the postgres system user when the
// test runs as root, since initdb refuses root), started with a private socket folder and no
// TCP, stopped and removed when the object goes. Shared by head office's and the branch's sync
// tests.
class PgTestCluster
{
public:
    PgTestCluster();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    // initdb (once) and start; false with the reason (e.g. PostgreSQL not installed).
    bool start(QString *error);
    // Fast shutdown; the data stays for start() again (a restart under a connected client).
    bool stop();
    bool isRunning() const { return m_running; }

    // A libpq connection string for the database `postgres` (or dbname).
    QString conninfo(const QString &dbname = QStringLiteral("postgres")) const;
    // Creates an empty database; false with the reason.
    bool createDatabase(const QString &name, QString *error);
    // Runs one SQL statement with psql and returns its unaligned output (or "error: ...").
    QString psql(const QString &sql, const QString &dbname = QStringLiteral("postgres")) const;

    // The folder of the server's binaries (initdb, pg_ctl), empty when none is installed.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, QString *output,
             int timeoutMs = 60000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_initialised = false;
    bool m_running = false;
    int m_port = 55432;
};
