// Head office's ingest throughput: 200 branches x 2,000 events, in signed batches of 500
// through HqApi (parse, signature, COPY into a temporary table, INSERT ... ON CONFLICT, the
// watermark), against a raw COPY of the same rows into a scratch table. Prints the figures;
// never fails on timing.
#include "branchregistry.h"
#include "crypto/ed25519.h"
#include "hqapi.h"
#include "hqdatabase.h"
#include "hqmigrations.h"
#include "ingest.h"
#include "pgtestcluster.h"
#include "sync/requestsignature.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

class BenchHqIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ingest();
};

void BenchHqIngest::ingest()
{
    const int branches = qEnvironmentVariableIntValue("BENCH_HQ_BRANCHES") > 0
                             ? qEnvironmentVariableIntValue("BENCH_HQ_BRANCHES")
                             : 200;
    const int perBranch = 2000;
    // One log line per batch would drown the figures (and Qt Test's message limit).
    QLoggingCategory::setFilterRules(QStringLiteral("counterdesk.hq.info=false\n"
                                                    "counterdesk.hq.debug=false"));
    const int perBatch = 500;
    PgTestCluster cluster;
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    HqDatabase db(cluster.conninfo());
    QVERIFY2(db.open(&error), qPrintable(error));
    HqMigrations::migrate(db);
    HqApi api(db);

    QList<Ed25519::KeyPair> keys;
    for (int b = 0; b < branches; ++b) {
        keys.append(Ed25519::generate());
        QCOMPARE(BranchRegistry(db).add(QStringLiteral("B%1").arg(b, 3, 10, QLatin1Char('0')),
                                        QString::fromLatin1(keys.last().publicKey.toBase64()), {}),
                 QString());
    }
    const QStringList kinds{QStringLiteral("ticket.issue"), QStringLiteral("ticket.call"),
                            QStringLiteral("ticket.finish"), QStringLiteral("rating.record")};
    auto payload = [](const QString &code, qint64 seq, const QString &at) {
        return QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("auditSeq"), seq},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("actor"), QStringLiteral("clerk07")},
                    {QStringLiteral("subject"), QStringLiteral("ticket:%1").arg(seq)},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("branch"), code},
                                 {QStringLiteral("number"), QStringLiteral("A%1").arg(seq % 1000)},
                                 {QStringLiteral("window"), int(seq % 12)}}}})
                .toJson(QJsonDocument::Compact));
    };

    qint64 apiNs = 0;
    qint64 parseNs = 0;
    qint64 events = 0;
    qint64 bytes = 0;
    QByteArray copyRows;
    QList<QByteArray> copyChunks;
    for (int b = 0; b < branches; ++b) {
        const QString code = QStringLiteral("B%1").arg(b, 3, 10, QLatin1Char('0'));
        copyRows.clear();
        for (int from = 1; from <= perBranch; from += perBatch) {
            QJsonArray array;
            for (qint64 seq = from; seq < from + perBatch; ++seq) {
                const QString at = QDateTime(QDate(2026, 11, 1 + int(seq % 28)),
                                             QTime(1 + int(seq % 9), int(seq % 60), 0), Qt::UTC)
                                       .toString(Qt::ISODateWithMs);
                const QString text = payload(code, seq, at);
                const QString kind = kinds.at(seq % kinds.size());
                array.append(QJsonObject{{QStringLiteral("seq"), seq},
                                         {QStringLiteral("createdUtc"), at},
                                         {QStringLiteral("kind"), kind},
                                         {QStringLiteral("auditSeq"), seq},
                                         {QStringLiteral("payload"), text}});
                copyRows += code.toLatin1() + '\t' + QByteArray::number(seq) + '\t' + at.toLatin1()
                            + '\t' + kind.toLatin1() + '\t' + QByteArray::number(seq) + '\t';
                HqDatabase::appendCopyField(copyRows, text.toUtf8());
                copyRows += '\n';
            }
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("branch"), code},
                                                              {QStringLiteral("events"), array}})
                                        .toJson(QJsonDocument::Compact);
            HqRequest r;
            r.method = "POST";
            r.pathAndQuery = "/api/v1/batches";
            r.path = QStringLiteral("/api/v1/batches");
            r.body = body;
            for (const auto &h :
                 RequestSignature::headers(keys.at(b).privateSeed, r.method, r.pathAndQuery, code,
                                           QDateTime::currentDateTimeUtc(), body)) {
                if (h.first == RequestSignature::BranchHeader) {
                    r.branch = h.second;
                } else if (h.first == RequestSignature::TimeHeader) {
                    r.time = h.second;
                } else {
                    r.signature = h.second;
                }
            }
            // The request's work outside the database, measured apart (the same calls HqApi
            // makes), so the figures say where the time goes.
            QElapsedTimer p;
            p.start();
            QString parseError;
            const QList<Ingest::Event> parsed = Ingest::parse(
                QJsonDocument::fromJson(body).object().value(QStringLiteral("events")).toArray(),
                &parseError);
            QVERIFY(RequestSignature::verify(keys.at(b).publicKey, r.method, r.pathAndQuery, code,
                                             QString::fromLatin1(r.time), r.signature, body));
            parseNs += p.nsecsElapsed();
            QCOMPARE(parsed.size(), perBatch);
            QElapsedTimer t;
            t.start();
            const HqResponse response = api.handle(r);
            apiNs += t.nsecsElapsed();
            QCOMPARE(response.status, 200);
            QCOMPARE(response.json().value(QStringLiteral("stored")).toInteger(), perBatch);
            events += perBatch;
            bytes += body.size();
        }
        copyChunks.append(copyRows);
    }
    QCOMPARE(db.exec("SELECT count(*) FROM events").int64(0, 0), events);
    QCOMPARE(db.exec("SELECT min(acked_seq) FROM branches").int64(0, 0), perBranch);

    // The same rows by raw COPY, one COPY per branch, into a table shaped like events.
    db.exec("CREATE TABLE scratch (branch_code text, seq bigint, created_utc timestamptz,"
            " kind text, audit_seq bigint, payload jsonb)");
    QElapsedTimer t;
    t.start();
    for (const QByteArray &chunk : std::as_const(copyChunks)) {
        db.transaction([&] {
            db.copyIn("COPY scratch (branch_code, seq, created_utc, kind, audit_seq, payload)"
                      " FROM STDIN",
                      chunk);
        });
    }
    const qint64 copyNs = t.nsecsElapsed();
    QCOMPARE(db.exec("SELECT count(*) FROM scratch").int64(0, 0), events);

    const double apiRate = double(events) / (double(apiNs) / 1e9);
    const double copyRate = double(events) / (double(copyNs) / 1e9);
    qInfo("hq ingest: %d branches x %d events = %lld events in batches of %d (%.1f MB of JSON)",
          branches, perBranch, static_cast<long long>(events), perBatch, double(bytes) / 1e6);
    qInfo("  through HqApi (parse, verify, COPY to temp, INSERT ON CONFLICT, watermark): "
          "%.2f s, %.0f events/s",
          double(apiNs) / 1e9, apiRate);
    qInfo("    of which JSON parsing and signature checks:                           "
          "%.2f s",
          double(parseNs) / 1e9);
    qInfo("  raw COPY of the same rows into a scratch table:                        "
          "%.2f s, %.0f events/s (x%.2f)",
          double(copyNs) / 1e9, copyRate, copyRate / apiRate);
}

QTEST_GUILESS_MAIN(BenchHqIngest)
#include "bench_hq_ingest.moc"
