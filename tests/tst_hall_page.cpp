// The customer's phone page (GET /t/{token}) in a real browser: Debian's headless Chromium,
// driven by playwright-core (tests/hall_page.cjs), against the real counterdesk-cli serve. The
// page must show the number and the people ahead, follow calls live (and by polling when
// WebSockets fail), show the window prominently in an assertive live region, speak the
// browser's language, and say kindly when a ticket is unknown.
#include "appointments/appointmentbook.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "hall/devicedirectory.h"
#include "halltestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestHallPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageFollowsTheTicket();
};

void TestHallPage::pageFollowsTheTicket()
{
    const QString chromium = QStringLiteral(COUNTERDESK_CHROMIUM);
    const QString playwright = QStringLiteral(COUNTERDESK_PLAYWRIGHT_DIR);
    QVERIFY2(QFileInfo::exists(chromium),
             "Chromium is missing: scripts/deps --test installs the chromium package");
    QVERIFY2(QFileInfo::exists(playwright + QStringLiteral("/package.json")),
             "playwright-core is missing: build the hall_page_deps target (npm)");

    QTemporaryDir dir;
    QByteArray counter;
    QByteArray kiosk;
    QString bookingToken;
    QString bookingCode;
    {
        auto branch =
            Branch::create(dir.path(), TestSupport::passphrase(),
                           {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
        DemoData::populate(*branch, QStringLiteral("test"));
        DeviceDirectory devices(*branch);
        counter =
            devices.add(Device::Role::Counter, QStringLiteral("W"), QStringLiteral("admin")).token;
        kiosk =
            devices.add(Device::Role::Kiosk, QStringLiteral("K"), QStringLiteral("admin")).token;
        // A booking on the next day with a free slot (the host runs on the real clock).
        AppointmentBook book(*branch);
        const QDate today = branch->businessDay(Clock::nowUtc());
        for (int d = 1; d < 15 && bookingToken.isEmpty(); ++d) {
            for (const AppointmentBook::Slot &slot :
                 book.slots(QStringLiteral("BANK-OPEN-PERSONAL"), today.addDays(d)).slots) {
                const AppointmentBook::Result r =
                    book.book({QStringLiteral("BANK-OPEN-PERSONAL"), today.addDays(d),
                               slot.localStart, QString::fromUtf8("欧阳娜娜"),
                               QStringLiteral("13812345678"), QStringLiteral("phone")},
                              QStringLiteral("test"));
                if (r.ok()) {
                    bookingToken = r.booking.token;
                    bookingCode = r.booking.code;
                    break;
                }
            }
        }
        QVERIFY(!bookingToken.isEmpty());
    }
    HallTest::ServeProcess serve(dir.path());
    QVERIFY2(serve.start(), qPrintable(serve.output()));

    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QFile::remove(shots + QStringLiteral("/phone-page.png"));

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_BASE"), QStringLiteral("https://127.0.0.1:%1").arg(serve.port()));
    env.insert(QStringLiteral("CD_KIOSK"), QString::fromLatin1(kiosk));
    env.insert(QStringLiteral("CD_COUNTER"), QString::fromLatin1(counter));
    env.insert(QStringLiteral("CD_SERVICE"), QStringLiteral("INS-BQ-CONTACT"));
    env.insert(QStringLiteral("CD_SHOTS"), shots);
    env.insert(QStringLiteral("CD_PLAYWRIGHT"), playwright);
    env.insert(QStringLiteral("CD_CHROMIUM"), chromium);
    env.insert(QStringLiteral("CD_BOOKING"), bookingToken);
    env.insert(QStringLiteral("CD_BOOKING_CODE"), bookingCode);
    env.insert(QStringLiteral("CD_BOOK_SERVICE"), QStringLiteral("INS-CL-MEDICAL"));
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral(COUNTERDESK_HALL_PAGE_SCRIPT)});
    QVERIFY2(node.waitForStarted(), "node is missing");
    // Generous: Chromium starts in 2-3 s, the polling check waits up to 15 s.
    const bool finished = node.waitForFinished(150000);
    const QString out = QString::fromUtf8(node.readAll());
    qInfo().noquote() << out;
    if (!finished) {
        node.kill();
        node.waitForFinished();
    }
    QVERIFY2(finished, "the browser test did not finish in 150 s");
    QCOMPARE(node.exitStatus(), QProcess::NormalExit);
    QVERIFY2(node.exitCode() == 0, qPrintable(out));
    QVERIFY(out.contains(QLatin1String("ok rated: the form is closed")));
    QVERIFY(out.contains(QLatin1String("ok a second rating is refused kindly")));
    QVERIFY(out.contains(QLatin1String("ok booking page: cancelled")));
    QVERIFY(out.contains(QLatin1String("ok phone booking: nothing sent for a wrong number")));
    QVERIFY(out.contains(QLatin1String("ok phone booking: full slot refused and shown")));
    static const QRegularExpression booked(QStringLiteral("\\bBOOKED ([2-9A-Z]{8})\\b"));
    const QString phoneCode = booked.match(out).captured(1);
    QVERIFY2(!phoneCode.isEmpty(), "the phone booking printed no code");

    const QImage shot(shots + QStringLiteral("/phone-page.png"));
    QCOMPARE(shot.size(), QSize(390, 844));
    QVERIFY(serve.terminate());
    // The page's rating reached the branch: one rating, 不满意, with the comment.
    QCOMPARE(TestSupport::rawSql(dir.filePath(QStringLiteral("branch.db")),
                                 TestSupport::passphrase(),
                                 QStringLiteral("SELECT count(*) || ':' || min(level) || ':' || "
                                                "min(comment) FROM rating")),
             QString::fromUtf8("1:2:等候时间太长"));
    // The page's cancellation reached the branch, by the customer, and freed the place.
    QCOMPARE(
        TestSupport::rawSql(
            dir.filePath(QStringLiteral("branch.db")), TestSupport::passphrase(),
            QStringLiteral("SELECT state FROM appointment WHERE code = '%1'").arg(bookingCode)),
        QStringLiteral("cancelled"));
    QCOMPARE(TestSupport::rawSql(dir.filePath(QStringLiteral("branch.db")),
                                 TestSupport::passphrase(),
                                 QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                                "'appointment.cancel'")),
             QStringLiteral("customer"));
    // The page's booking reached the branch as an online booking by the customer, with the
    // number in its normal form; the slot the others filled has its two places and no more.
    QCOMPARE(
        TestSupport::rawSql(dir.filePath(QStringLiteral("branch.db")), TestSupport::passphrase(),
                            QStringLiteral("SELECT channel || ':' || booked_by || ':' || state "
                                           "|| ':' || phone || ':' || service_code FROM "
                                           "appointment WHERE code = '%1'")
                                .arg(phoneCode)),
        QStringLiteral("phone:customer:booked:13900002222:INS-CL-MEDICAL"));
    QCOMPARE(TestSupport::rawSql(dir.filePath(QStringLiteral("branch.db")),
                                 TestSupport::passphrase(),
                                 QStringLiteral("SELECT count(*) FROM appointment WHERE phone IN "
                                                "('13900003333', '13900004444', '13900005555')")),
             QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestHallPage)
#include "tst_hall_page.moc"
