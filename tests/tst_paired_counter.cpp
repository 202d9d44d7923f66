// A counter PC paired with the hall host: the clerk signs in on the host, calls and serves from
// the host's one queue (the audit names the clerk), sees a clear banner when the host goes
// away while keeping the customer at the window, and resyncs when the host is back. The
// display and the counter binaries run as paired devices against the host.
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "guitestsupport.h"
#include "hall/devicedirectory.h"
#include "hall/hallapi.h"
#include "hall/hallclient.h"
#include "hall/hallhost.h"
#include "hall/stafftokens.h"
#include "hallhostdialog.h"
#include "pairedcounterwindow.h"
#include "queue/ticketqueue.h"
#include "queuepanel.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestPairedCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void staffSignInOnTheHost();
    void counterWorksTheHostQueueAndSurvivesItsLoss();
    void pairedBinariesRunAgainstTheHost();
    void hostRunsInsideTheApp();

private:
    void startHost(quint16 port = 0);
    QString issue(const QString &service);
    QString label(QWidget *w, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<HallHost> m_host;
    QByteArray m_counter;
    QByteArray m_display;
};

void TestPairedCounter::initTestCase()
{
    QDir().mkpath(m_dir.path() + QStringLiteral("/template"));
    QDir().mkpath(m_dir.path() + QStringLiteral("/hall"));
    GuiTestSupport::createDemoBranch(m_dir.path() + QStringLiteral("/template"));
    m_branch = GuiTestSupport::openCopy(m_dir.path() + QStringLiteral("/template"),
                                        m_dir.path() + QStringLiteral("/hall"));
    DeviceDirectory devices(*m_branch);
    m_counter =
        devices.add(Device::Role::Counter, QStringLiteral("Window 2"), QStringLiteral("admin"))
            .token;
    m_display =
        devices.add(Device::Role::Display, QStringLiteral("Display"), QStringLiteral("admin"))
            .token;
    startHost();
}

void TestPairedCounter::startHost(quint16 port)
{
    HallHost::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = port;
    options.pollIntervalMs = 100;
    m_host = std::make_unique<HallHost>(*m_branch, options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
}

QString TestPairedCounter::issue(const QString &service)
{
    TicketQueue::IssueRequest request;
    request.serviceCode = service;
    const auto r = TicketQueue(*m_branch).issue(request, QStringLiteral("reception"));
    return r.ok() ? r.ticket.number : QString();
}

QString TestPairedCounter::label(QWidget *w, const QString &name)
{
    auto *l = w->findChild<QLabel *>(name);
    return l ? l->text() : QStringLiteral("(no %1)").arg(name);
}

void TestPairedCounter::staffSignInOnTheHost()
{
    HallApi api(*m_branch);
    auto post = [&](const QString &path, const QByteArray &body, const QByteArray &staff = {}) {
        HallRequest r;
        r.method = "POST";
        r.path = path;
        r.authorization = "Bearer " + m_counter;
        r.contentType = "application/json";
        r.body = body;
        r.staffSession = staff;
        r.peer = QStringLiteral("test");
        return api.handle(r);
    };
    // A wrong password is refused with the directory's words; nothing about the account leaks.
    HallResponse r = post(QStringLiteral("/api/v1/sessions"),
                          R"({"login":"limin","password":"nope","window":2})");
    QCOMPARE(r.status, 403);
    r = post(QStringLiteral("/api/v1/sessions"),
             R"({"login":"limin","password":"demo1234","window":2,"extra":1})");
    QCOMPARE(r.status, 400);
    r = post(QStringLiteral("/api/v1/sessions"),
             R"({"login":"limin","password":"demo1234","window":2})");
    QCOMPARE(r.status, 200);
    const QJsonObject signedIn = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(signedIn.value(QStringLiteral("displayName")).toString(), QStringLiteral("李敏"));
    const QByteArray session = signedIn.value(QStringLiteral("session")).toString().toLatin1();
    QVERIFY(!session.isEmpty());

    // Another window's actions are not this sign-in's; a forged or damaged one is refused.
    QCOMPARE(post(QStringLiteral("/api/v1/windows/3/call-next"), {}, session).status, 403);
    QByteArray forged = session;
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == 'A' ? 'B' : 'A';
    QCOMPARE(post(QStringLiteral("/api/v1/windows/2/call-next"), {}, forged).status, 401);
    // Expired a working day later.
    Session s;
    s.staffId = 3;
    s.login = QStringLiteral("limin");
    s.role = QStringLiteral("clerk");
    s.window = 2;
    StaffTokens tokens(*m_branch);
    const QByteArray old = tokens.issue(s, Clock::nowUtc().addDays(-1));
    QVERIFY(!tokens.verify(old, Clock::nowUtc()));
    QVERIFY(tokens.verify(tokens.issue(s, Clock::nowUtc()), Clock::nowUtc()));

    // Pause and open over the API, by the clerk.
    QCOMPARE(post(QStringLiteral("/api/v1/windows/2/pause"), {}, session).status, 400); // reason
    QCOMPARE(
        post(QStringLiteral("/api/v1/windows/2/pause"), R"({"reason":"午休"})", session).status,
        200);
    QCOMPARE(AuditStore(m_branch->database()).last()->actor, QStringLiteral("limin"));
    QCOMPARE(post(QStringLiteral("/api/v1/windows/2/open"), {}, session).status, 200);
}

void TestPairedCounter::counterWorksTheHostQueueAndSurvivesItsLoss()
{
    GuiTestSupport::ChineseUi zh;
    const quint16 port = m_host->port();
    HallClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), m_host->fingerprint(),
                      m_counter);
    client.setBackoff(100, 400);
    PairedCounterWindow window(client);
    window.resize(900, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy refused(&window, &PairedCounterWindow::refused);
    QSignalSpy signedIn(&window, &PairedCounterWindow::signedIn);
    window.signIn(QStringLiteral("limin"), QStringLiteral("wrong"), 2);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(window.queuePanel() == nullptr);
    window.signIn(QStringLiteral("limin"), QStringLiteral("demo1234"), 2);
    QTRY_COMPARE(signedIn.size(), 1);
    QueuePanel *panel = window.queuePanel();
    QVERIFY(panel);

    const QString first = issue(QStringLiteral("INS-CL-MEDICAL"));
    const QString second = issue(QStringLiteral("INS-CL-MEDICAL"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    // The host's push brings the new tickets to the counter.
    QTRY_COMPARE_WITH_TIMEOUT(panel->queue().view().waiting, 2, 5000);

    QSignalSpy called(panel, &QueuePanel::ticketCalled);
    QTest::keyClick(&window, Qt::Key_F2);
    QTRY_COMPARE(called.size(), 1);
    QCOMPARE(called.at(0).at(0).toString(), first);
    QTRY_COMPARE(label(&window, QStringLiteral("currentTicketLabel")), first);
    const auto call = AuditStore(m_branch->database()).last();
    QCOMPARE(call->action, QStringLiteral("ticket.call"));
    QCOMPARE(call->actor, QStringLiteral("limin")); // the clerk, not only the device

    // The host goes away mid-service: a banner, and the customer stays on screen.
    m_host.reset();
    QTRY_VERIFY_WITH_TIMEOUT(panel->hostBannerShown(), 10000);
    QVERIFY(label(&window, QStringLiteral("hostBanner")).contains(QStringLiteral("无法连接")));
    QCOMPARE(label(&window, QStringLiteral("currentTicketLabel")), first);
    GuiTestSupport::saveScreenshot(&window, QStringLiteral("paired-counter-host-lost"));
    // Calling while the host is away says so and changes nothing.
    QTest::keyClick(&window, Qt::Key_F2);
    QTRY_VERIFY(
        label(&window, QStringLiteral("queueMessageLabel")).contains(QStringLiteral("主机")));
    QCOMPARE(label(&window, QStringLiteral("currentTicketLabel")), first);
    // Meanwhile reception issues another ticket on the host's branch.
    const QString third = issue(QStringLiteral("INS-BQ-CONTACT"));

    // Back on the same port with the same certificate: banner gone, queue read again.
    startHost(port);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->hostBannerShown(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->queue().view().waiting, 2, 5000); // second and third
    QCOMPARE(label(&window, QStringLiteral("currentTicketLabel")), first);

    QSignalSpy left(panel, &QueuePanel::customerLeft);
    QTest::keyClick(&window, Qt::Key_F8); // finish
    QTRY_COMPARE(left.size(), 1);
    QTRY_COMPARE(label(&window, QStringLiteral("currentTicketLabel")), QStringLiteral("—"));
    QCOMPARE(TicketQueue(*m_branch).ticket(first)->state, Ticket::State::Done);
    QTest::keyClick(&window, Qt::Key_F2);
    QTRY_COMPARE(called.size(), 2);
    QCOMPARE(called.at(1).at(0).toString(), second);
    GuiTestSupport::saveScreenshot(&window, QStringLiteral("paired-counter"));
    const QString cut = GuiTestSupport::firstCutText(&window);
    QVERIFY2(cut.isEmpty(), qUtf8Printable(cut));
}

void TestPairedCounter::pairedBinariesRunAgainstTheHost()
{
    if (!m_host) {
        startHost(); // an earlier function failed with the host down
    }
    const QString host = QStringLiteral("https://127.0.0.1:%1").arg(m_host->port());
    auto run = [&](const QStringList &args, const QByteArray &token, const QString &shot) {
        QFile tokenFile(m_dir.path() + QStringLiteral("/token-") + shot);
        if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(token + '\n') < 0) {
            return -1;
        }
        tokenFile.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERDESK_STAFF_PASSWORD"), QStringLiteral("demo1234"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COUNTERDESK_GUI_PATH),
                args
                    + QStringList{QStringLiteral("--host"), host, QStringLiteral("--pin"),
                                  m_host->fingerprint(), QStringLiteral("--token-file"),
                                  tokenFile.fileName(), QStringLiteral("--screenshot"),
                                  QDir::currentPath() + QStringLiteral("/screenshots/") + shot
                                      + QStringLiteral(".png")});
        // The host runs on this thread: keep its event loop turning while the device works.
        for (int waited = 0; p.state() != QProcess::NotRunning && waited < 60000; waited += 50) {
            QTest::qWait(50);
        }
        if (p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
        }
        return p.exitCode();
    };
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    QCOMPARE(run({QStringLiteral("--role"), QStringLiteral("display")}, m_display,
                 QStringLiteral("paired-display")),
             0);
    QCOMPARE(run({QStringLiteral("--role"), QStringLiteral("counter"), QStringLiteral("--user"),
                  QStringLiteral("limin"), QStringLiteral("--window"), QStringLiteral("2")},
                 m_counter, QStringLiteral("paired-counter-binary")),
             0);
    QVERIFY(QFile::exists(QDir::currentPath() + QStringLiteral("/screenshots/paired-display.png")));
    // A display token cannot drive a counter: the sign-in is refused and the binary says so.
    QCOMPARE(run({QStringLiteral("--role"), QStringLiteral("counter"), QStringLiteral("--user"),
                  QStringLiteral("limin"), QStringLiteral("--window"), QStringLiteral("2")},
                 m_display, QStringLiteral("refused")),
             2);
}

void TestPairedCounter::hostRunsInsideTheApp()
{
    Session clerk;
    clerk.staffId = 3;
    clerk.login = QStringLiteral("limin");
    clerk.role = QStringLiteral("clerk");
    clerk.window = 2;
    Session admin = clerk; // devices are paired by an administrator
    admin.staffId = 1;
    admin.login = QStringLiteral("admin");
    admin.role = QStringLiteral("administrator");

    QTcpServer probe; // a free port
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    std::unique_ptr<HallHost> host;
    {
        // A clerk may not serve the hall or pair devices.
        HallHostDialog dialog(*m_branch, clerk, host);
        dialog.startOrStop();
        QVERIFY(!host);
        dialog.pair();
        QVERIFY(dialog.pairingText().contains(QStringLiteral("may not")));
    }
    HallHostDialog dialog(*m_branch, admin, host);
    dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("deviceName"))
        ->setText(QStringLiteral("Window 5"));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("toggleHost")),
                      Qt::LeftButton);
    QVERIFY(host);
    QCOMPARE(host->port(), port);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fingerprint"))->text(),
             host->fingerprint());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pairButton")),
                      Qt::LeftButton);
    const QStringList lines = dialog.pairingText().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 4, qPrintable(dialog.pairingText()));
    const QByteArray token = lines.at(1).trimmed().toLatin1();
    QVERIFY(dialog.pairingText().contains(QStringLiteral("--pin ") + host->fingerprint()));
    GuiTestSupport::saveScreenshot(&dialog, QStringLiteral("hall-host-dialog"));
    const QString cut = GuiTestSupport::firstCutText(&dialog);
    QVERIFY2(cut.isEmpty(), qUtf8Printable(cut));

    // The new counter reaches the host inside the app with its token.
    HallClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), host->fingerprint(),
                      token);
    QList<HallClient::Reply> replies;
    client.get(QStringLiteral("/api/v1/ping"), [&](const HallClient::Reply &r) {
        replies << r;
    });
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).status, 200);
    QCOMPARE(
        replies.at(0).json.value(QStringLiteral("device")).toObject().value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("Window 5")));

    // Stopping closes it.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("toggleHost")),
                      Qt::LeftButton);
    QVERIFY(!host);
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port)); // the port is free again
}

QTEST_MAIN(TestPairedCounter)
#include "tst_paired_counter.moc"
