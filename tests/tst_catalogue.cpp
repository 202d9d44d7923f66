// The service catalogue: signed by head office, verified against the pinned key, parsed strictly,
// applied whole in one transaction; and the demo catalogue built from the seeds.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branch/headofficekey.h"
#include "catalogue/catalogueupdate.h"
#include "cataloguestore.h"
#include "crypto/ed25519.h"
#include "crypto/signeddocument.h"
#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ed25519MatchesRfc8032();
    void demoCatalogueCoversTheSeeds();
    void demoTimeLimitsFollowSeed003_data();
    void demoTimeLimitsFollowSeed003();
    void checklistConditions();
    void scriptsAndForbiddenPhrases();
    void refusals_data();
    void refusals();
    void newerVersionIsAppliedWhole();
    void sameVersionTwice();
    void noPinnedKeyRefuses();
    void cliVerifyImportExport();

private:
    QJsonObject demoDocument() const;
    QByteArray signDemo(const QJsonObject &doc) const;
    struct State
    {
        int version;
        qint64 audit;
        qint64 services;
    };
    State state();

    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
};

void TestCatalogue::initTestCase()
{
    // One demo branch, copied for each test: creating one hashes five staff passwords.
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

void TestCatalogue::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
}

void TestCatalogue::cleanup()
{
    m_branch.reset();
    delete m_dir;
}

QJsonObject TestCatalogue::demoDocument() const
{
    QFile f(QStringLiteral(":/demo/catalogue.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("no demo catalogue in the resources");
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray TestCatalogue::signDemo(const QJsonObject &doc) const
{
    return SignedDocument::sign(QLatin1String(Catalogue::Format), doc,
                                HeadOfficeKey::demo().privateSeed);
}

TestCatalogue::State TestCatalogue::state()
{
    Database &db = m_branch->database();
    return {
        static_cast<int>(db.queryInt("SELECT coalesce(max(version), 0) FROM catalogue_document")),
        db.queryInt("SELECT count(*) FROM audit_log"), db.queryInt("SELECT count(*) FROM service")};
}

void TestCatalogue::ed25519MatchesRfc8032()
{
    // RFC 8032, section 7.1, TEST 1 and TEST 2.
    const auto one = Ed25519::fromSeed(
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    QCOMPARE(one.publicKey.toHex(),
             QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    QCOMPARE(Ed25519::sign(one.privateSeed, QByteArray()).toHex(),
             QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    const auto two = Ed25519::fromSeed(
        QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
    const QByteArray sig = Ed25519::sign(two.privateSeed, QByteArray::fromHex("72"));
    QCOMPARE(sig.toHex(),
             QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                        "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));
    QVERIFY(Ed25519::verify(two.publicKey, QByteArray::fromHex("72"), sig));
    QVERIFY(!Ed25519::verify(two.publicKey, QByteArray::fromHex("73"), sig));
    QVERIFY(!Ed25519::verify(one.publicKey, QByteArray::fromHex("72"), sig));
}

void TestCatalogue::demoCatalogueCoversTheSeeds()
{
    const auto c = CatalogueUpdate::current(*m_branch);
    QVERIFY(c);
    QVERIFY(c->services().size() >= 30);
    QSet<QString> sectors;
    QSet<QString> types;
    for (const Service &s : c->services()) {
        sectors.insert(s.sector);
        types.insert(Service::requestTypeKey(s.requestType));
        QVERIFY2(!s.name.zhTW.isEmpty() && !s.name.en.isEmpty(), qPrintable(s.code));
    }
    for (const char *sector : {"insurance", "bank", "power", "water", "government"}) {
        QVERIFY2(sectors.contains(QLatin1String(sector)), sector);
    }
    // Every request type of the monthly bulletin (seed 002) has a service.
    QCOMPARE(types.size(), 8);
    QCOMPARE(CatalogueStore(m_branch->database()).services().size(), c->services().size());
}

void TestCatalogue::demoTimeLimitsFollowSeed003_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("working");
    // 保全: accepted within 2 working days, done within 5; one-time notice within 5.
    QTest::newRow("保全 accept") << "INS-BQ-BENEFICIARY"
                                 << "accept" << 2 << true;
    QTest::newRow("保全 process") << "INS-BQ-BENEFICIARY"
                                  << "process" << 5 << true;
    QTest::newRow("保全 notice") << "INS-BQ-SURRENDER"
                                 << "notice" << 5 << true;
    // Claims: 5 working days, complex ones 30 days; refusal notice 3 days; payment 10 days.
    QTest::newRow("claim simple") << "INS-CL-MEDICAL"
                                  << "process" << 5 << true;
    QTest::newRow("claim complex") << "INS-CL-DEATH"
                                   << "process" << 30 << false;
    QTest::newRow("claim refusal") << "INS-CL-DEATH"
                                   << "refusal" << 3 << false;
    QTest::newRow("claim payment") << "INS-CL-MEDICAL"
                                   << "payment" << 10 << false;
    // Complaints: answered within 10 working days.
    QTest::newRow("complaint") << "GEN-COMPLAINT"
                               << "process" << 10 << true;
}

void TestCatalogue::demoTimeLimitsFollowSeed003()
{
    QFETCH(QString, code);
    QFETCH(QString, limit);
    QFETCH(int, days);
    QFETCH(bool, working);
    const auto c = CatalogueUpdate::current(*m_branch);
    const Service *s = c->service(code);
    QVERIFY(s);
    const TimeLimit t = limit == QLatin1String("accept")    ? s->accept
                        : limit == QLatin1String("process") ? s->process
                        : limit == QLatin1String("notice")  ? s->notice
                        : limit == QLatin1String("refusal") ? s->refusal
                                                            : s->payment;
    QCOMPARE(t.days, days);
    QCOMPARE(t.kind == TimeLimit::Kind::Working, working);
}

void TestCatalogue::checklistConditions()
{
    const auto c = CatalogueUpdate::current(*m_branch);
    const Service *s = c->service(QStringLiteral("INS-BQ-HOLDER"));
    QVERIFY(s);
    auto docs = [&](const QSet<QString> &holds) {
        QStringList names;
        for (const ChecklistItem &i : c->checklistFor(*s, holds)) {
            names << i.document;
        }
        return names;
    };
    const QStringList plain = docs({});
    QVERIFY(plain.contains(QStringLiteral("policy")));
    QVERIFY(!plain.contains(QStringLiteral("power_of_attorney")));
    // An agent acting for the customer needs a power of attorney and the agent's ID.
    const QStringList agent = docs({QStringLiteral("agent")});
    QVERIFY(agent.contains(QStringLiteral("power_of_attorney")));
    QVERIFY(agent.contains(QStringLiteral("agent_id")));
    // A company needs its business licence.
    QVERIFY(docs({QStringLiteral("company")}).contains(QStringLiteral("business_licence")));
    QCOMPARE(c->documents().value(QStringLiteral("power_of_attorney")).text(QStringLiteral("en")),
             QStringLiteral("Power of attorney signed by the customer"));
}

void TestCatalogue::scriptsAndForbiddenPhrases()
{
    const auto c = CatalogueUpdate::current(*m_branch);
    const Service *s = c->service(QStringLiteral("INS-CL-MEDICAL"));
    const ScriptSet *scripts = c->scriptsFor(*s);
    QVERIFY(scripts);
    const QString greeting = Catalogue::render(
        scripts->greeting.zhCN, {{QStringLiteral("ticket"), QStringLiteral("B012")},
                                 {QStringLiteral("window"), QStringLiteral("3")},
                                 {QStringLiteral("branch"), QString::fromUtf8("朝阳路营业厅")},
                                 {QStringLiteral("clerk"), QString::fromUtf8("李敏")}});
    QCOMPARE(greeting,
             QString::fromUtf8("B012号，您好！欢迎您到朝阳路营业厅！我是3号窗口李敏，您请坐！"));
    // Seed 000's farewell, word for word.
    QCOMPARE(scripts->farewell.zhCN, QString::fromUtf8("再见，请走好！欢迎下次光临！"));
    // Seed 001's forbidden evasions apply everywhere; claim stages add their own.
    QStringList phrases;
    for (const ForbiddenPhrase &f : c->forbiddenFor(*s)) {
        phrases << f.phrase;
    }
    QVERIFY(phrases.contains(QString::fromUtf8("我不知道")));
    QVERIFY(phrases.contains(QString::fromUtf8("这不是我管的事")));
    QVERIFY(phrases.contains(QString::fromUtf8("材料不全，回去补齐再来")));
    QVERIFY(!phrases.contains(QString::fromUtf8("保证不会亏"))); // a sales phrase, not a claim's
}

void TestCatalogue::refusals_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<QString>("reason");
    QJsonObject newer = demoDocument();
    newer.insert(QStringLiteral("version"), 2);

    QJsonObject unsignedEnvelope{{QStringLiteral("format"), QLatin1String(Catalogue::Format)},
                                 {QStringLiteral("document"), newer}};
    QTest::newRow("unsigned") << QJsonDocument(unsignedEnvelope).toJson() << "not signed";

    QByteArray tampered = signDemo(newer);
    tampered.replace("\"priceFen\": 500", "\"priceFen\": 50");
    QVERIFY(tampered != signDemo(newer));
    QTest::newRow("tampered fee") << tampered << "changed after head office signed";

    QJsonObject older = demoDocument();
    older.insert(QStringLiteral("version"), 0);
    QTest::newRow("no version") << signDemo(older) << "no version";

    const auto stranger = Ed25519::generate();
    QTest::newRow("someone else's key")
        << SignedDocument::sign(QLatin1String(Catalogue::Format), newer, stranger.privateSeed)
        << "not by head office's pinned key";

    QTest::newRow("a calendar, not a catalogue") << SignedDocument::sign(
        QStringLiteral("counterdesk.calendar/1"), newer, HeadOfficeKey::demo().privateSeed)
                                                 << "not a counterdesk.catalogue/1 document";

    QJsonObject broken = newer;
    QJsonArray services = broken.value(QStringLiteral("services")).toArray();
    QJsonObject first = services.at(0).toObject();
    first.insert(QStringLiteral("fees"), QJsonArray{QStringLiteral("FEE-MADE-UP")});
    services.replace(0, first);
    broken.insert(QStringLiteral("services"), services);
    QTest::newRow("signed but unknown fee") << signDemo(broken) << "unknown fee 'FEE-MADE-UP'";

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not a valid JSON file";
}

void TestCatalogue::refusals()
{
    QFETCH(QByteArray, envelope);
    QFETCH(QString, reason);
    const State before = state();
    const auto files = TestSupport::fingerprint(m_dir->path());
    const CatalogueUpdate::Result r =
        CatalogueUpdate::apply(*m_branch, envelope, QStringLiteral("test"));
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("Nothing was changed")));
    const State after = state();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.audit, before.audit);
    QCOMPARE(after.services, before.services);
    QCOMPARE(TestSupport::fingerprint(m_dir->path()), files); // not a byte written
}

void TestCatalogue::newerVersionIsAppliedWhole()
{
    QJsonObject doc = demoDocument();
    doc.insert(QStringLiteral("version"), 2);
    QJsonArray services = doc.value(QStringLiteral("services")).toArray();
    services.removeAt(services.size() - 1); // head office withdrew one service
    doc.insert(QStringLiteral("services"), services);
    const State before = state();
    const CatalogueUpdate::Result r =
        CatalogueUpdate::apply(*m_branch, signDemo(doc), QStringLiteral("test"));
    QVERIFY2(r.ok, qPrintable(r.message));
    const State after = state();
    QCOMPARE(after.version, 2);
    QCOMPARE(after.services, before.services - 1);
    QCOMPARE(after.audit, before.audit + 1); // one event
    QVERIFY(m_branch->verifyAudit().ok);
    // And now version 1 is older: refused.
    const CatalogueUpdate::Result old =
        CatalogueUpdate::apply(*m_branch, DemoData::signedCatalogue(), QStringLiteral("test"));
    QVERIFY(!old.ok);
    QVERIFY(old.message.contains(QLatin1String("older than version 2")));
    // Export gives back exactly what head office signed.
    QCOMPARE(CatalogueUpdate::exportCurrent(*m_branch), signDemo(doc));
}

void TestCatalogue::sameVersionTwice()
{
    const State before = state();
    const CatalogueUpdate::Result same =
        CatalogueUpdate::apply(*m_branch, DemoData::signedCatalogue(), QStringLiteral("test"));
    QVERIFY(same.ok);
    QVERIFY(same.alreadyInForce);
    QCOMPARE(state().audit, before.audit);
    QJsonObject different = demoDocument();
    different.insert(QStringLiteral("issuer"), QStringLiteral("someone"));
    const CatalogueUpdate::Result clash =
        CatalogueUpdate::apply(*m_branch, signDemo(different), QStringLiteral("test"));
    QVERIFY(!clash.ok);
    QVERIFY(clash.message.contains(QLatin1String("same version 1")));
}

void TestCatalogue::noPinnedKeyRefuses()
{
    QTemporaryDir dir;
    auto bare =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T02"), QStringLiteral("Bare")}, QStringLiteral("test"));
    const CatalogueUpdate::Result r =
        CatalogueUpdate::apply(*bare, DemoData::signedCatalogue(), QStringLiteral("test"));
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QLatin1String("no head-office key pinned")));
    QVERIFY(!CatalogueUpdate::current(*bare));
}

void TestCatalogue::cliVerifyImportExport()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("d"));
    const QStringList at = {QStringLiteral("--data-dir"), data};
    const QByteArray pass = TestSupport::passphrase();
    QCOMPARE(
        TestSupport::cli(QStringList{QStringLiteral("init"), QStringLiteral("--demo")} + at, pass)
            .exitCode,
        0);
    const QString exported = dir.filePath(QStringLiteral("catalogue.json"));
    QCOMPARE(TestSupport::cli(QStringList{QStringLiteral("catalogue"), QStringLiteral("export"),
                                          QStringLiteral("--out"), exported}
                                  + at,
                              pass)
                 .exitCode,
             0);
    const auto verify = TestSupport::cli(
        QStringList{QStringLiteral("catalogue"), QStringLiteral("verify"), exported} + at, pass);
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(QLatin1String("already in force")));

    // Head office issues version 2 (here: with the demo key through `catalogue sign`).
    QJsonObject doc = demoDocument();
    doc.insert(QStringLiteral("version"), 2);
    const QString source = dir.filePath(QStringLiteral("v2-source.json"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    const QString v2 = dir.filePath(QStringLiteral("v2.json"));
    QCOMPARE(TestSupport::cli({QStringLiteral("catalogue"), QStringLiteral("sign"),
                               QStringLiteral("--demo-key"), QStringLiteral("--in"), source,
                               QStringLiteral("--out"), v2})
                 .exitCode,
             0);
    const auto imported = TestSupport::cli(
        QStringList{QStringLiteral("catalogue"), QStringLiteral("import"), v2} + at, pass);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(QLatin1String("Applied catalogue version 2")));
    const auto stale = TestSupport::cli(
        QStringList{QStringLiteral("catalogue"), QStringLiteral("import"), exported} + at, pass);
    QCOMPARE(stale.exitCode, 1);
    QVERIFY(stale.err.contains(QLatin1String("older")));
    const auto list = TestSupport::cli(
        QStringList{QStringLiteral("catalogue"), QStringLiteral("list")} + at, pass);
    QVERIFY(list.out.startsWith(QLatin1String("version 2\n")));
    QVERIFY(list.out.contains(QString::fromUtf8("GEN-COMPLAINT\tK\tgeneral\tcomplaint\t投诉受理")));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
