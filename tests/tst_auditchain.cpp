// The audit chain: intact chains verify; an edited, deleted, swapped or re-dated entry is found,
// and the first bad entry is named. Tampering is done with the right key, as an insider would.
#include "auditstore.h"
#include "branch/branch.h"
#include "core/clock.h"
#include "database.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestAuditChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void anchorsOnePerBusinessDay();
    void businessDayFollowsBranchTimeZone();
    void clockSetBackKeepsTheChain();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void rehashedEditIsCaughtByTheNextEntry();

private:
    std::unique_ptr<Branch> m_branch;
    QTemporaryDir m_dir;
    void addEvents(int n);
};

void TestAuditChain::init()
{
    // 2026-03-02 09:00 in Beijing.
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    m_branch.reset();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    m_branch =
        Branch::create(m_dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
}

void TestAuditChain::cleanup()
{
    m_branch.reset();
    Clock::setTestNow({});
}

void TestAuditChain::addEvents(int n)
{
    for (int i = 0; i < n; ++i) {
        m_branch->record({QStringLiteral("limin"), QStringLiteral("test.event"),
                          QStringLiteral("n:%1").arg(i), QJsonObject{{QStringLiteral("i"), i}}});
    }
}

void TestAuditChain::intactChainVerifies()
{
    addEvents(20);
    const AuditChain::Verification v = m_branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 21); // branch.create + 20
}

void TestAuditChain::anchorsOnePerBusinessDay()
{
    addEvents(3);
    Clock::setTestNow(QDateTime(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC));
    addEvents(3);
    Clock::setTestNow(QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::UTC));
    addEvents(2);
    AuditStore store(m_branch->database());
    const auto anchors = store.anchors();
    QCOMPARE(anchors.size(), size_t(3));
    QCOMPARE(anchors[0].businessDay, QStringLiteral("2026-03-02"));
    QCOMPARE(anchors[1].firstSeq, 5);
    QCOMPARE(anchors[2].firstSeq, 8);
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestAuditChain::businessDayFollowsBranchTimeZone()
{
    // 17:30 UTC on 2 March is 01:30 on 3 March in Beijing: the branch's business day is the 3rd.
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(17, 30), Qt::UTC));
    const qint64 seq = m_branch->record({QStringLiteral("limin"), QStringLiteral("late"), {}, {}});
    Statement s = m_branch->database().prepare("SELECT business_day FROM audit_log WHERE seq = ?");
    s.bind(1, seq);
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("2026-03-03"));
}

void TestAuditChain::clockSetBackKeepsTheChain()
{
    addEvents(2);
    // Someone corrects the PC's clock back by a day and a half.
    Clock::setTestNow(QDateTime(QDate(2026, 2, 28), QTime(13, 0), Qt::UTC));
    const qint64 seq = m_branch->record({QStringLiteral("limin"), QStringLiteral("late"), {}, {}});
    const AuditChain::Verification v = m_branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    Statement s =
        m_branch->database().prepare("SELECT business_day, at_utc FROM audit_log WHERE seq = ?");
    s.bind(1, seq);
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("2026-03-02"));          // the chain's day did not go back
    QVERIFY(s.text(1).startsWith(QLatin1String("2026-02-28"))); // the real reading is kept
}

void TestAuditChain::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("edited payload")
        << QStringLiteral("UPDATE audit_log SET payload = '{\"i\":99}' WHERE seq = 5") << qint64(5);
    QTest::newRow("edited actor") << QStringLiteral(
        "UPDATE audit_log SET actor = 'wangli' WHERE seq = 7")
                                  << qint64(7);
    QTest::newRow("deleted middle entry")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 6") << qint64(6);
    QTest::newRow("deleted last entry")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 11") << qint64(11);
    QTest::newRow("deleted first entry")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
    QTest::newRow("swapped entries")
        << QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4;"
                          "UPDATE audit_log SET seq = 4 WHERE seq = 5;"
                          "UPDATE audit_log SET seq = 5 WHERE seq = -4;")
        << qint64(4);
    QTest::newRow("swapped contents")
        << QStringLiteral("UPDATE audit_log SET payload = CASE seq WHEN 3 THEN "
                          "(SELECT payload FROM audit_log WHERE seq = 8) ELSE "
                          "(SELECT payload FROM audit_log WHERE seq = 3) END WHERE seq IN (3, 8)")
        << qint64(3);
    QTest::newRow("hash replaced")
        << QStringLiteral("UPDATE audit_log SET hash = 'f00d' WHERE seq = 9") << qint64(9);
    QTest::newRow("re-dated entry")
        << QStringLiteral("UPDATE audit_log SET business_day = '2026-03-01' WHERE seq = 2")
        << qint64(2);
    QTest::newRow("anchor moved") << QStringLiteral("UPDATE audit_anchor SET first_seq = 2")
                                  << qint64(1);
}

void TestAuditChain::tamperingIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    addEvents(10);
    QVERIFY(m_branch->verifyAudit().ok);
    // The outbox's foreign key refuses a plain DELETE: an insider switches it off first.
    m_branch->database().exec("PRAGMA foreign_keys = OFF");
    m_branch->database().runScript(sql, [](const QStringList &) {});
    const AuditChain::Verification v = m_branch->verifyAudit();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, firstBad);
    QVERIFY(!v.reason.isEmpty());
}

void TestAuditChain::rehashedEditIsCaughtByTheNextEntry()
{
    // An insider who knows the algorithm edits entry 9 and recomputes its hash.
    addEvents(10);
    AuditStore store(m_branch->database());
    AuditRow row;
    store.forEach([&row](const AuditRow &r) {
        if (r.seq == 9) {
            row = r;
            return false;
        }
        return true;
    });
    row.payload = QStringLiteral("{\"i\":1000}");
    row.hash = AuditChain::entryHash(row);
    Statement s =
        m_branch->database().prepare("UPDATE audit_log SET payload = ?, hash = ? WHERE seq = 9");
    s.bind(1, row.payload).bind(2, row.hash).run();
    const AuditChain::Verification v = m_branch->verifyAudit();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 10);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
