#include "pgtestcluster.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace
{
bool asRoot()
{
    return ::geteuid() == 0;
}
} // namespace

PgTestCluster::PgTestCluster() = default;

PgTestCluster::~PgTestCluster()
{
    if (m_running) {
        stop();
    }
}

QString PgTestCluster::binDir()
{
    // Debian installs each major version under /usr/lib/postgresql/N/bin; take the newest.
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&](const QString &a, const QString &b) {
        return numeric.compare(a, b) > 0;
    });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb"))) {
            return bin;
        }
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool PgTestCluster::run(const QString &program, const QStringList &args, QString *output,
                        int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    if (asRoot()) {
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program}
                    + args);
    } else {
        p.start(program, args);
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (output) {
        *output = QString::fromLocal8Bit(p.readAll());
    }
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgTestCluster::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL's server is not installed (scripts/deps --test)");
        return false;
    }
    QString output;
    if (!m_initialised) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pgt-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (asRoot()) {
            QProcess chown;
            chown.start(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir->path()});
            if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
                *error = QStringLiteral("cannot chown the cluster's folder to postgres");
                return false;
            }
        }
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 &output)) {
            *error = QStringLiteral("initdb failed: ") + output;
            return false;
        }
        m_initialised = true;
    }
    // A private socket folder and no TCP: clusters of parallel tests never meet.
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_dir->path())
                                .arg(m_port);
    if (!run(bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-w"),
              QStringLiteral("-l"), m_dir->path() + QStringLiteral("/log"), QStringLiteral("-o"),
              options, QStringLiteral("start")},
             &output)) {
        *error = QStringLiteral("pg_ctl start failed: ") + output;
        return false;
    }
    m_running = true;
    return true;
}

bool PgTestCluster::stop()
{
    if (!m_running) {
        return true;
    }
    const bool ok =
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-w"),
             QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")},
            nullptr);
    m_running = !ok;
    return ok;
}

QString PgTestCluster::conninfo(const QString &dbname) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
        .arg(m_dir ? m_dir->path() : QString(), QString::number(m_port), dbname);
}

bool PgTestCluster::createDatabase(const QString &name, QString *error)
{
    const QString out = psql(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    if (out.startsWith(QLatin1String("error:"))) {
        *error = out;
        return false;
    }
    return true;
}

QString PgTestCluster::psql(const QString &sql, const QString &dbname) const
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(dbname),
             QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return QStringLiteral("error: ") + QString::fromLocal8Bit(p.readAllStandardError());
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
