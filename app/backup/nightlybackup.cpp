#include "nightlybackup.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "database.h"
#include "durablefile.h"
#include "sync/syncscheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace
{
const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QStringLiteral("^branch-(\\d{4}-\\d{2}-\\d{2}-\\d{4})\\.db$"));
    return re;
}
} // namespace

NightlyBackup::NightlyBackup(Branch &branch, QByteArray passphrase, QObject *parent)
    : QObject(parent)
    , m_branch(branch)
    , m_passphrase(std::move(passphrase))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NightlyBackup::runInBackground);
}

NightlyBackup::~NightlyBackup()
{
    if (m_worker) {
        m_worker->wait();
    }
}

QTime NightlyBackup::at() const
{
    const QTime t = QTime::fromString(BranchStore(m_branch.database())
                                          .setting(QLatin1String(AtSetting))
                                          .value_or(QStringLiteral("22:00")),
                                      QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(22, 0);
}

int NightlyBackup::keep() const
{
    bool ok = false;
    const int n = BranchStore(m_branch.database())
                      .setting(QLatin1String(KeepSetting))
                      .value_or(QString())
                      .toInt(&ok);
    return ok && n >= 1 ? n : DefaultKeep;
}

QString NightlyBackup::folder(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("backups"));
}

QString NightlyBackup::fileName(const QDateTime &utc, const QTimeZone &zone)
{
    return QStringLiteral("branch-")
           + utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd-HHmm"))
           + QStringLiteral(".db");
}

std::optional<QDateTime> NightlyBackup::newest(const QString &folder, const QTimeZone &zone)
{
    std::optional<QDateTime> result;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        const QRegularExpressionMatch m = backupName().match(name);
        if (!m.hasMatch()) {
            continue;
        }
        const QDateTime local =
            QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd-HHmm"));
        if (!local.isValid()) {
            continue;
        }
        const QDateTime made = QDateTime(local.date(), local.time(), zone).toUTC();
        if (!result || made > *result) {
            result = made;
        }
    }
    return result;
}

QStringList NightlyBackup::rotate(const QString &folder, int keep)
{
    const QDir dir(folder);
    QStringList backups;
    QStringList removed;
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (backupName().match(name).hasMatch()) {
            backups << name;
        } else if (name.endsWith(QLatin1String(".tmp"))
                   && backupName().match(name.chopped(4)).hasMatch()) {
            // An interrupted backup's partial copy.
            DurableFile::removeWithSidecars(dir.filePath(name));
            removed << name;
        }
    }
    // The names sort by time.
    std::sort(backups.begin(), backups.end(), std::greater<>());
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        if (QFile::remove(dir.filePath(backups.at(i)))) {
            removed << backups.at(i);
        }
    }
    return removed;
}

NightlyBackup::Outcome NightlyBackup::make(const QString &dataDir, const QByteArray &passphrase,
                                           const QDateTime &nowUtc, const QTimeZone &zone, int keep)
{
    Outcome outcome;
    const QString dir = folder(dataDir);
    outcome.file = QDir(dir).filePath(fileName(nowUtc, zone));
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isDir()) {
        outcome.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return outcome;
    }
    // Backups hold everything the branch holds: only its own account may look inside.
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    try {
        auto db = Database::open(DataDir::databasePath(dataDir), passphrase,
                                 Database::Mode::OpenExisting);
        // A second backup in the same minute replaces the first.
        outcome.info = BackupFile::create(*db, outcome.file, passphrase, true);
        outcome.ok = true;
    } catch (const DbException &e) {
        outcome.error = e.error().message;
        return outcome;
    }
    outcome.removed = rotate(dir, keep);
    return outcome;
}

void NightlyBackup::start(int catchUpDelayMs)
{
    m_stopped = false;
    const QDateTime now = Clock::nowUtc();
    const std::optional<QDateTime> last = newest(folder(m_branch.dataDir()), m_branch.timeZone());
    if (!last || *last < SyncScheduler::lastScheduled(now, at(), m_branch.timeZone())) {
        m_next = now.addMSecs(catchUpDelayMs);
        m_timer.start(catchUpDelayMs);
        return;
    }
    planNext();
}

void NightlyBackup::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_worker) {
        m_worker->wait();
    }
}

void NightlyBackup::planNext()
{
    if (m_stopped) {
        return;
    }
    const QDateTime now = Clock::nowUtc();
    m_next = SyncScheduler::nextScheduled(now, at(), m_branch.timeZone());
    m_timer.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(m_next), 0, 24LL * 3600 * 1000)));
}

bool NightlyBackup::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

QDateTime NightlyBackup::nextRunUtc() const
{
    return m_timer.isActive() ? m_next : QDateTime();
}

NightlyBackup::Outcome NightlyBackup::runNow()
{
    const Outcome outcome =
        make(m_branch.dataDir(), m_passphrase, Clock::nowUtc(), m_branch.timeZone(), keep());
    finish(outcome);
    return outcome;
}

void NightlyBackup::runInBackground()
{
    if (isRunning()) {
        return;
    }
    // Everything the worker needs is read here, on the branch's thread.
    auto outcome = std::make_shared<Outcome>();
    m_worker.reset(
        QThread::create([outcome, dataDir = m_branch.dataDir(), pass = m_passphrase,
                         now = Clock::nowUtc(), zone = m_branch.timeZone(), keep = keep()] {
            *outcome = make(dataDir, pass, now, zone, keep);
        }));
    connect(m_worker.get(), &QThread::finished, this, [this, outcome] {
        finish(*outcome);
        planNext();
    });
    m_worker->start(QThread::LowPriority);
}

void NightlyBackup::finish(const Outcome &outcome)
{
    try {
        if (outcome.ok) {
            QJsonObject payload{{QStringLiteral("file"), QFileInfo(outcome.file).fileName()},
                                {QStringLiteral("bytes"), outcome.info.bytes},
                                {QStringLiteral("userVersion"), outcome.info.userVersion},
                                {QStringLiteral("auditEntries"), outcome.info.auditEntries}};
            if (!outcome.removed.isEmpty()) {
                payload.insert(QStringLiteral("removed"),
                               QJsonArray::fromStringList(outcome.removed));
            }
            m_branch.record({QStringLiteral("system"), QStringLiteral("backup.create"),
                             QStringLiteral("backup:") + QFileInfo(outcome.file).fileName(),
                             payload});
        } else {
            m_branch.record({QStringLiteral("system"), QStringLiteral("backup.fail"),
                             QStringLiteral("backup:nightly"),
                             QJsonObject{{QStringLiteral("error"), outcome.error}}});
        }
    } catch (const DbException &) {
        // The branch itself cannot be written: finished() still says how the backup went.
    }
    Q_EMIT finished(outcome);
}
