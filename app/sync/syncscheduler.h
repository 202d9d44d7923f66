#pragma once

#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class Branch;

// The nightly sync, run by the hall host (counterdesk-cli serve): at the configured time after
// closing (setting sync.nightlyAt, HH:MM local, default 21:00); at start when the last
// successful sync is older than the last scheduled time (a night was missed: the host was off);
// after a failure again with growing pauses (1, 2, 4 … 30 minutes) until it succeeds. Nothing
// happens while head office is not configured.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *AtSetting = "sync.nightlyAt";

    explicit SyncScheduler(Branch &branch, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void start();
    // Runs now (the console's "Sync now"); false when one is already running.
    bool syncNow();
    bool isRunning() const;
    // When the next sync is planned (invalid: not configured).
    QDateTime nextRunUtc() const;

    // The scheduled instant at or before now, and the next one after it.
    static QDateTime lastScheduled(const QDateTime &nowUtc, QTime at, const QTimeZone &zone);
    static QDateTime nextScheduled(const QDateTime &nowUtc, QTime at, const QTimeZone &zone);
    // Pause before retry n (0-based) after a failure.
    static int retryDelayMs(int failures);

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const SyncClient::Summary &summary);

private:
    void planNext();
    QTime at() const;
    bool configured() const;

    Branch &m_branch;
    std::unique_ptr<SyncClient> m_client;
    QTimer m_timer;
    QDateTime m_next;
    int m_failures = 0;
};
