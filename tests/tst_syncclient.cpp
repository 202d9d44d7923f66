// The branch's side of a sync run against head office's answers given in the test (through
// SyncClient's transport seam, no network): what is marked, when a run stops, and what it says.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "outboxstore.h"
#include "sync/branchkey.h"
#include "sync/syncclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
constexpr qint64 kBatch = 5;

struct Answer
{
    int status = 200;
    QJsonObject body;
};
} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeRunMarksWhatIsAcknowledged();
    void acknowledgementBeyondWhatWasWritten();
    void acknowledgementBeyondWhatWasSent();
    void countsBeyondWhatWasSent();

private:
    SyncClient::Summary run(const QList<Answer> &answers, QList<QString> *paths = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
};

void TestSyncClient::initTestCase()
{
    m_branch =
        Branch::create(m_dir.filePath(QStringLiteral("b")), TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    // The branch's own key is made (an audited event) by the first run otherwise.
    BranchKey::ensure(*m_branch, QStringLiteral("test"));
    QVERIFY(OutboxStore(m_branch->database()).lastSeq() > 2 * kBatch);
}

SyncClient::Summary TestSyncClient::run(const QList<Answer> &answers, QList<QString> *paths)
{
    SyncClient client(*m_branch, QUrl(QStringLiteral("https://hq.invalid:9443")),
                      QStringLiteral("SHA256:test"));
    client.setBatchLimits(kBatch, 1024 * 1024);
    qsizetype next = 0;
    client.setTransport([&](const QByteArray &, const QString &path, const QJsonObject &,
                            const HallClient::Callback &done) {
        if (paths) {
            paths->append(path);
        }
        if (next >= answers.size()) {
            done(HallClient::Reply::read(0, {}, QStringLiteral("gone")));
            return;
        }
        const Answer &a = answers.at(next++);
        done(HallClient::Reply::read(a.status, QJsonDocument(a.body).toJson(), {}));
    });
    SyncClient::Summary summary;
    bool finished = false;
    connect(&client, &SyncClient::finished, this, [&](const SyncClient::Summary &s) {
        summary = s;
        finished = true;
    });
    client.start();
    [&] {
        QVERIFY(finished);
    }();
    return summary;
}

void TestSyncClient::wholeRunMarksWhatIsAcknowledged()
{
    OutboxStore outbox(m_branch->database());
    const qint64 written = outbox.lastSeq();
    QList<Answer> answers{{200, {{QStringLiteral("acknowledged"), 0}}}};
    for (qint64 acked = kBatch; acked < written + kBatch; acked += kBatch) {
        answers.append({200,
                        {{QStringLiteral("acknowledged"), std::min(acked, written)},
                         {QStringLiteral("stored"), kBatch},
                         {QStringLiteral("duplicates"), 0}}});
    }
    answers.append({200, {{QStringLiteral("catalogue"), QJsonValue::Null}}});
    const SyncClient::Summary s = run(answers);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.acknowledged, written);
    QCOMPARE(outbox.acknowledged(), written);
}

// Found by fuzz_sync_reply: head office's /ack was taken whatever it said; one beyond the
// branch's last event marked nothing wrong at once, but the events that later took those
// numbers were never sent.
void TestSyncClient::acknowledgementBeyondWhatWasWritten()
{
    OutboxStore outbox(m_branch->database());
    const qint64 before = outbox.acknowledged();
    const qint64 written = outbox.lastSeq();
    QList<QString> paths;
    const SyncClient::Summary s =
        run({{200, {{QStringLiteral("acknowledged"), written + 1000}}}}, &paths);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QString::number(written + 1000)), qPrintable(s.error));
    QCOMPARE(paths, QList<QString>{QStringLiteral("/api/v1/ack")});
    QCOMPARE(outbox.acknowledged(), before);
}

void TestSyncClient::acknowledgementBeyondWhatWasSent()
{
    OutboxStore outbox(m_branch->database());
    const qint64 acknowledged = outbox.acknowledged();
    m_branch->changeSettings({{QStringLiteral("test.unsent"), QStringLiteral("1")}},
                             QStringLiteral("test"));
    const qint64 last = outbox.lastSeq();
    // The events up to `last` are sent; head office claims one more.
    const SyncClient::Summary s = run({{200, {{QStringLiteral("acknowledged"), acknowledged}}},
                                       {200, {{QStringLiteral("acknowledged"), last + 1}}}});
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QString::number(last + 1)), qPrintable(s.error));
    QCOMPARE(outbox.acknowledged(), acknowledged);
}

// Found by fuzz_sync_reply: head office's counts were added up as they came (a signed overflow
// with absurd ones).
void TestSyncClient::countsBeyondWhatWasSent()
{
    OutboxStore outbox(m_branch->database());
    const qint64 acknowledged = outbox.acknowledged();
    m_branch->changeSettings({{QStringLiteral("test.unsent"), QStringLiteral("3")}},
                             QStringLiteral("test"));
    const qint64 written = outbox.lastSeq();
    const SyncClient::Summary s = run({{200, {{QStringLiteral("acknowledged"), acknowledged}}},
                                       {200,
                                        {{QStringLiteral("acknowledged"), written},
                                         {QStringLiteral("stored"), 9.2e18},
                                         {QStringLiteral("duplicates"), -9.2e18}}},
                                       {200, {}}});
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.stored, written - acknowledged);
    QCOMPARE(s.duplicates, 0);
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
