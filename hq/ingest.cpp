#include "ingest.h"

#include "hqdatabase.h"
#include "hqlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace
{
// Thrown inside the transaction to roll it back with a refusal, not an error.
struct Refused
{
    Ingest::Result::Status status;
};

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble()) {
        return false;
    }
    // Converting a double outside qint64's range is undefined behaviour: check the range first
    // (2^63 is exact in a double; NaN and the infinities fail the comparisons).
    const double d = v.toDouble();
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == std::trunc(d);
}
} // namespace

QList<Ingest::Event> Ingest::parse(const QJsonArray &events, QString *error)
{
    QList<Event> out;
    out.reserve(events.size());
    qint64 previous = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        Event e;
        if (!events.at(i).isObject() || !isInteger(o.value(QStringLiteral("seq")))
            || (e.seq = o.value(QStringLiteral("seq")).toInteger()) < 1) {
            *error = tr("Event %1 has no positive integer \"seq\".").arg(i);
            return {};
        }
        if (e.seq <= previous) {
            *error = tr("The events are not in ascending \"seq\" (%1 after %2).")
                         .arg(e.seq)
                         .arg(previous);
            return {};
        }
        previous = e.seq;
        const QDateTime created = QDateTime::fromString(
            o.value(QStringLiteral("createdUtc")).toString(), Qt::ISODateWithMs);
        // In UTC, the year must still have four digits (0001-01-01T00:30+01:00 does not).
        const int year = created.toUTC().date().year();
        if (!created.isValid() || year < 1 || year > 9999) {
            *error = tr("Event %1 has no valid \"createdUtc\".").arg(e.seq);
            return {};
        }
        e.createdUtc = created.toUTC().toString(Qt::ISODateWithMs);
        e.kind = o.value(QStringLiteral("kind")).toString();
        if (e.kind.isEmpty() || e.kind.size() > 100) {
            *error = tr("Event %1 has no \"kind\".").arg(e.seq);
            return {};
        }
        // PostgreSQL's text holds no NUL: COPY would fail the batch as a database error (22021),
        // which the branch retries for ever. Qt's JSON parser lets a raw one through in a string.
        if (e.kind.contains(QChar(0))
            || o.value(QStringLiteral("payload")).toString().contains(QChar(0))) {
            *error =
                tr("Event %1 holds a NUL character, which head office cannot store.").arg(e.seq);
            return {};
        }
        const QJsonValue auditSeq = o.value(QStringLiteral("auditSeq"));
        if (isInteger(auditSeq)) {
            e.auditSeq = auditSeq.toInteger();
        } else if (!auditSeq.isUndefined() && !auditSeq.isNull()) {
            *error = tr("Event %1 has an \"auditSeq\" that is not an integer.").arg(e.seq);
            return {};
        }
        if (!o.value(QStringLiteral("payload")).isString()) {
            *error = tr("Event %1's \"payload\" is not a JSON text in a string.").arg(e.seq);
            return {};
        }
        e.payload = o.value(QStringLiteral("payload")).toString().toUtf8();
        out.append(std::move(e));
    }
    error->clear();
    return out;
}

Ingest::Batch Ingest::parseBatch(const QByteArray &body, const QString &branch, int maxEvents)
{
    Batch batch;
    auto refuse = [&batch](int status, const QString &error) {
        batch.status = status;
        batch.error = error;
        return batch;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return refuse(400, tr("The body is not a JSON object."));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("branch")).toString() != branch) {
        return refuse(400, tr("The batch's \"branch\" is not the branch that signed it."));
    }
    if (!root.value(QStringLiteral("events")).isArray()) {
        return refuse(400, tr("The batch has no \"events\" array."));
    }
    const QJsonArray array = root.value(QStringLiteral("events")).toArray();
    if (array.size() > maxEvents) {
        return refuse(413, tr("A batch holds at most %1 events; this one has %2.")
                               .arg(maxEvents)
                               .arg(array.size()));
    }
    QString error;
    batch.events = parse(array, &error);
    if (!error.isEmpty()) {
        return refuse(400, error);
    }
    return batch;
}

QByteArray Ingest::copyRows(const QList<Event> &events)
{
    QByteArray data;
    data.reserve(events.size() * 256);
    for (const Event &e : events) {
        data += QByteArray::number(e.seq) + '\t' + e.createdUtc.toLatin1() + '\t';
        HqDatabase::appendCopyField(data, e.kind.toUtf8());
        data += '\t' + (e.auditSeq < 0 ? QByteArray("\\N") : QByteArray::number(e.auditSeq)) + '\t';
        HqDatabase::appendCopyField(data, e.payload);
        data += '\n';
    }
    return data;
}

Ingest::Result Ingest::store(const QString &branch, const QList<Event> &events)
{
    Result result;
    // COPY's text format, built once (a retry after a reconnect sends it again).
    const QByteArray data = copyRows(events);
    try {
        m_db.transaction([&] {
            result = Result();
            // The branch's row is the lock: one batch of a branch at a time.
            const HqResult b =
                m_db.exec("SELECT acked_seq, revoked_utc IS NOT NULL FROM branches WHERE code = $1 "
                          "FOR UPDATE",
                          {branch});
            if (b.rows() == 0) {
                throw Refused{Result::Status::UnknownBranch};
            }
            if (b.text(0, 1) == QLatin1String("t")) {
                throw Refused{Result::Status::Revoked};
            }
            const qint64 acked = b.int64(0, 0);
            result.acknowledged = acked;
            if (events.isEmpty()) {
                return;
            }
            // Per connection; a reconnect makes it again.
            m_db.exec("CREATE TEMP TABLE IF NOT EXISTS hq_incoming ("
                      " seq bigint, created_utc timestamptz, kind text, audit_seq bigint,"
                      " payload text) ON COMMIT DELETE ROWS");
            m_db.copyIn("COPY hq_incoming (seq, created_utc, kind, audit_seq, payload) "
                        "FROM STDIN",
                        data);
            // Before the insert: the events already held whose content differs. The seq range
            // bounds the scan of events whatever plan the (never analysed) temporary table gets.
            const HqResult c = m_db.exec(
                "SELECT i.seq FROM hq_incoming i JOIN events e"
                " ON e.branch_code = $1 AND e.seq = i.seq"
                " AND e.seq BETWEEN $2::bigint AND $3::bigint"
                " WHERE e.kind <> i.kind OR e.created_utc <> i.created_utc"
                " OR e.audit_seq IS DISTINCT FROM i.audit_seq OR e.payload <> i.payload::jsonb"
                " ORDER BY i.seq",
                {branch, events.first().seq, events.last().seq});
            for (int i = 0; i < c.rows(); ++i) {
                result.conflictSeqs.append(c.int64(i, 0));
            }
            result.conflicts = c.rows();
            const HqResult ins = m_db.exec(
                "INSERT INTO events (branch_code, seq, created_utc, kind, audit_seq, payload)"
                " SELECT $1, seq, created_utc, kind, audit_seq, payload::jsonb FROM hq_incoming"
                " ON CONFLICT (branch_code, seq) DO NOTHING",
                {branch});
            result.stored = ins.affected();
            result.duplicates = events.size() - result.stored - result.conflicts;
            // The contiguous run after the watermark: seq = acked + its rank, up to the first
            // gap. Only the rows beyond the watermark are read.
            const HqResult w =
                m_db.exec("SELECT coalesce(max(seq), $2::bigint) FROM ("
                          " SELECT seq, row_number() OVER (ORDER BY seq) AS rank FROM events"
                          " WHERE branch_code = $1 AND seq > $2::bigint) s"
                          " WHERE seq = $2::bigint + rank",
                          {branch, acked});
            result.acknowledged = w.int64(0, 0);
            if (result.acknowledged != acked) {
                m_db.exec("UPDATE branches SET acked_seq = $2 WHERE code = $1",
                          {branch, result.acknowledged});
            }
        });
    } catch (const Refused &r) {
        Result refused;
        refused.status = r.status;
        return refused;
    } catch (const HqDbError &e) {
        // 22P02/22P05: a payload is not JSON jsonb takes; 22007/22008: a time PostgreSQL refuses;
        // 22021 (a NUL in text) is refused by parse() already; kept here should another way in
        // appear.
        if (e.sqlState() == "22P02" || e.sqlState() == "22P05" || e.sqlState() == "22007"
            || e.sqlState() == "22008" || e.sqlState() == "22021") {
            Result bad;
            bad.status = Result::Status::BadPayload;
            return bad;
        }
        throw;
    }
    if (result.conflicts > 0) {
        QStringList seqs;
        for (qint64 s : std::as_const(result.conflictSeqs)
                            .first(std::min<qsizetype>(20, result.conflictSeqs.size()))) {
            seqs << QString::number(s);
        }
        qCWarning(lcHq, "branch %s: %lld conflicting duplicates kept as first stored (seq %s)",
                  qUtf8Printable(branch), static_cast<long long>(result.conflicts),
                  qUtf8Printable(seqs.join(QLatin1Char(','))));
    }
    return result;
}

qint64 Ingest::acknowledged(const QString &branch)
{
    const HqResult r = m_db.exec("SELECT acked_seq FROM branches WHERE code = $1", {branch});
    return r.rows() == 0 ? 0 : r.int64(0, 0);
}
