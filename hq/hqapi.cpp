#include "hqapi.h"

#include "branchregistry.h"
#include "hqdatabase.h"
#include "hqlog.h"
#include "ingest.h"
#include "publisher.h"
#include "sync/requestsignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace
{
const QString kBatches = QStringLiteral("/api/v1/batches");
const QString kAck = QStringLiteral("/api/v1/ack");
const QString kUpdates = QStringLiteral("/api/v1/updates");
} // namespace

QJsonObject HqResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HqResponse HqResponse::fromJson(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HqResponse HqResponse::error(int status, const QString &code, const QString &message)
{
    return fromJson(status,
                    {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

HqApi::HqApi(HqDatabase &db)
    : HqApi(db, Limits())
{}

HqApi::HqApi(HqDatabase &db, const Limits &limits)
    : m_db(db)
    , m_limits(limits)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{}

HqResponse HqApi::handle(const HqRequest &request)
{
    QByteArray allowed;
    if (request.path == kBatches) {
        allowed = "POST";
    } else if (request.path == kAck || request.path == kUpdates) {
        allowed = "GET";
    } else {
        return HqResponse::error(404, QStringLiteral("not-found"),
                                 tr("No such resource: %1 (see docs/sync.md).").arg(request.path));
    }
    if (request.method != allowed) {
        HqResponse r = HqResponse::error(
            405, QStringLiteral("method-not-allowed"),
            tr("%1 takes %2 only.").arg(request.path, QString::fromLatin1(allowed)));
        r.headers.append({"Allow", allowed});
        return r;
    }
    if (request.body.size() > m_limits.maxBodyBytes) {
        return HqResponse::error(
            413, QStringLiteral("payload-too-large"),
            tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    }
    // Every request is idempotent, so one whose connection was lost (PostgreSQL restarted) is
    // run again on a new connection.
    for (int attempt = 0;; ++attempt) {
        try {
            const QString branch = authenticate(request);
            if (branch.isEmpty()) {
                return unauthorized();
            }
            if (request.path == kBatches) {
                return postBatch(request, branch);
            }
            if (request.path == kAck) {
                return getAck(branch);
            }
            return getUpdates(request);
        } catch (const HqDbError &e) {
            if (e.connectionLost() && attempt == 0 && m_db.reconnect()) {
                qCWarning(lcHq, "PostgreSQL connection lost and re-established (%s)", e.what());
                continue;
            }
            qCWarning(lcHq, "%s %s from %s: database: %s", request.method.constData(),
                      qUtf8Printable(request.path), qUtf8Printable(request.peer), e.what());
            return HqResponse::error(
                503, QStringLiteral("unavailable"),
                tr("Head office's database is not available; try again later."));
        }
    }
}

HqResponse HqApi::unauthorized()
{
    return HqResponse::error(401, QStringLiteral("unauthorized"),
                             tr("The request is not signed by a registered, active branch."));
}

QString HqApi::authenticate(const HqRequest &request)
{
    const QString code = QString::fromUtf8(request.branch);
    if (code.isEmpty() || request.time.isEmpty() || request.signature.isEmpty()) {
        qCInfo(lcHq, "401 to %s: %s %s without the signature headers", qUtf8Printable(request.peer),
               request.method.constData(), qUtf8Printable(request.path));
        return {};
    }
    if (!BranchRegistry::isValidCode(code)) {
        qCInfo(lcHq, "401 to %s: not a branch code", qUtf8Printable(request.peer));
        return {};
    }
    const auto entry = BranchRegistry(m_db).find(code);
    if (!entry) {
        qCInfo(lcHq, "401 to %s: unknown branch %s", qUtf8Printable(request.peer),
               qUtf8Printable(code));
        return {};
    }
    if (entry->revoked()) {
        qCInfo(lcHq, "401 to %s: branch %s is revoked", qUtf8Printable(request.peer),
               qUtf8Printable(code));
        return {};
    }
    const QString time = QString::fromUtf8(request.time);
    if (!RequestSignature::verify(entry->publicKey, request.method, request.pathAndQuery, code,
                                  time, request.signature, request.body)) {
        qCWarning(lcHq, "401 to %s: signature of branch %s does not verify (%s %s)",
                  qUtf8Printable(request.peer), qUtf8Printable(code), request.method.constData(),
                  request.pathAndQuery.constData());
        return {};
    }
    // The time is signed but never a reason to refuse (docs/sync.md): only logged.
    const QDateTime sent = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!sent.isValid()) {
        qCWarning(lcHq, "branch %s: unreadable time '%s'", qUtf8Printable(code),
                  qUtf8Printable(time));
    } else {
        const qint64 skew = sent.secsTo(m_clock());
        if (qAbs(skew) > 300) {
            qCWarning(lcHq, "branch %s: clock skew %lld s (its clock is %s)", qUtf8Printable(code),
                      static_cast<long long>(skew), skew > 0 ? "behind" : "ahead");
        } else {
            qCInfo(lcHq, "branch %s: clock skew %lld s", qUtf8Printable(code),
                   static_cast<long long>(skew));
        }
    }
    return code;
}

HqResponse HqApi::postBatch(const HqRequest &request, const QString &branch)
{
    const Ingest::Batch batch = Ingest::parseBatch(request.body, branch, m_limits.maxEvents);
    if (batch.status != 200) {
        return HqResponse::error(batch.status,
                                 batch.status == 413 ? QStringLiteral("payload-too-large")
                                                     : QStringLiteral("bad-request"),
                                 batch.error);
    }
    const QList<Ingest::Event> &events = batch.events;
    const Ingest::Result r = Ingest(m_db).store(branch, events);
    switch (r.status) {
    case Ingest::Result::Status::UnknownBranch:
    case Ingest::Result::Status::Revoked:
        return unauthorized();
    case Ingest::Result::Status::BadPayload:
        return HqResponse::error(400, QStringLiteral("bad-request"),
                                 tr("An event's payload or time is not valid; nothing of the "
                                    "batch was stored."));
    case Ingest::Result::Status::Stored:
        break;
    }
    qCInfo(lcHq,
           "branch %s: batch of %lld: stored %lld, duplicates %lld, conflicts %lld, "
           "acknowledged %lld",
           qUtf8Printable(branch), static_cast<long long>(events.size()),
           static_cast<long long>(r.stored), static_cast<long long>(r.duplicates),
           static_cast<long long>(r.conflicts), static_cast<long long>(r.acknowledged));
    return HqResponse::fromJson(200, {{QStringLiteral("acknowledged"), r.acknowledged},
                                      {QStringLiteral("stored"), r.stored},
                                      {QStringLiteral("duplicates"), r.duplicates},
                                      {QStringLiteral("conflicts"), r.conflicts}});
}

HqResponse HqApi::getAck(const QString &branch)
{
    return HqResponse::fromJson(
        200, {{QStringLiteral("acknowledged"), Ingest(m_db).acknowledged(branch)}});
}

HqResponse HqApi::getUpdates(const HqRequest &request)
{
    qint64 have[2] = {0, 0};
    const char *kinds[2] = {Publisher::CatalogueKind, Publisher::CalendarKind};
    for (int i = 0; i < 2; ++i) {
        const QString name = QString::fromLatin1(kinds[i]);
        if (!request.query.hasQueryItem(name)) {
            continue;
        }
        bool ok = false;
        have[i] = request.query.queryItemValue(name).toLongLong(&ok);
        if (!ok || have[i] < 0) {
            return HqResponse::error(400, QStringLiteral("bad-request"),
                                     tr("'%1' must be a version number (0 if none).").arg(name));
        }
    }
    Publisher publisher(m_db);
    QJsonObject reply;
    for (int i = 0; i < 2; ++i) {
        const auto newest = publisher.newest(kinds[i], have[i]);
        reply.insert(QString::fromLatin1(kinds[i]),
                     newest ? QJsonValue(QJsonObject{
                         {QStringLiteral("version"), newest->version},
                         {QStringLiteral("envelope"), QString::fromUtf8(newest->envelope)}})
                            : QJsonValue(QJsonValue::Null));
    }
    return HqResponse::fromJson(200, reply);
}
