#include "syncscheduler.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "core/clock.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

SyncScheduler::SyncScheduler(Branch &branch, QObject *parent)
    : QObject(parent)
    , m_branch(branch)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
}

SyncScheduler::~SyncScheduler() = default;

QTime SyncScheduler::at() const
{
    const QTime t = QTime::fromString(BranchStore(m_branch.database())
                                          .setting(QLatin1String(AtSetting))
                                          .value_or(QStringLiteral("21:00")),
                                      QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(21, 0);
}

bool SyncScheduler::configured() const
{
    BranchStore store(m_branch.database());
    return !store.setting(QLatin1String(SyncClient::UrlSetting)).value_or(QString()).isEmpty()
           && !store.setting(QLatin1String(SyncClient::PinSetting)).value_or(QString()).isEmpty();
}

QDateTime SyncScheduler::lastScheduled(const QDateTime &nowUtc, QTime at, const QTimeZone &zone)
{
    const QDateTime local = nowUtc.toTimeZone(zone);
    QDateTime today(local.date(), at, zone);
    return (today <= local ? today : QDateTime(local.date().addDays(-1), at, zone)).toUTC();
}

QDateTime SyncScheduler::nextScheduled(const QDateTime &nowUtc, QTime at, const QTimeZone &zone)
{
    const QDateTime local = nowUtc.toTimeZone(zone);
    QDateTime today(local.date(), at, zone);
    return (today > local ? today : QDateTime(local.date().addDays(1), at, zone)).toUTC();
}

int SyncScheduler::retryDelayMs(int failures)
{
    const qint64 minutes = std::min<qint64>(30, qint64(1) << std::min(failures, 5));
    return static_cast<int>(minutes * 60 * 1000);
}

void SyncScheduler::start()
{
    if (!configured()) {
        qCInfo(lcSync, "nightly sync: head office not configured (counterdesk-cli sync config)");
        return;
    }
    const QDateTime now = Clock::nowUtc();
    const QString lastOk = BranchStore(m_branch.database())
                               .setting(QLatin1String(SyncClient::LastOkSetting))
                               .value_or(QString());
    const QDateTime last = QDateTime::fromString(lastOk, Qt::ISODateWithMs);
    if (!last.isValid() || last < lastScheduled(now, at(), m_branch.timeZone())) {
        qCInfo(lcSync, "nightly sync: catching up a missed night");
        syncNow();
        return;
    }
    planNext();
}

void SyncScheduler::planNext()
{
    const QDateTime now = Clock::nowUtc();
    m_next = m_failures > 0 ? now.addMSecs(retryDelayMs(m_failures - 1))
                            : nextScheduled(now, at(), m_branch.timeZone());
    m_timer.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(m_next), 0, 24LL * 3600 * 1000)));
    qCInfo(lcSync, "next sync at %s", qUtf8Printable(Clock::isoUtc(m_next)));
}

bool SyncScheduler::syncNow()
{
    if (m_client && m_client->isRunning()) {
        return false;
    }
    m_timer.stop();
    m_client = std::make_unique<SyncClient>(m_branch);
    connect(m_client.get(), &SyncClient::progress, this, &SyncScheduler::progress);
    connect(m_client.get(), &SyncClient::finished, this, [this](const SyncClient::Summary &s) {
        m_failures = s.ok ? 0 : m_failures + 1;
        if (configured()) {
            planNext();
        }
        Q_EMIT finished(s);
    });
    Q_EMIT started();
    m_client->start();
    return true;
}

bool SyncScheduler::isRunning() const
{
    return m_client && m_client->isRunning();
}

QDateTime SyncScheduler::nextRunUtc() const
{
    return m_timer.isActive() ? m_next : QDateTime();
}
