// The daily log: the day's figures compiled from the queue and the cases, signed by a manager
// only, immutable once signed (corrections are new revisions), and the day locked against
// unauthorised changes after signing; counterdesk-cli report daily writes it as PDF and CSV.
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "dailylogdialog.h"
#include "database.h"
#include "fieldsdialog.h"
#include "guitestsupport.h"
#include "pdfcheck.h"
#include "queue/ticketqueue.h"
#include "reports/dailylog.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace
{
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}
} // namespace

class TestDailyLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void compilesTheDay();
    void onlyAManagerSigns();
    void signedDayIsLocked();
    void signedLogIsImmutable();
    void reportCommand();
    void managerSignsInTheDialog();

private:
    Session signIn(const char *login, int window);
    // Three tickets: two served at window 1 after 10 and 20 minutes, one no-show.
    void playMorning();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
};

void TestDailyLog::init()
{
    Clock::setTestNow(beijing(2026, 11, 24, 9, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch =
        Branch::create(m_dir->path(), TestSupport::passphrase(),
                       {QStringLiteral("DEMO01"), QStringLiteral("Demo")}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
}

void TestDailyLog::cleanup()
{
    m_branch.reset();
    m_dir.reset();
    Clock::setTestNow({});
}

Session TestDailyLog::signIn(const char *login, int window)
{
    return *StaffDirectory(*m_branch)
                .signIn(QString::fromLatin1(login), DemoData::staffPassword(), window)
                .session;
}

void TestDailyLog::playMorning()
{
    TicketQueue queue(*m_branch);
    TicketQueue::IssueRequest r;
    r.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    for (int i = 0; i < 3; ++i) {
        QVERIFY(queue.issue(r, QStringLiteral("kiosk")).ok());
    }
    Clock::setTestNow(beijing(2026, 11, 24, 9, 10));
    QVERIFY(queue.callNext(1, QStringLiteral("limin")).ok());
    Clock::setTestNow(beijing(2026, 11, 24, 9, 15));
    QVERIFY(queue.finish(1, QStringLiteral("limin")).ok());
    Clock::setTestNow(beijing(2026, 11, 24, 9, 20));
    QVERIFY(queue.callNext(1, QStringLiteral("limin")).ok());
    Clock::setTestNow(beijing(2026, 11, 24, 9, 27));
    QVERIFY(queue.finish(1, QStringLiteral("limin")).ok());
    QVERIFY(queue.callNext(1, QStringLiteral("limin")).ok());
    const int recalls = queue.settings().maxRecalls;
    for (int i = 0; i < recalls; ++i) {
        QVERIFY(queue.recall(1, QStringLiteral("limin")).ok());
    }
    QVERIFY(queue.noShow(1, QStringLiteral("limin")).ok());
}

void TestDailyLog::compilesTheDay()
{
    playMorning();
    const QJsonObject f = DailyLog(*m_branch).compile(QDate(2026, 11, 24));
    const QJsonObject t = f.value(QStringLiteral("tickets")).toObject();
    QCOMPARE(t.value(QStringLiteral("issued")).toInteger(), 3);
    QCOMPARE(t.value(QStringLiteral("served")).toInteger(), 2);
    QCOMPARE(t.value(QStringLiteral("noShow")).toInteger(), 1);
    // Waits 10, 20 and 27 minutes: mean 19 minutes, 90th percentile the longest.
    QCOMPARE(t.value(QStringLiteral("avgWaitSeconds")).toInteger(), (600 + 1200 + 1620) / 3);
    QCOMPARE(t.value(QStringLiteral("p90WaitSeconds")).toInteger(), 1620);
    QCOMPARE(t.value(QStringLiteral("avgServiceSeconds")).toInteger(), (300 + 420) / 2);
    const QJsonArray windows = f.value(QStringLiteral("windows")).toArray();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.at(0).toObject().value(QStringLiteral("served")).toInteger(), 2);
    // Another day has nothing.
    QCOMPARE(DailyLog(*m_branch)
                 .compile(QDate(2026, 11, 23))
                 .value(QStringLiteral("tickets"))
                 .toObject()
                 .value(QStringLiteral("issued"))
                 .toInteger(),
             0);
}

void TestDailyLog::onlyAManagerSigns()
{
    DailyLog log(*m_branch);
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             log.sign(signIn("limin", 1), QDate(2026, 11, 24), {}));
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             log.sign(signIn("wangli", 0), QDate(2026, 11, 25), {})); // future
    QVERIFY(!log.isSigned(QDate(2026, 11, 24)));
    const DailyLogRow row = log.sign(signIn("wangli", 0), QDate(2026, 11, 24),
                                     QString::fromUtf8("3号窗口打印机卡纸一次"));
    QCOMPARE(row.revision, 1);
    QVERIFY(log.isSigned(QDate(2026, 11, 24)));
    Statement s = m_branch->database().prepare(
        "SELECT actor, payload FROM audit_log WHERE action = 'dailylog.sign'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("wangli"));
    QVERIFY(s.text(1).contains(row.sha256));
    // A correction is a new revision that names the one it corrects.
    const DailyLogRow correction =
        log.sign(signIn("wangli", 0), QDate(2026, 11, 24), QString::fromUtf8("补记：投诉一件"));
    QCOMPARE(correction.revision, 2);
    QCOMPARE(correction.corrects, row.id);
    QCOMPARE(log.revisions(QDate(2026, 11, 24)).size(), 2);
}

void TestDailyLog::signedDayIsLocked()
{
    playMorning();
    const auto catalogue = CatalogueUpdate::current(*m_branch);
    const Session clerk = signIn("limin", 1);
    DailyLog(*m_branch).sign(signIn("wangli", 0), QDate(2026, 11, 24), {});
    // The queue refuses with the reason; nothing is written.
    TicketQueue queue(*m_branch);
    TicketQueue::IssueRequest r;
    r.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    const qint64 before = AuditStore(m_branch->database()).count();
    const auto refused = queue.issue(r, QStringLiteral("kiosk"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QLatin1String("2026-11-24")), qPrintable(refused.message));
    QCOMPARE(AuditStore(m_branch->database()).count(), before);
    // Cases too, and the manager's authorisation lets the change through, named in the audit.
    CaseWorkflow cases(*m_branch, *catalogue);
    const CaseWorkflow::Person customer{QString::fromUtf8("张三"),
                                        QStringLiteral("resident"),
                                        QStringLiteral("11010519491231002X"),
                                        {}};
    QVERIFY_THROWS_EXCEPTION(DaySigned,
                             cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer, {}));
    QVERIFY_THROWS_EXCEPTION(
        PermissionDenied,
        StaffDirectory(*m_branch).authorise(clerk, Permissions::Act::ChangeSignedDay,
                                            QStringLiteral("limin"), DemoData::staffPassword()));
    const QString manager =
        StaffDirectory(*m_branch).authorise(clerk, Permissions::Act::ChangeSignedDay,
                                            QStringLiteral("wangli"), DemoData::staffPassword());
    {
        Branch::Authorised scope(*m_branch, manager);
        cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer, {});
    }
    Statement s = m_branch->database().prepare(
        "SELECT actor, payload FROM audit_log WHERE action = 'case.open'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("limin"));
    QVERIFY(s.text(1).contains(QLatin1String("\"signedDayAuthorisedBy\":\"wangli\"")));
    // Out of the scope, refused again; the next day is open.
    QVERIFY_THROWS_EXCEPTION(DaySigned,
                             cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer, {}));
    Clock::setTestNow(beijing(2026, 11, 25, 9, 0));
    QVERIFY(queue.issue(r, QStringLiteral("kiosk")).ok());
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestDailyLog::signedLogIsImmutable()
{
    DailyLog(*m_branch).sign(signIn("wangli", 0), QDate(2026, 11, 24), QStringLiteral("ok"));
    for (const char *sql : {"UPDATE daily_log SET remarks = 'edited'", "DELETE FROM daily_log"}) {
        try {
            m_branch->database().exec(sql);
            QFAIL(sql);
        } catch (const DbException &e) {
            QVERIFY2(e.error().message.contains(QLatin1String("signed daily log")),
                     qPrintable(e.error().message));
        }
    }
    QCOMPARE(DailyLog(*m_branch).revisions(QDate(2026, 11, 24)).first().remarks,
             QStringLiteral("ok"));
}

void TestDailyLog::reportCommand()
{
    playMorning();
    DailyLog log(*m_branch);
    log.recordIncident(signIn("limin", 1), QStringLiteral("equipment"),
                       QString::fromUtf8("3号窗口打印机卡纸"));
    log.sign(signIn("wangli", 0), QDate(2026, 11, 24), QString::fromUtf8("运行正常"));
    m_branch.reset();
    const QString pdf = m_dir->filePath(QStringLiteral("log.pdf"));
    const QString csv = m_dir->filePath(QStringLiteral("log.csv"));
    // In Chinese, as a branch's administrator would run it.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
               QString::fromUtf8(TestSupport::passphrase()));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(COUNTERDESK_CLI_PATH),
              {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--data-dir"),
               m_dir->path(), QStringLiteral("--date"), QStringLiteral("2026-11-24"),
               QStringLiteral("--out"), pdf, QStringLiteral("--csv"), csv});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(cli.readAllStandardOutput().trimmed(), QString::fromUtf8("已签署").toUtf8());
    const QString text = PdfCheck::text(pdf);
    for (const char *w : {"营业日志", "运行正常", "3号窗口打印机卡纸", "wangli"}) {
        QVERIFY2(text.contains(QString::fromUtf8(w)), qPrintable(QString::fromUtf8(w) + text));
    }
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(file.readAll());
    QVERIFY2(lines.contains(QLatin1String("tickets,all,served,2")), qPrintable(lines));
    QVERIFY(lines.contains(QLatin1String("service,INS-BQ-CONTACT,noShow,1")));
    QVERIFY(lines.contains(QLatin1String("log,2026-11-24,signed,1")));
    // Bad input: usage and exit 1.
    QCOMPARE(
        TestSupport::cli({QStringLiteral("report"), QStringLiteral("daily"),
                          QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--date"),
                          QStringLiteral("yesterday"), QStringLiteral("--out"), pdf},
                         TestSupport::passphrase())
            .exitCode,
        1);
}

void TestDailyLog::managerSignsInTheDialog()
{
    playMorning();
    const auto catalogue = CatalogueUpdate::current(*m_branch);
    // A clerk sees the draft and records a fault, but cannot sign.
    {
        DailyLogDialog dialog(*m_branch, &*catalogue, signIn("limin", 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        FieldsDialog::setNextAnswers({QStringLiteral("Printer at window 3 jammed")});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("faultButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signButton")),
                          Qt::LeftButton);
        QVERIFY(!DailyLog(*m_branch).isSigned(QDate(2026, 11, 24)));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
    }
    DailyLogDialog dialog(*m_branch, &*catalogue, signIn("wangli", 0));
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTextBrowser *>(QStringLiteral("logView"));
    QVERIFY(view->toPlainText().contains(QLatin1String("Printer at window 3 jammed")));
    QVERIFY(view->toPlainText().contains(QLatin1String("draft")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("remarksEdit"))
        ->setPlainText(QStringLiteral("Quiet morning"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signButton")),
                      Qt::LeftButton);
    QVERIFY(DailyLog(*m_branch).isSigned(QDate(2026, 11, 24)));
    QVERIFY2(view->toPlainText().contains(QLatin1String("wangli")),
             qPrintable(view->toPlainText()));
    QVERIFY(view->toPlainText().contains(QLatin1String("Quiet morning")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pdfButton")), Qt::LeftButton);
    QVERIFY(PdfCheck::text(dialog.lastPdf()).contains(QLatin1String("Quiet morning")));
    GuiTestSupport::saveScreenshot(&dialog, QStringLiteral("daily-log"));
}

QTEST_MAIN(TestDailyLog) // a QGuiApplication: fonts for the PDF
#include "tst_dailylog.moc"
