#include "syncclient.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "database.h"
#include "hall/hallclient.h"
#include "outboxstore.h"
#include "sync/branchkey.h"
#include "sync/requestsignature.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "counterdesk.sync")

namespace
{
const QString kActor = QStringLiteral("sync");
} // namespace

struct SyncClient::Private
{
    SyncClient *q = nullptr;
    Branch &branch;
    QUrl url;
    QString pin;
    std::unique_ptr<HallClient> client;
    Transport transport;
    int maxEvents = 500;
    qint64 maxBytes = 3 * 1024 * 1024; // under head office's 4 MiB limit, with the JSON around
    int timeoutMs = 30000;
    bool running = false;
    bool updatesApplied = false;
    qint64 cursor = 0;    // head office holds every event up to here
    qint64 startedAt = 0; // the cursor when the run began
    qint64 total = 0;     // pending when the run began
    Summary summary;
    QElapsedTimer clock;

    explicit Private(Branch &b)
        : branch(b)
    {}

    void fail(const QString &message);
    void done();
    void askWhereHeadOfficeStands();
    void sendNext();
    void fetchUpdates();
    QString explain(const HallClient::Reply &reply) const;
    void acknowledge(qint64 seq);
    void get(const QString &path, const HallClient::Callback &done);
    void post(const QString &path, const QJsonObject &body, const HallClient::Callback &done);
};

SyncClient::SyncClient(Branch &branch, const QUrl &url, const QString &pin, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(branch))
{
    d->q = this;
    BranchStore store(branch.database());
    d->url =
        url.isEmpty() ? QUrl(store.setting(QLatin1String(UrlSetting)).value_or(QString())) : url;
    d->pin = pin.isEmpty() ? store.setting(QLatin1String(PinSetting)).value_or(QString()) : pin;
}

SyncClient::~SyncClient() = default;

void SyncClient::setTransport(Transport transport)
{
    d->transport = std::move(transport);
}

void SyncClient::setBatchLimits(int maxEvents, qint64 maxBytes)
{
    d->maxEvents = std::clamp(maxEvents, 1, 500);
    d->maxBytes = std::clamp<qint64>(maxBytes, 1024, 3 * 1024 * 1024);
}

void SyncClient::setRequestTimeout(int ms)
{
    d->timeoutMs = ms;
}

bool SyncClient::isRunning() const
{
    return d->running;
}

void SyncClient::start()
{
    if (d->running) {
        return;
    }
    d->running = true;
    d->updatesApplied = false;
    d->summary = {};
    d->clock.start();
    if (!d->url.isValid() || d->url.scheme() != QLatin1String("https") || d->pin.isEmpty()) {
        d->fail(tr("Head office's address (https://…) and certificate fingerprint are not set: "
                   "counterdesk-cli sync config --hq URL --hq-pin SHA256:…"));
        return;
    }
    const Ed25519::KeyPair key = BranchKey::ensure(d->branch, kActor);
    const QString code = d->branch.info().code;
    if (!d->transport) {
        d->client = std::make_unique<HallClient>(d->url, d->pin, QByteArray());
        d->client->setRequestTimeout(d->timeoutMs);
        d->client->setBackoff(500, 4000);
        d->client->setSigner([seed = key.privateSeed, code](const QByteArray &verb,
                                                            const QString &path,
                                                            const QByteArray &body) {
            return RequestSignature::headers(seed, verb, path.toUtf8(), code, Clock::nowUtc(),
                                             body);
        });
    }
    BranchStore(d->branch.database())
        .setSetting(QLatin1String(LastRunSetting), Clock::isoUtc(Clock::nowUtc()));
    d->askWhereHeadOfficeStands();
}

QString SyncClient::Private::explain(const HallClient::Reply &reply) const
{
    if (reply.status == 0) {
        return SyncClient::tr("Head office cannot be reached (%1). Check the network; the sync "
                              "will resume where it stopped.")
            .arg(reply.error);
    }
    if (reply.status == 401) {
        return SyncClient::tr("Head office refused this branch's signature (%1). Has head office "
                              "registered this branch's key? See counterdesk-cli sync key.")
            .arg(reply.error);
    }
    return SyncClient::tr("Head office answered %1: %2").arg(reply.status).arg(reply.error);
}

void SyncClient::Private::acknowledge(qint64 seq)
{
    OutboxStore(branch.database()).acknowledge(seq, Clock::isoUtc(Clock::nowUtc()));
}

void SyncClient::Private::get(const QString &path, const HallClient::Callback &done)
{
    if (transport) {
        transport("GET", path, {}, done);
    } else {
        // GETs are retried a few times: a restarting head office is back in seconds.
        client->get(path, done, 3);
    }
}

void SyncClient::Private::post(const QString &path, const QJsonObject &body,
                               const HallClient::Callback &done)
{
    if (transport) {
        transport("POST", path, body, done);
    } else {
        client->post(path, body, done);
    }
}

void SyncClient::Private::askWhereHeadOfficeStands()
{
    get(QStringLiteral("/api/v1/ack"), [this](const HallClient::Reply &reply) {
        if (!reply.ok()) {
            fail(explain(reply));
            return;
        }
        // Head office's word is the truth: a head office restored from a backup asks for
        // events again, and they are still here (nothing is deleted). But it cannot hold
        // events this branch never wrote: marking them would skip the events that will
        // take those numbers.
        const qint64 acknowledged =
            std::max<qint64>(0, reply.json.value(QStringLiteral("acknowledged")).toInteger());
        const qint64 written = OutboxStore(branch.database()).lastSeq();
        if (acknowledged > written) {
            fail(SyncClient::tr("Head office says it holds this branch's events up to %1, but "
                                "this branch has written only %2. Was either restored from a "
                                "backup? The sync stops here: ask head office.")
                     .arg(acknowledged)
                     .arg(written));
            return;
        }
        cursor = acknowledged;
        if (cursor > 0) {
            acknowledge(cursor);
        }
        startedAt = cursor;
        total = OutboxStore(branch.database()).pendingAfter(cursor);
        Q_EMIT q->progress(0, total);
        sendNext();
    });
}

void SyncClient::Private::sendNext()
{
    const QList<OutboxRow> rows = OutboxStore(branch.database()).after(cursor, maxEvents, maxBytes);
    if (rows.isEmpty()) {
        // Then head office's documents; their own audit entries go in a last round.
        if (updatesApplied) {
            summary.ok = true;
            done();
        } else {
            fetchUpdates();
        }
        return;
    }
    QJsonArray events;
    for (const OutboxRow &row : rows) {
        events.append(QJsonObject{{QStringLiteral("seq"), row.seq},
                                  {QStringLiteral("createdUtc"), row.createdUtc},
                                  {QStringLiteral("kind"), row.kind},
                                  {QStringLiteral("auditSeq"), row.auditSeq},
                                  {QStringLiteral("payload"), row.payload}});
    }
    const qint64 last = rows.last().seq;
    const qint64 sent = rows.size();
    summary.sent += sent;
    post(QStringLiteral("/api/v1/batches"),
         {{QStringLiteral("branch"), branch.info().code}, {QStringLiteral("events"), events}},
         [this, last, sent](const HallClient::Reply &reply) {
             if (!reply.ok()) {
                 fail(explain(reply));
                 return;
             }
             const qint64 acked = reply.json.value(QStringLiteral("acknowledged")).toInteger();
             // Counts of this batch only: whatever head office says, no more than was sent.
             const auto count = [&reply, sent](const char *key) {
                 return std::clamp<qint64>(reply.json.value(QLatin1String(key)).toInteger(), 0,
                                           sent);
             };
             summary.stored += count("stored");
             summary.duplicates += count("duplicates");
             if (acked > last) {
                 fail(SyncClient::tr("Head office acknowledges the events up to %1, but was sent "
                                     "them only up to %2; the sync stops here. Head office's log "
                                     "says why.")
                          .arg(acked)
                          .arg(last));
                 return;
             }
             if (acked <= cursor) {
                 // Nothing moved: sending the same again would loop for ever.
                 fail(SyncClient::tr("Head office stored the events up to %1 but "
                                     "acknowledges only %2; the sync stops here. Head "
                                     "office's log says why.")
                          .arg(last)
                          .arg(acked));
                 return;
             }
             cursor = acked;
             acknowledge(cursor);
             Q_EMIT q->progress(cursor - startedAt, total);
             sendNext();
         });
}

void SyncClient::Private::fetchUpdates()
{
    const auto catalogue = CatalogueUpdate::current(branch);
    const QString path = QStringLiteral("/api/v1/updates?catalogue=%1&calendar=%2")
                             .arg(catalogue ? catalogue->version() : 0)
                             .arg(CalendarUpdate::version(branch));
    get(path, [this](const HallClient::Reply &reply) {
        if (!reply.ok()) {
            fail(explain(reply));
            return;
        }
        const QJsonObject cat = reply.json.value(QStringLiteral("catalogue")).toObject();
        if (!cat.isEmpty()) {
            const CatalogueUpdate::Result r = CatalogueUpdate::apply(
                branch, cat.value(QStringLiteral("envelope")).toString().toUtf8(), kActor);
            summary.catalogue = r.message;
            if (!r.ok) {
                qCWarning(lcSync, "catalogue refused: %s", qUtf8Printable(r.message));
            }
        }
        const QJsonObject cal = reply.json.value(QStringLiteral("calendar")).toObject();
        if (!cal.isEmpty()) {
            const CalendarUpdate::Result r = CalendarUpdate::apply(
                branch, cal.value(QStringLiteral("envelope")).toString().toUtf8(), kActor);
            summary.calendar = r.message;
            if (!r.ok) {
                qCWarning(lcSync, "calendar refused: %s", qUtf8Printable(r.message));
            }
        }
        updatesApplied = true;
        sendNext();
    });
}

void SyncClient::Private::fail(const QString &message)
{
    summary.ok = false;
    summary.error = message;
    qCInfo(lcSync, "sync failed: %s", qUtf8Printable(message)); // the caller says it to the user
    done();
}

void SyncClient::Private::done()
{
    summary.acknowledged = cursor;
    summary.pending = OutboxStore(branch.database()).pendingAfter(cursor);
    summary.elapsedMs = clock.elapsed();
    BranchStore store(branch.database());
    const QString now = Clock::isoUtc(Clock::nowUtc());
    if (summary.ok) {
        store.setSetting(QLatin1String(LastOkSetting), now);
        store.setSetting(QLatin1String(LastErrorSetting), QString());
    } else {
        store.setSetting(QLatin1String(LastErrorSetting), summary.error);
    }
    store.setSetting(
        QLatin1String(LastSummarySetting),
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("sent"), summary.sent},
                                      {QStringLiteral("acknowledged"), summary.acknowledged},
                                      {QStringLiteral("pending"), summary.pending},
                                      {QStringLiteral("catalogue"), summary.catalogue},
                                      {QStringLiteral("calendar"), summary.calendar}})
                .toJson(QJsonDocument::Compact)));
    running = false;
    const Summary result = summary;
    Q_EMIT q->finished(result);
}

SyncClient::Summary SyncClient::last(Branch &branch, QString *lastRunUtc, QString *lastOkUtc)
{
    BranchStore store(branch.database());
    Summary s;
    if (lastRunUtc) {
        *lastRunUtc = store.setting(QLatin1String(LastRunSetting)).value_or(QString());
    }
    if (lastOkUtc) {
        *lastOkUtc = store.setting(QLatin1String(LastOkSetting)).value_or(QString());
    }
    s.error = store.setting(QLatin1String(LastErrorSetting)).value_or(QString());
    s.ok = s.error.isEmpty();
    const QJsonObject o =
        QJsonDocument::fromJson(
            store.setting(QLatin1String(LastSummarySetting)).value_or(QString()).toUtf8())
            .object();
    s.sent = o.value(QStringLiteral("sent")).toInteger();
    s.acknowledged = o.value(QStringLiteral("acknowledged")).toInteger();
    s.catalogue = o.value(QStringLiteral("catalogue")).toString();
    s.calendar = o.value(QStringLiteral("calendar")).toString();
    s.pending = OutboxStore(branch.database()).pendingCount();
    return s;
}
