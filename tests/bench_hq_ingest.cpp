// Head office's ingest throughput: 200 branches x one simulated hall day each (the outbox of a
// day played by HallSimulator: every audited change of ~250 tickets, their cases, ratings and
// complaints), in signed batches of 500 through HqApi (parse, signature, COPY into a temporary
// table, INSERT ... ON CONFLICT, the watermark), against a raw COPY of the same rows into a scratch
// table. Prints the figures; never fails on timing.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchregistry.h"
#include "core/clock.h"
#include "crypto/ed25519.h"
#include "database.h"
#include "hqapi.h"
#include "hqdatabase.h"
#include "hqmigrations.h"
#include "ingest.h"
#include "outboxstore.h"
#include "pgtestcluster.h"
#include "reports/hallsimulator.h"
#include "sync/requestsignature.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    // A hall day played through the app on a fresh demo branch: its outbox is what a branch
    // sends head office after a day. Every branch sends that day (its own copy).
    QTemporaryDir branchDir;
    const QDate day(2026, 11, 18); // a Wednesday
    Clock::setTestNow(QDateTime(day, QTime(8, 0), QTimeZone("Asia/Shanghai")));
    auto branch =
        Branch::create(branchDir.path(), TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("bench"));
    DemoData::populate(*branch, QStringLiteral("bench"));
    const qint64 setup = OutboxStore(branch->database()).count();
    Clock::setTestNow(QDateTime(day.addDays(2), QTime(9, 0), QTimeZone("Asia/Shanghai")));
    HallSimulator::Options options;
    options.from = day;
    options.days = 1;
    options.windows = 6;
    const HallSimulator::Result played = HallSimulator(*branch).run(options);
    Clock::setTestNow({});
    QVERIFY2(played.ok, qPrintable(played.message));
    const QList<OutboxRow> dayRows =
        OutboxStore(branch->database()).after(setup, 1000000, qint64(1) << 40);
    const int perBranch = static_cast<int>(dayRows.size());
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
            const int batch = std::min(perBatch, perBranch - from + 1);
            QJsonArray array;
            for (qint64 seq = from; seq < from + batch; ++seq) {
                const OutboxRow &row = dayRows.at(seq - 1);
                const QString &at = row.createdUtc;
                const QString &text = row.payload;
                const QString &kind = row.kind;
                array.append(QJsonObject{{QStringLiteral("seq"), seq},
                                         {QStringLiteral("createdUtc"), at},
                                         {QStringLiteral("kind"), kind},
                                         {QStringLiteral("auditSeq"), row.auditSeq},
                                         {QStringLiteral("payload"), text}});
                copyRows += code.toLatin1() + '\t' + QByteArray::number(seq) + '\t' + at.toLatin1()
                            + '\t' + kind.toLatin1() + '\t' + QByteArray::number(row.auditSeq)
                            + '\t';
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
            QCOMPARE(parsed.size(), batch);
            QElapsedTimer t;
            t.start();
            const HqResponse response = api.handle(r);
            apiNs += t.nsecsElapsed();
            QCOMPARE(response.status, 200);
            QCOMPARE(response.json().value(QStringLiteral("stored")).toInteger(), batch);
            events += batch;
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
    qInfo("a simulated hall day: %lld tickets, %d events in the outbox",
          static_cast<long long>(played.total.tickets), perBranch);
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
