// A full disk: the branch lives on a small tmpfs that is then filled up. Issuing a ticket
// fails with the "disk is full" message (DbError::DiskFull), nothing acknowledged is lost, the
// database stays whole, the failed issue used no number, and work resumes once space returns.
// Mounting needs root (as scripts/test runs); elsewhere the test is skipped and says why.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "database.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskLosesNothingAndRecovers();

private:
    static bool run(const QString &program, const QStringList &args, QString *output);
    // Writes zeros to path until the disk refuses; returns the bytes written.
    static qint64 fill(const QString &path);

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

bool TestDiskFull::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok =
        p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return ok;
}

void TestDiskFull::initTestCase()
{
    QString output;
    // 12 MiB: room for the demo branch and its WAL, not much more.
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=12m,mode=0700"), QStringLiteral("tmpfs"), m_mountPoint.path()},
             &output)) {
        QSKIP(
            qPrintable(QStringLiteral("cannot mount a small tmpfs (needs root): %1").arg(output)));
    }
    m_mounted = true;
    Clock::setTestNow(QDateTime::fromString(QStringLiteral("2026-03-02T02:00:00Z"), Qt::ISODate));
}

void TestDiskFull::cleanupTestCase()
{
    Clock::setTestNow({});
    if (m_mounted) {
        QString output;
        QVERIFY2(run(QStringLiteral("umount"), {m_mountPoint.path()}, &output), qPrintable(output));
    }
}

qint64 TestDiskFull::fill(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::Append)) {
        return 0;
    }
    const QByteArray block(4096, '\0');
    qint64 written = 0;
    while (f.write(block) == block.size() && f.flush()) {
        written += block.size();
    }
    return written;
}

void TestDiskFull::fullDiskLosesNothingAndRecovers()
{
    const QString dir = m_mountPoint.filePath(QStringLiteral("branch"));
    QVERIFY(QDir().mkpath(dir));
    const QString filler = m_mountPoint.filePath(QStringLiteral("filler"));
    QSet<QString> acknowledged;
    QString failure;
    {
        auto branch =
            Branch::create(dir, TestSupport::passphrase(),
                           {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
        DemoData::populate(*branch, QStringLiteral("test"));
        TicketQueue queue(*branch);
        TicketQueue::IssueRequest request;
        request.serviceCode = QStringLiteral("INS-BQ-CONTACT");
        for (int i = 0; i < 20; ++i) {
            const TicketQueue::Result r = queue.issue(request, QStringLiteral("kiosk"));
            QVERIFY(r.ok());
            acknowledged.insert(r.ticket.number);
        }
        // All but 256 KiB of the rest of the disk, then issue until the disk refuses.
        const qint64 filled = fill(filler);
        QVERIFY(filled > 256 * 1024);
        QVERIFY(QFile::resize(filler, filled - 256 * 1024));
        for (int i = 0; i < 100'000 && failure.isEmpty(); ++i) {
            try {
                const TicketQueue::Result r = queue.issue(request, QStringLiteral("kiosk"));
                QVERIFY(r.ok());
                acknowledged.insert(r.ticket.number);
            } catch (const DbException &e) {
                QCOMPARE(e.error().kind, DbError::Kind::DiskFull);
                failure = e.error().message;
            }
        }
        QVERIFY2(!failure.isEmpty(), "the disk never filled up");
        QVERIFY2(failure.contains(QLatin1String("disk is full")), qPrintable(failure));
        // Still full: the next one is refused the same way, and changes nothing.
        QVERIFY_THROWS_EXCEPTION(DbException, queue.issue(request, QStringLiteral("kiosk")));
    }
    qInfo("%lld tickets acknowledged before the disk was full; the clerk read: %s",
          static_cast<long long>(acknowledged.size()), qPrintable(failure));

    // Space returns: everything acknowledged is there, whole, and work goes on without a gap.
    QVERIFY(QFile::remove(filler));
    auto branch = Branch::open(dir, TestSupport::passphrase());
    Statement check = branch->database().prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    const AuditChain::Verification v = branch->verifyAudit();
    QVERIFY2(v.ok, qPrintable(v.reason));
    QSet<QString> stored;
    Statement s = branch->database().prepare("SELECT number FROM ticket");
    while (s.step()) {
        stored.insert(s.text(0));
    }
    QCOMPARE(stored, acknowledged);
    TicketQueue queue(*branch);
    TicketQueue::IssueRequest request;
    request.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    const TicketQueue::Result next = queue.issue(request, QStringLiteral("kiosk"));
    QVERIFY(next.ok());
    QCOMPARE(next.ticket.seq, static_cast<int>(acknowledged.size()) + 1);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
