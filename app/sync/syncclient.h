#pragma once

#include "hall/hallclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class Branch;

// One sync with head office (docs/sync.md): asks where head office stands, ships the outbox from
// there in bounded, signed batches, marks what head office acknowledged (nothing is deleted,
// nothing not acknowledged is marked), then takes the newer signed catalogue and calendar and
// applies them (each verified against head office's pinned key; a bad one is refused and the
// one in force stays). Any failure stops the run with a message saying what to do; the next run
// resumes from head office's acknowledgement, so nothing is lost and nothing is stored twice.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *UrlSetting = "sync.hqUrl";
    static constexpr const char *PinSetting = "sync.hqPin";
    static constexpr const char *LastRunSetting = "sync.lastRunUtc";
    static constexpr const char *LastOkSetting = "sync.lastOkUtc";
    static constexpr const char *LastErrorSetting = "sync.lastError";
    static constexpr const char *LastSummarySetting = "sync.lastSummary";

    struct Summary
    {
        bool ok = false;
        QString error;
        qint64 sent = 0;         // events sent in this run (duplicates included)
        qint64 acknowledged = 0; // head office's watermark at the end
        qint64 pending = 0;      // events still to send at the end
        qint64 stored = 0;
        qint64 duplicates = 0;
        QString catalogue; // what happened to the catalogue update, if any
        QString calendar;
        qint64 elapsedMs = 0;
    };

    // url and pin: head office's address and certificate fingerprint (empty: the settings).
    SyncClient(Branch &branch, const QUrl &url = {}, const QString &pin = {},
               QObject *parent = nullptr);
    ~SyncClient() override;

    // Carries a request to head office and hands its answer to done. The default is HTTPS
    // (HallClient, signed, pinned); tests and the fuzzer put head office's answers in its place.
    using Transport =
        std::function<void(const QByteArray &verb, const QString &path, const QJsonObject &body,
                           const HallClient::Callback &done)>;
    void setTransport(Transport transport);

    void setBatchLimits(int maxEvents, qint64 maxBytes);
    void setRequestTimeout(int ms);
    void start();
    bool isRunning() const;
    // The last run's record, from the settings (for the console and `sync status`).
    static Summary last(Branch &branch, QString *lastRunUtc, QString *lastOkUtc);

Q_SIGNALS:
    // Events acknowledged in this run so far, of those pending when it started.
    void progress(qint64 done, qint64 total);
    void finished(const SyncClient::Summary &summary);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(SyncClient::Summary)
