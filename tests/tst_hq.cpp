// Head office (issue 9): migrations, branches, idempotent batches, signatures, published
// updates and the monthly report over a real throwaway PostgreSQL, through HqApi directly; then
// the real counterdesk-hq serve process over pinned TLS, killed and restarted, and PostgreSQL
// restarted under it.
#include "branchregistry.h"
#include "catalogue/catalogue.h"
#include "crypto/ed25519.h"
#include "crypto/signeddocument.h"
#include "halltestsupport.h"
#include "hqapi.h"
#include "hqdatabase.h"
#include "hqmigrations.h"
#include "hqtestsupport.h"
#include "monthlyreport.h"
#include "pgtestcluster.h"
#include "publisher.h"
#include "sync/requestsignature.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
const QString kBranch = QStringLiteral("BR01");

// One event as the branch's outbox ships it; `tag` changes the payload (for conflicts).
QJsonObject outboxEvent(qint64 seq, const QString &kind = QStringLiteral("ticket.issue"),
                        const QString &created = QStringLiteral("2026-11-23T02:15:09.120Z"),
                        const QJsonObject &inner = {}, const QString &tag = {})
{
    const QJsonObject envelope{{QStringLiteral("auditSeq"), seq + 100},
                               {QStringLiteral("at"), created},
                               {QStringLiteral("actor"), QString(QStringLiteral("limin") + tag)},
                               {QStringLiteral("subject"), QStringLiteral("ticket:%1").arg(seq)},
                               {QStringLiteral("payload"), inner}};
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("createdUtc"), created},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("auditSeq"), seq + 100},
            {QStringLiteral("payload"),
             QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact))}};
}

QByteArray batch(const QString &branch, qint64 from, qint64 to, const QString &tag = {})
{
    QJsonArray events;
    for (qint64 s = from; s <= to; ++s) {
        events.append(outboxEvent(s, QStringLiteral("ticket.issue"),
                                  QStringLiteral("2026-11-23T02:15:09.120Z"), {}, tag));
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("branch"), branch}, {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

HqRequest signedRequest(const QByteArray &seed, const QByteArray &method,
                        const QByteArray &pathAndQuery, const QByteArray &body,
                        const QString &branch = kBranch,
                        const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    HqRequest r;
    r.method = method;
    r.pathAndQuery = pathAndQuery;
    const QUrl url(QString::fromLatin1(pathAndQuery));
    r.path = url.path();
    r.query = QUrlQuery(url);
    r.body = body;
    r.peer = QStringLiteral("test");
    for (const auto &h : RequestSignature::headers(seed, method, pathAndQuery, branch, at, body)) {
        if (h.first == RequestSignature::BranchHeader) {
            r.branch = h.second;
        } else if (h.first == RequestSignature::TimeHeader) {
            r.time = h.second;
        } else {
            r.signature = h.second;
        }
    }
    return r;
}

using HqTest::keyFile;

HqTest::Run hq(const QStringList &args)
{
    return HqTest::run(args);
}
} // namespace

class TestHq : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migrationsFromEmpty();
    void branches();
    void batchStoredOnce();
    void overlappingBatches();
    void gapHoldsTheWatermark();
    void conflictingDuplicate();
    void unauthorizedChangesNothing();
    void clockSkewAccepted();
    void limits();
    void routesAndMalformed();
    void updates();
    void monthlyReport();
    void commands();
    void serveProcess();

private:
    qint64 eventCount(const QString &branch = kBranch);
    void addBranch(const QString &code, const QByteArray &publicKey);
    HqResponse post(const QByteArray &body, const QByteArray &seed);

    PgTestCluster m_cluster;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqApi> m_api;
    QString m_conninfo;
    Ed25519::KeyPair m_branchKeys = Ed25519::generate();
    int m_dbNumber = 0;
};

void TestHq::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
}

void TestHq::init()
{
    // A fresh database for every test.
    const QString name = QStringLiteral("hq_%1").arg(++m_dbNumber);
    QString error;
    QVERIFY2(m_cluster.createDatabase(name, &error), qPrintable(error));
    m_conninfo = m_cluster.conninfo(name);
    m_db = std::make_unique<HqDatabase>(m_conninfo);
    QVERIFY2(m_db->open(&error), qPrintable(error));
    if (QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("migrationsFromEmpty")) {
        HqMigrations::migrate(*m_db);
        addBranch(kBranch, m_branchKeys.publicKey);
    }
    m_api = std::make_unique<HqApi>(*m_db);
}

void TestHq::cleanup()
{
    m_api.reset();
    m_db.reset();
}

qint64 TestHq::eventCount(const QString &branch)
{
    return m_db->exec("SELECT count(*) FROM events WHERE branch_code = $1", {branch}).int64(0, 0);
}

void TestHq::addBranch(const QString &code, const QByteArray &publicKey)
{
    QCOMPARE(BranchRegistry(*m_db).add(code, QString::fromLatin1(publicKey.toBase64()),
                                       QStringLiteral("Branch ") + code),
             QString());
}

HqResponse TestHq::post(const QByteArray &body, const QByteArray &seed)
{
    return m_api->handle(signedRequest(seed, "POST", "/api/v1/batches", body));
}

void TestHq::migrationsFromEmpty()
{
    QCOMPARE(HqMigrations::current(*m_db), 0);
    QCOMPARE(HqMigrations::migrate(*m_db), 0);
    QCOMPARE(HqMigrations::current(*m_db), HqMigrations::latest());
    for (const char *table : {"events", "branches", "published_documents", "schema_version"}) {
        QCOMPARE(m_db->exec("SELECT to_regclass($1) IS NOT NULL", {QByteArray(table)}).text(0, 0),
                 QStringLiteral("t"));
    }
    // The primary key the ingest relies on.
    QCOMPARE(m_db->exec("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                        " WHERE conrelid = 'events'::regclass AND contype = 'p'")
                 .text(0, 0),
             QStringLiteral("PRIMARY KEY (branch_code, seq)"));
    // Again: nothing to do, nothing recorded twice.
    QCOMPARE(HqMigrations::migrate(*m_db), HqMigrations::latest());
    QCOMPARE(m_db->exec("SELECT count(*) FROM schema_version").int64(0, 0),
             qint64(HqMigrations::latest()));
    // A database from a newer program is refused, not touched.
    m_db->exec("INSERT INTO schema_version (version) VALUES ($1)", {HqMigrations::latest() + 1});
    QVERIFY_THROWS_EXCEPTION(HqDbError, HqMigrations::migrate(*m_db));
}

void TestHq::branches()
{
    BranchRegistry registry(*m_db);
    const Ed25519::KeyPair other = Ed25519::generate();
    QVERIFY(!registry.add(kBranch, QString::fromLatin1(other.publicKey.toBase64()), {}).isEmpty());
    QVERIFY(
        !registry.add(QStringLiteral("BR 02"), QString::fromLatin1(other.publicKey.toBase64()), {})
             .isEmpty());
    QVERIFY(!registry.add(QStringLiteral("BR02"), QStringLiteral("c2hvcnQ="), {}).isEmpty());
    QCOMPARE(registry.add(QStringLiteral("BR02"), QString::fromLatin1(other.publicKey.toBase64()),
                          QStringLiteral("东城网点")),
             QString());
    const auto list = registry.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).code, QStringLiteral("BR02"));
    QCOMPARE(list.at(1).name, QStringLiteral("东城网点"));
    QCOMPARE(list.at(1).publicKey, other.publicKey);
    QVERIFY(!list.at(1).revoked());
    QCOMPARE(registry.revoke(QStringLiteral("BR02")), QString());
    QVERIFY(registry.find(QStringLiteral("BR02"))->revoked());
    QVERIFY(!registry.revoke(QStringLiteral("BR02")).isEmpty());
    QVERIFY(!registry.revoke(QStringLiteral("NOPE")).isEmpty());
    QVERIFY(!registry.find(kBranch)->revoked());
}

void TestHq::batchStoredOnce()
{
    const QByteArray body = batch(kBranch, 1, 10);
    HqResponse r = post(body, m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("acknowledged"), 10},
                                    {QStringLiteral("stored"), 10},
                                    {QStringLiteral("duplicates"), 0},
                                    {QStringLiteral("conflicts"), 0}}));
    QCOMPARE(eventCount(), 10);
    // Stored as jsonb, queryable by the reports; the columns filled from the event.
    const HqResult row =
        m_db->exec("SELECT kind, audit_seq, payload->>'actor', payload->>'subject',"
                   " to_char(created_utc, 'YYYY-MM-DD HH24:MI:SS.MS') FROM events"
                   " WHERE branch_code = $1 AND seq = 7",
                   {kBranch});
    QCOMPARE(row.text(0, 0), QStringLiteral("ticket.issue"));
    QCOMPARE(row.int64(0, 1), 107);
    QCOMPARE(row.text(0, 2), QStringLiteral("limin"));
    QCOMPARE(row.text(0, 3), QStringLiteral("ticket:7"));
    QCOMPARE(row.text(0, 4), QStringLiteral("2026-11-23 02:15:09.120"));

    // The same batch again (a lost reply): nothing stored twice.
    r = post(body, m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("acknowledged"), 10},
                                    {QStringLiteral("stored"), 0},
                                    {QStringLiteral("duplicates"), 10},
                                    {QStringLiteral("conflicts"), 0}}));
    QCOMPARE(eventCount(), 10);
    QCOMPARE(BranchRegistry(*m_db).find(kBranch)->ackedSeq, 10);
    // An empty batch only reports where head office stands.
    r = post(batch(kBranch, 1, 0), m_branchKeys.privateSeed);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 10);
}

void TestHq::overlappingBatches()
{
    QCOMPARE(post(batch(kBranch, 1, 10), m_branchKeys.privateSeed).status, 200);
    const HqResponse r = post(batch(kBranch, 5, 15), m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("acknowledged"), 15},
                                    {QStringLiteral("stored"), 5},
                                    {QStringLiteral("duplicates"), 6},
                                    {QStringLiteral("conflicts"), 0}}));
    QCOMPARE(eventCount(), 15);
}

void TestHq::gapHoldsTheWatermark()
{
    QCOMPARE(post(batch(kBranch, 1, 10), m_branchKeys.privateSeed)
                 .json()
                 .value(QStringLiteral("acknowledged"))
                 .toInteger(),
             10);
    HqResponse r = post(batch(kBranch, 15, 20), m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("stored")).toInteger(), 6);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 10);
    r = m_api->handle(signedRequest(m_branchKeys.privateSeed, "GET", "/api/v1/ack", {}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("acknowledged"), 10}}));
    // Part of the gap: still a gap.
    r = post(batch(kBranch, 11, 12), m_branchKeys.privateSeed);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 12);
    r = post(batch(kBranch, 13, 14), m_branchKeys.privateSeed);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 20);
    QCOMPARE(eventCount(), 20);
    QCOMPARE(BranchRegistry(*m_db).find(kBranch)->ackedSeq, 20);
}

void TestHq::conflictingDuplicate()
{
    QCOMPARE(post(batch(kBranch, 1, 3), m_branchKeys.privateSeed).status, 200);
    // seq 2 again with another payload, seq 3 identical, seq 4 new.
    QJsonArray events{outboxEvent(2, QStringLiteral("ticket.issue"),
                                  QStringLiteral("2026-11-23T02:15:09.120Z"), {},
                                  QStringLiteral("X")),
                      outboxEvent(3), outboxEvent(4)};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("branch"), kBranch},
                                                      {QStringLiteral("events"), events}})
                                .toJson(QJsonDocument::Compact);
    const HqResponse r = post(body, m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("acknowledged"), 4},
                                    {QStringLiteral("stored"), 1},
                                    {QStringLiteral("duplicates"), 1},
                                    {QStringLiteral("conflicts"), 1}}));
    // The first one stands.
    QCOMPARE(m_db->exec("SELECT payload->>'actor' FROM events WHERE branch_code = $1 AND seq = 2",
                        {kBranch})
                 .text(0, 0),
             QStringLiteral("limin"));
}

void TestHq::unauthorizedChangesNothing()
{
    const QByteArray body = batch(kBranch, 1, 5);
    // Signed by a key that is not the branch's.
    HqResponse r = post(body, Ed25519::generate().privateSeed);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    // The body changed after signing.
    HqRequest tampered = signedRequest(m_branchKeys.privateSeed, "POST", "/api/v1/batches", body);
    tampered.body = batch(kBranch, 1, 6);
    QCOMPARE(m_api->handle(tampered).status, 401);
    // Signed for another path.
    HqRequest moved = signedRequest(m_branchKeys.privateSeed, "POST", "/api/v1/batches?x=1", body);
    moved.pathAndQuery = "/api/v1/batches";
    QCOMPARE(m_api->handle(moved).status, 401);
    // No headers at all.
    HqRequest bare = tampered;
    bare.branch.clear();
    bare.signature.clear();
    QCOMPARE(m_api->handle(bare).status, 401);
    // A branch head office does not know, signing correctly with its own key.
    const Ed25519::KeyPair stranger = Ed25519::generate();
    r = m_api->handle(signedRequest(stranger.privateSeed, "POST", "/api/v1/batches",
                                    batch(QStringLiteral("BR99"), 1, 5), QStringLiteral("BR99")));
    QCOMPARE(r.status, 401);
    // A revoked branch, correctly signed.
    const Ed25519::KeyPair gone = Ed25519::generate();
    addBranch(QStringLiteral("BR03"), gone.publicKey);
    QCOMPARE(BranchRegistry(*m_db).revoke(QStringLiteral("BR03")), QString());
    r = m_api->handle(signedRequest(gone.privateSeed, "POST", "/api/v1/batches",
                                    batch(QStringLiteral("BR03"), 1, 5), QStringLiteral("BR03")));
    QCOMPARE(r.status, 401);
    r = m_api->handle(
        signedRequest(gone.privateSeed, "GET", "/api/v1/ack", {}, QStringLiteral("BR03")));
    QCOMPARE(r.status, 401);
    QCOMPARE(m_db->exec("SELECT count(*) FROM events").int64(0, 0), 0);
    QCOMPARE(BranchRegistry(*m_db).find(kBranch)->ackedSeq, 0);
}

void TestHq::clockSkewAccepted()
{
    const QDateTime threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3);
    HqResponse r = m_api->handle(signedRequest(m_branchKeys.privateSeed, "POST", "/api/v1/batches",
                                               batch(kBranch, 1, 4), kBranch, threeDaysAgo));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("stored")).toInteger(), 4);
    const QDateTime aWeekAhead = QDateTime::currentDateTimeUtc().addDays(7);
    r = m_api->handle(
        signedRequest(m_branchKeys.privateSeed, "GET", "/api/v1/ack", {}, kBranch, aWeekAhead));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 4);
}

void TestHq::limits()
{
    // 501 events.
    HqResponse r = post(batch(kBranch, 1, 501), m_branchKeys.privateSeed);
    QCOMPARE(r.status, 413);
    // 500 is fine.
    r = post(batch(kBranch, 1, 500), m_branchKeys.privateSeed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("acknowledged")).toInteger(), 500);
    // More than 4 MiB, even in few events.
    QJsonArray events;
    const QString big(300 * 1024, QLatin1Char('x'));
    for (qint64 s = 501; s <= 515; ++s) {
        events.append(outboxEvent(s, QStringLiteral("ticket.issue"),
                                  QStringLiteral("2026-11-23T02:15:09.120Z"),
                                  {{QStringLiteral("note"), big}}));
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("branch"), kBranch},
                                                      {QStringLiteral("events"), events}})
                                .toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > 4 * 1024 * 1024);
    r = post(body, m_branchKeys.privateSeed);
    QCOMPARE(r.status, 413);
    QCOMPARE(eventCount(), 500);
}

void TestHq::routesAndMalformed()
{
    const QByteArray seed = m_branchKeys.privateSeed;
    QCOMPARE(m_api->handle(signedRequest(seed, "GET", "/api/v1/nothing", {})).status, 404);
    QCOMPARE(m_api->handle(signedRequest(seed, "GET", "/", {})).status, 404);
    HqResponse r = m_api->handle(signedRequest(seed, "GET", "/api/v1/batches", {}));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.headers.value(0).second, QByteArray("POST"));
    QCOMPARE(m_api->handle(signedRequest(seed, "POST", "/api/v1/ack", "{}")).status, 405);
    QCOMPARE(m_api->handle(signedRequest(seed, "DELETE", "/api/v1/updates", {})).status, 405);
    // Signed, but not JSON / not a batch / events out of order / another branch's batch.
    QCOMPARE(post("{\"branch\": \"BR01\", \"events\": [", seed).status, 400);
    QCOMPARE(post("[]", seed).status, 400);
    QCOMPARE(post("{\"branch\": \"BR01\"}", seed).status, 400);
    QJsonArray backwards{outboxEvent(2), outboxEvent(1)};
    QCOMPARE(post(QJsonDocument(QJsonObject{{QStringLiteral("branch"), kBranch},
                                            {QStringLiteral("events"), backwards}})
                      .toJson(),
                  seed)
                 .status,
             400);
    QCOMPARE(post(batch(QStringLiteral("BR02"), 1, 2), seed).status, 400);
    // A payload that is not JSON: nothing of the batch is stored.
    QJsonObject broken = outboxEvent(2);
    broken.insert(QStringLiteral("payload"), QStringLiteral("{not json"));
    r = post(
        QJsonDocument(QJsonObject{{QStringLiteral("branch"), kBranch},
                                  {QStringLiteral("events"), QJsonArray{outboxEvent(1), broken}}})
            .toJson(),
        seed);
    QCOMPARE(r.status, 400);
    QCOMPARE(eventCount(), 0);
    // Found by fuzz_hq_batch: what PostgreSQL cannot take is refused (400), never a database
    // error (503) that the branch would retry for ever: a NUL in the kind or the payload, a
    // time whose UTC year is outside 1..9999, a seq too large for an integer.
    const auto refused = [&](const QString &key, const QJsonValue &value) {
        QJsonObject e = outboxEvent(1);
        e.insert(key, value);
        return post(QJsonDocument(QJsonObject{{QStringLiteral("branch"), kBranch},
                                              {QStringLiteral("events"), QJsonArray{e}}})
                        .toJson(),
                    seed)
            .status;
    };
    QCOMPARE(refused(QStringLiteral("kind"), QString(QStringLiteral("ticket") + QChar(0))), 400);
    const QString nulInPayload = QStringLiteral("{\"a\":\"") + QChar(0) + QStringLiteral("\"}");
    QCOMPARE(refused(QStringLiteral("payload"), nulInPayload), 400);
    QCOMPARE(refused(QStringLiteral("createdUtc"), QStringLiteral("0001-01-01T00:30:00+01:00")),
             400);
    QCOMPARE(refused(QStringLiteral("seq"), 1e300), 400);
    QCOMPARE(refused(QStringLiteral("auditSeq"), -1e300), 400);
    QCOMPARE(eventCount(), 0);
    QCOMPARE(m_api->handle(signedRequest(seed, "GET", "/api/v1/updates?catalogue=x", {})).status,
             400);
}

void TestHq::updates()
{
    const Ed25519::KeyPair hqKeys = Ed25519::generate();
    Publisher publisher(*m_db);
    const QByteArray seed = m_branchKeys.privateSeed;
    // Nothing published yet.
    HqResponse r =
        m_api->handle(signedRequest(seed, "GET", "/api/v1/updates?catalogue=0&calendar=0", {}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("catalogue")).isNull());
    QVERIFY(r.json().value(QStringLiteral("calendar")).isNull());

    QFile catalogueFile(QStringLiteral(":/demo/catalogue.json"));
    QVERIFY(catalogueFile.open(QIODevice::ReadOnly));
    const QByteArray catalogue = catalogueFile.readAll();
    Publisher::Result published = publisher.publishCatalogue(catalogue, hqKeys.privateSeed);
    QVERIFY2(published.ok, qPrintable(published.message));
    QCOMPARE(published.version, 1); // the file's own version
    // The same file again: head office numbers it after the newest.
    published = publisher.publishCatalogue(catalogue, hqKeys.privateSeed);
    QVERIFY2(published.ok, qPrintable(published.message));
    QCOMPARE(published.version, 2);
    QVERIFY(!publisher.publishCatalogue("{\"version\": 9}", hqKeys.privateSeed).ok);

    QFile calendarFile(QStringLiteral(":/calendar/cn-mainland.tsv"));
    QVERIFY(calendarFile.open(QIODevice::ReadOnly));
    const QString tsv = QString::fromUtf8(calendarFile.readAll());
    const QDate today(2026, 11, 20);
    published = publisher.publishCalendar(tsv, 3, hqKeys.privateSeed, today);
    QVERIFY2(published.ok, qPrintable(published.message));
    QVERIFY(!publisher.publishCalendar(tsv, 3, hqKeys.privateSeed, today).ok);
    QVERIFY(!publisher.publishCalendar(tsv, 2, hqKeys.privateSeed, today).ok);
    QVERIFY(
        !publisher.publishCalendar(QStringLiteral("no calendar"), 4, hqKeys.privateSeed, today).ok);

    r = m_api->handle(signedRequest(seed, "GET", "/api/v1/updates?catalogue=0&calendar=0", {}));
    QCOMPARE(r.status, 200);
    const QJsonObject cat = r.json().value(QStringLiteral("catalogue")).toObject();
    QCOMPARE(cat.value(QStringLiteral("version")).toInt(), 2);
    const SignedDocument::Opened openedCatalogue =
        SignedDocument::open(cat.value(QStringLiteral("envelope")).toString().toUtf8(),
                             QLatin1String(Catalogue::Format), hqKeys.publicKey);
    QVERIFY2(openedCatalogue.ok, qPrintable(openedCatalogue.error));
    QString error;
    const auto parsed = Catalogue::fromJson(openedCatalogue.document, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->version(), 2);
    // Not by another key.
    QVERIFY(!SignedDocument::open(cat.value(QStringLiteral("envelope")).toString().toUtf8(),
                                  QLatin1String(Catalogue::Format), Ed25519::generate().publicKey)
                 .ok);

    const QJsonObject cal = r.json().value(QStringLiteral("calendar")).toObject();
    QCOMPARE(cal.value(QStringLiteral("version")).toInt(), 3);
    const SignedDocument::Opened openedCalendar =
        SignedDocument::open(cal.value(QStringLiteral("envelope")).toString().toUtf8(),
                             QStringLiteral("counterdesk.calendar"), hqKeys.publicKey);
    QVERIFY2(openedCalendar.ok, qPrintable(openedCalendar.error));
    QCOMPARE(openedCalendar.document.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(openedCalendar.document.value(QStringLiteral("published")).toString(),
             QStringLiteral("2026-11-20"));
    QCOMPARE(openedCalendar.document.value(QStringLiteral("tsv")).toString(), tsv);

    // Only what is newer than what the branch has.
    r = m_api->handle(signedRequest(seed, "GET", "/api/v1/updates?catalogue=2&calendar=3", {}));
    QVERIFY(r.json().value(QStringLiteral("catalogue")).isNull());
    QVERIFY(r.json().value(QStringLiteral("calendar")).isNull());
    r = m_api->handle(signedRequest(seed, "GET", "/api/v1/updates?catalogue=1&calendar=3", {}));
    QCOMPARE(r.json()
                 .value(QStringLiteral("catalogue"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toInt(),
             2);
    QVERIFY(r.json().value(QStringLiteral("calendar")).isNull());
    // Unauthenticated: nothing handed out.
    HqRequest bare = signedRequest(seed, "GET", "/api/v1/updates?catalogue=0&calendar=0", {});
    bare.signature = Ed25519::sign(Ed25519::generate().privateSeed, "x").toBase64();
    QCOMPARE(m_api->handle(bare).status, 401);
}

void TestHq::monthlyReport()
{
    const Ed25519::KeyPair second = Ed25519::generate();
    addBranch(QStringLiteral("BR02"), second.publicKey);
    auto send = [&](const QByteArray &seed, const QString &branch, const QJsonArray &events) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("branch"), branch},
                                                          {QStringLiteral("events"), events}})
                                    .toJson(QJsonDocument::Compact);
        const HqResponse r =
            m_api->handle(signedRequest(seed, "POST", "/api/v1/batches", body, branch));
        QCOMPARE(r.status, 200);
    };
    const QString nov = QStringLiteral("2026-11-10T03:00:00.000Z");
    const QString oct = QStringLiteral("2026-10-31T23:30:00.000Z"); // 1 Nov in Shanghai
    auto rating = [](int level) {
        return QJsonObject{{QStringLiteral("level"), level}};
    };
    // BR01: 4 issued, 3 served, 1 no-show, 1 case accepted, 2 notices, 3 ratings (1 bad),
    // 2 complaints of which 1 closed; one more issue in October.
    QJsonArray one;
    qint64 s = 0;
    for (int i = 0; i < 4; ++i) {
        one.append(outboxEvent(++s, QStringLiteral("ticket.issue"), nov));
    }
    for (int i = 0; i < 3; ++i) {
        one.append(outboxEvent(++s, QStringLiteral("ticket.finish"), nov));
    }
    one.append(outboxEvent(++s, QStringLiteral("ticket.no-show"), nov));
    one.append(outboxEvent(++s, QStringLiteral("case.accept"), nov));
    one.append(outboxEvent(++s, QStringLiteral("case.notice"), nov));
    one.append(outboxEvent(++s, QStringLiteral("case.notice"), nov));
    one.append(outboxEvent(++s, QStringLiteral("rating.record"), nov, rating(5)));
    one.append(outboxEvent(++s, QStringLiteral("rating.record"), nov, rating(2)));
    one.append(outboxEvent(++s, QStringLiteral("rating.record"), nov, rating(3)));
    one.append(outboxEvent(++s, QStringLiteral("complaint.record"), nov));
    one.append(outboxEvent(++s, QStringLiteral("complaint.record"), nov));
    one.append(outboxEvent(++s, QStringLiteral("complaint.close"), nov));
    one.append(outboxEvent(++s, QStringLiteral("ticket.issue"), oct));
    one.append(outboxEvent(++s, QStringLiteral("ticket.call"), nov)); // not counted
    send(m_branchKeys.privateSeed, kBranch, one);
    // BR02: 2 issued, 1 served, 2 bad ratings.
    QJsonArray two{outboxEvent(1, QStringLiteral("ticket.issue"), nov),
                   outboxEvent(2, QStringLiteral("ticket.issue"), nov),
                   outboxEvent(3, QStringLiteral("ticket.finish"), nov),
                   outboxEvent(4, QStringLiteral("rating.record"), nov, rating(1)),
                   outboxEvent(5, QStringLiteral("rating.record"), nov, rating(2))};
    send(second.privateSeed, QStringLiteral("BR02"), two);

    const MonthlyReport report =
        MonthlyReport::run(*m_db, QDate(2026, 11, 1), QStringLiteral("UTC"));
    QCOMPARE(report.branches.size(), 2);
    const MonthlyReport::Row &a = report.branches.at(0);
    QCOMPARE(a.code, kBranch);
    QCOMPARE(a.issued, 4);
    QCOMPARE(a.served, 3);
    QCOMPARE(a.noShows, 1);
    QCOMPARE(a.casesAccepted, 1);
    QCOMPARE(a.notices, 2);
    QCOMPARE(a.ratings, 3);
    QCOMPARE(a.badRatings, 1);
    QCOMPARE(a.complaints, 2);
    QCOMPARE(a.complaintsClosed, 1);
    const MonthlyReport::Row &b = report.branches.at(1);
    QCOMPARE(b.issued, 2);
    QCOMPARE(b.served, 1);
    QCOMPARE(b.ratings, 2);
    QCOMPARE(b.badRatings, 2);
    QCOMPARE(report.network.issued, 6);
    QCOMPARE(report.network.served, 4);
    QCOMPARE(report.network.badRatings, 3);
    QCOMPARE(a.share(report.network), 75.0);
    QCOMPARE(a.noShowRate(), 25.0);
    const QList<QByteArray> csv = report.csv().split('\n');
    QCOMPARE(csv.at(1), QByteArray("2026-11,BR01,Branch BR01,4,3,1,1,2,3,1,2,1,75.0,25.0,33.3"));
    QCOMPARE(csv.at(2), QByteArray("2026-11,BR02,Branch BR02,2,1,0,0,0,2,2,0,0,25.0,0.0,100.0"));
    QVERIFY(csv.at(3).startsWith("2026-11,*,"));
    QVERIFY(csv.at(3).contains(",6,4,1,1,2,5,3,2,1,100.0,"));
    // In Shanghai's calendar the late-October event belongs to November.
    const MonthlyReport shanghai =
        MonthlyReport::run(*m_db, QDate(2026, 11, 1), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(shanghai.branches.at(0).issued, 5);
    QCOMPARE(
        MonthlyReport::run(*m_db, QDate(2026, 10, 1), QStringLiteral("UTC")).branches.at(0).issued,
        1);
}

void TestHq::commands()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("hq.key"));
    HqTest::Run r =
        hq({QStringLiteral("key"), QStringLiteral("--key"), keyPath, QStringLiteral("--create")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFile(keyPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    const QByteArray hqPublic = r.out.split(QLatin1Char('\n')).first().toLatin1();
    QCOMPARE(QByteArray::fromBase64(hqPublic).size(), 32);
    // Never overwritten.
    QCOMPARE(
        hq({QStringLiteral("key"), QStringLiteral("--key"), keyPath, QStringLiteral("--create")})
            .exitCode,
        1);

    const QString pg = m_conninfo;
    const Ed25519::KeyPair other = Ed25519::generate();
    r = hq({QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("BR07"),
            QStringLiteral("--public-key"), QString::fromLatin1(other.publicKey.toBase64()),
            QStringLiteral("--name"), QStringLiteral("西城网点"), QStringLiteral("--pg"), pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hq({QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("BR07"),
                 QStringLiteral("--public-key"), QString::fromLatin1(other.publicKey.toBase64()),
                 QStringLiteral("--pg"), pg})
                 .exitCode,
             1);
    r = hq({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--pg"), pg});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("BR07\t西城网点\t") + Ed25519::keyId(other.publicKey)),
             qPrintable(r.out));
    r = hq({QStringLiteral("branch"), QStringLiteral("revoke"), QStringLiteral("BR07"),
            QStringLiteral("--pg"), pg});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(BranchRegistry(*m_db).find(QStringLiteral("BR07"))->revoked());

    // Publish with the key file; the envelope verifies with the printed public key.
    QFile catalogueFile(QStringLiteral(":/demo/catalogue.json"));
    QVERIFY(catalogueFile.open(QIODevice::ReadOnly));
    const QString cataloguePath = dir.filePath(QStringLiteral("catalogue.json"));
    QFile out(cataloguePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(catalogueFile.readAll());
    out.close();
    r = hq({QStringLiteral("publish"), QStringLiteral("catalogue"), cataloguePath,
            QStringLiteral("--key"), keyPath, QStringLiteral("--pg"), pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto newest = Publisher(*m_db).newest(Publisher::CatalogueKind, 0);
    QVERIFY(newest);
    QVERIFY(SignedDocument::open(newest->envelope, QLatin1String(Catalogue::Format),
                                 QByteArray::fromBase64(hqPublic))
                .ok);
    QFile calendarFile(QStringLiteral(":/calendar/cn-mainland.tsv"));
    QVERIFY(calendarFile.open(QIODevice::ReadOnly));
    const QString calendarPath = dir.filePath(QStringLiteral("calendar.tsv"));
    QFile calOut(calendarPath);
    QVERIFY(calOut.open(QIODevice::WriteOnly));
    calOut.write(calendarFile.readAll());
    calOut.close();
    r = hq({QStringLiteral("publish"), QStringLiteral("calendar"), calendarPath,
            QStringLiteral("--version"), QStringLiteral("5"), QStringLiteral("--key"), keyPath,
            QStringLiteral("--pg"), pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(Publisher(*m_db).newestVersion(Publisher::CalendarKind), 5);
    // A key readable by others is refused.
    QFile(keyPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QCOMPARE(hq({QStringLiteral("publish"), QStringLiteral("calendar"), calendarPath,
                 QStringLiteral("--version"), QStringLiteral("6"), QStringLiteral("--key"), keyPath,
                 QStringLiteral("--pg"), pg})
                 .exitCode,
             1);

    // The monthly report, with its CSV.
    QCOMPARE(post(batch(kBranch, 1, 3), m_branchKeys.privateSeed).status, 200);
    const QString csvPath = dir.filePath(QStringLiteral("m.csv"));
    r = hq({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
            QStringLiteral("2026-11"), QStringLiteral("--csv"), csvPath, QStringLiteral("--pg"),
            pg});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("BR01")));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("2026-11,BR01,Branch BR01,3,0,"));
    QCOMPARE(hq({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                 QStringLiteral("2026-13"), QStringLiteral("--pg"), pg})
                 .exitCode,
             1);
    // No server: exit code 2.
    QCOMPARE(hq({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--pg"),
                 QStringLiteral("host=/nonexistent port=1 connect_timeout=2")})
                 .exitCode,
             2);
    r = hq({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("counterdesk-hq ")));
    QCOMPARE(hq({QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(hq({QStringLiteral("frobnicate")}).exitCode, 1);
}

namespace
{
using HqProcess = HqTest::Process;

HallTest::Response send(HallTest::Connection &c, const QByteArray &seed, const QByteArray &method,
                        const QByteArray &path, const QByteArray &body)
{
    return c.request(method, QString::fromLatin1(path), {}, body,
                     RequestSignature::headers(seed, method, path, kBranch,
                                               QDateTime::currentDateTimeUtc(), body));
}
} // namespace

void TestHq::serveProcess()
{
    QTemporaryDir dir;
    const QString keyPath = keyFile(dir.path(), Ed25519::generate().privateSeed);
    const QString state = dir.filePath(QStringLiteral("state"));
    const QStringList args{QStringLiteral("serve"),
                           QStringLiteral("--pg"),
                           m_conninfo,
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--key"),
                           keyPath,
                           QStringLiteral("--state-dir"),
                           state};
    auto server = std::make_unique<HqProcess>();
    QVERIFY(server->start(args));
    const QString fingerprint = server->fingerprint;
    // The certificate and key files are the owner's only.
    for (const char *name : {"hq-cert.pem", "hq-key.pem"}) {
        QCOMPARE(
            QFile(state + QLatin1Char('/') + QLatin1String(name)).permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions());
    }
    {
        HallTest::Connection c(server->port, fingerprint);
        QVERIFY(c.open());
        HallTest::Response r =
            send(c, m_branchKeys.privateSeed, "POST", "/api/v1/batches", batch(kBranch, 1, 50));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("stored")).toInteger(), 50);
        // Unsigned: 401; unknown: 404; wrong method: 405.
        QCOMPARE(c.request("GET", QStringLiteral("/api/v1/ack")).status, 401);
        QCOMPARE(c.request("GET", QStringLiteral("/nothing")).status, 404);
        QCOMPARE(send(c, m_branchKeys.privateSeed, "PUT", "/api/v1/batches", {}).status, 405);
        r = send(c, m_branchKeys.privateSeed, "GET", "/api/v1/updates?catalogue=0&calendar=0", {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("catalogue")).isNull());
    }
    {
        // A body announced bigger than 4 MiB is refused before it is sent.
        HallTest::Connection c(server->port, fingerprint);
        QVERIFY(c.open());
        const HallTest::Response r =
            c.raw("POST /api/v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 5000000\r\n\r\n{");
        QCOMPARE(r.status, 413);
    }
    // Killed (power cut): everything acknowledged stays; the same certificate comes back.
    server->kill();
    server = std::make_unique<HqProcess>();
    QVERIFY(server->start(args));
    QCOMPARE(server->fingerprint, fingerprint);
    {
        HallTest::Connection c(server->port, fingerprint);
        QVERIFY(c.open());
        HallTest::Response r = send(c, m_branchKeys.privateSeed, "GET", "/api/v1/ack", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("acknowledged")).toInteger(), 50);
        // The batch resent after a lost reply: nothing twice.
        r = send(c, m_branchKeys.privateSeed, "POST", "/api/v1/batches", batch(kBranch, 41, 60));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("stored")).toInteger(), 10);
        QCOMPARE(r.json.value(QStringLiteral("duplicates")).toInteger(), 10);

        // PostgreSQL restarts under the running head office: the next request reconnects.
        QVERIFY(m_cluster.stop());
        r = send(c, m_branchKeys.privateSeed, "GET", "/api/v1/ack", {});
        QCOMPARE(r.status, 503);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        r = send(c, m_branchKeys.privateSeed, "POST", "/api/v1/batches", batch(kBranch, 61, 70));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("acknowledged")).toInteger(), 70);
    }
    m_db = std::make_unique<HqDatabase>(m_conninfo);
    QString error;
    QVERIFY(m_db->open(&error));
    QCOMPARE(eventCount(), 70);
}

QTEST_GUILESS_MAIN(TestHq)
#include "tst_hq.moc"
