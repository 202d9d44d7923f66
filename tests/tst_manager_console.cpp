// The manager's console: the hall now (each window's state, waiting per service, the longest
// wait, overdue cases, open complaints and rectifications), the rectification of a bad rating
// recorded and closed from it, and overdue complaints escalated when it opens.
#include "appointments/appointmentbook.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "feedback/complaintbook.h"
#include "feedback/ratingbook.h"
#include "fieldsdialog.h"
#include "guitestsupport.h"
#include "hall/hallapi.h"
#include "hallnowmodel.h"
#include "managerconsole.h"
#include "outboxstore.h"
#include "queue/ticketqueue.h"
#include "rectificationlistmodel.h"
#include "staff/staffdirectory.h"
#include "stringtablemodel.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace
{
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toUTC();
}
} // namespace

class TestManagerConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hallNowAndRectifications();
    void bookingsTabChangesADaysPlaces();
    void cleanupTestCase() { Clock::setTestNow({}); }
};

void TestManagerConsole::hallNowAndRectifications()
{
    GuiTestSupport::ChineseUi zh;
    QTemporaryDir templateDir;
    QTemporaryDir dir;
    GuiTestSupport::createDemoBranch(templateDir.path());
    auto branch = GuiTestSupport::openCopy(templateDir.path(), dir.path());
    const auto catalogue = CatalogueUpdate::current(*branch);
    QVERIFY(catalogue);
    auto signIn = [&](const char *login, int window) {
        return *StaffDirectory(*branch)
                    .signIn(QString::fromLatin1(login), DemoData::staffPassword(), window)
                    .session;
    };

    // A complaint taken on 30 September is overdue on 21 October (10 working days, National Day).
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    ComplaintBook complaints(*branch);
    complaints.record(signIn("limin", 1), {QStringLiteral("letter"),
                                           QString::fromUtf8("张三"),
                                           {},
                                           QString::fromUtf8("等候时间太长"),
                                           {},
                                           {}});

    Clock::setTestNow(beijing(2026, 10, 21, 9, 30));
    TicketQueue queue(*branch);
    auto issue = [&](const char *service) {
        TicketQueue::IssueRequest request;
        request.serviceCode = QLatin1String(service);
        return queue.issue(request, QStringLiteral("kiosk")).ticket.number;
    };
    // Window 2 served a customer who gave the worst rating: a rectification opens.
    const QString rated = issue("INS-CL-MEDICAL");
    QVERIFY(queue.callTicket(2, rated, QStringLiteral("limin")).ok());
    QVERIFY(queue.finish(2, QStringLiteral("limin")).ok());
    RatingBook::Input bad;
    bad.level = 1;
    bad.comment = QString::fromUtf8("等了四十分钟");
    QVERIFY(RatingBook(*branch).rateAtWindow(2, bad).ok());
    // Five waiting; window 1 calls one; window 3 pauses for lunch.
    for (const char *service : {"INS-BQ-CONTACT", "INS-BQ-CONTACT", "BANK-OPEN-PERSONAL",
                                "INS-BQ-CONTACT", "INS-CL-MEDICAL", "BANK-OPEN-PERSONAL"}) {
        QVERIFY(!issue(service).isEmpty());
    }
    Clock::setTestNow(beijing(2026, 10, 21, 9, 52));
    QVERIFY(queue.callNext(1, QStringLiteral("zhangwei")).ok());
    HallApi api(*branch);
    QCOMPARE(api.act(3, QStringLiteral("pause"),
                     {{QStringLiteral("reason"), QString::fromUtf8("午休")}},
                     QStringLiteral("zhangwei"))
                 .status,
             200);
    Clock::setTestNow(beijing(2026, 10, 21, 10, 0));

    const Session manager = signIn("wangli", 0);
    ManagerConsole console(*branch, &*catalogue, manager);
    QAbstractItemModelTester t1(console.hallNow(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(console.rectifications(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));

    // The overdue complaint was escalated when the console opened.
    QVERIFY(!ComplaintBook(*branch).list(true).at(0).escalatedUtc.isEmpty());
    // 5 waiting (one was called), the longest since 9:30 (30 min); 5 of 6 windows open.
    const QString summary = console.summaryText();
    QVERIFY2(summary.contains(QString::fromUtf8("5 人等候，最长 30 分钟")),
             qUtf8Printable(summary));
    QVERIFY2(summary.contains(QString::fromUtf8("6 个窗口中 5 个开放")), qUtf8Printable(summary));
    QVERIFY2(summary.contains(QString::fromUtf8("未结投诉：1（逾期 1）")), qUtf8Printable(summary));
    QVERIFY2(summary.contains(QString::fromUtf8("未结整改：1")), qUtf8Printable(summary));

    HallNowModel *now = console.hallNow();
    QCOMPARE(now->rowCount(), 6);
    QCOMPARE(now->stateText(0), QString::fromUtf8("叫号中"));
    QCOMPARE(now->index(0, HallNowModel::Ticket).data().toString(), QStringLiteral("A001"));
    QCOMPARE(now->index(0, HallNowModel::Minutes).data().toInt(), 8);
    QCOMPARE(now->stateText(1), QString::fromUtf8("空闲"));
    QCOMPARE(now->stateText(2), QString::fromUtf8("暂停：午休"));
    auto *chart = console.findChild<QChartView *>(QStringLiteral("waitingChart"));
    QVERIFY(chart && chart->chart());
    QCOMPARE(chart->chart()->series().size(), 1);

    // The rectification: contact, then outcome; it leaves the open list.
    console.tabs()->setCurrentIndex(1);
    RectificationListModel *rect = console.rectifications();
    QCOMPARE(rect->rowCount(), 1);
    QCOMPARE(rect->index(0, RectificationListModel::Rating).data().toString(),
             QString::fromUtf8("非常不满意"));
    QCOMPARE(rect->index(0, RectificationListModel::Clerk).data().toString(),
             QStringLiteral("limin"));
    auto *table = console.findChild<QTableView *>(QStringLiteral("rectifications"));
    table->selectRow(0);
    table->setCurrentIndex(rect->index(0, 0));
    FieldsDialog::setNextAnswers(
        {QString::fromUtf8("王丽 10月21日电话联系客户，致歉并说明高峰分流措施")});
    console.recordContact();
    QCOMPARE(rect->index(0, RectificationListModel::Contact).data().toString().left(2),
             QString::fromUtf8("王丽"));
    GuiTestSupport::saveScreenshot(&console, QStringLiteral("manager-console-rectifications"));
    table->selectRow(0);
    table->setCurrentIndex(rect->index(0, 0));
    FieldsDialog::setNextAnswers({QString::fromUtf8("高峰时段增开2号窗口")});
    console.closeRectification();
    QCOMPARE(rect->rowCount(), 0);
    QVERIFY(RatingBook(*branch).rectifications(true).isEmpty());

    // Today's figures against the targets: one served ticket rated 非常不满意.
    console.tabs()->setCurrentIndex(2);
    console.showFigures(0);
    QAbstractItemModelTester t3(console.targetTable(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringTableModel *targets = console.targetTable();
    QCOMPARE(targets->rowCount(), 6);
    QCOMPARE(targets->text(3, 0), QString::fromUtf8("满意率"));
    QCOMPARE(targets->text(3, 1), QString::fromUtf8("0.0%"));
    QCOMPARE(targets->text(3, 4), QString::fromUtf8("未达标"));
    // A clerk's tickets are those they finished: limin's one (zhangwei's is still called).
    QCOMPARE(console.clerkTable()->rowCount(), 1);
    QCOMPARE(console.clerkTable()->text(0, 0), QString::fromUtf8("李敏"));
    QCOMPARE(console.clerkTable()->text(0, 5), QStringLiteral("1")); // the bad rating
    QVERIFY(console.serviceTable()->rowCount() >= 3);
    auto *targetChart = console.findChild<QChartView *>(QStringLiteral("targetChart"));
    QVERIFY(targetChart && targetChart->chart() && targetChart->chart()->series().size() == 1);
    console.resize(1280, 720);
    QTest::qWait(50);
    GuiTestSupport::saveScreenshot(&console, QStringLiteral("manager-console-figures"));

    // Head office: never synced, every event waiting, and Sync now says what to set up.
    console.tabs()->setCurrentIndex(3);
    QVERIFY2(console.syncText().contains(QString::fromUtf8("从未")),
             qUtf8Printable(console.syncText()));
    console.syncNow();
    QTRY_VERIFY(console.findChild<QPushButton *>(QStringLiteral("syncNow"))->isEnabled());
    QVERIFY(console.findChild<QLabel *>(QStringLiteral("message"))
                ->text()
                .contains(QStringLiteral("sync config")));

    console.tabs()->setCurrentIndex(0);
    console.resize(1280, 720);
    QTest::qWait(50);
    GuiTestSupport::saveScreenshot(&console, QStringLiteral("manager-console"));
    const QString cut = GuiTestSupport::firstCutText(&console);
    QVERIFY2(cut.isEmpty(), qUtf8Printable(cut));
}

void TestManagerConsole::bookingsTabChangesADaysPlaces()
{
    GuiTestSupport::ChineseUi zh;
    QTemporaryDir templateDir;
    QTemporaryDir dir;
    GuiTestSupport::createDemoBranch(templateDir.path());
    auto branch = GuiTestSupport::openCopy(templateDir.path(), dir.path());
    const auto catalogue = CatalogueUpdate::current(*branch);
    // Wednesday 21 October 2026, 08:00: two bookings of the demo's 09:00 slot (2 places).
    Clock::setTestNow(beijing(2026, 10, 21, 8, 0));
    AppointmentBook book(*branch);
    const QString service = QStringLiteral("BANK-OPEN-PERSONAL");
    QStringList codes;
    for (const char *phone : {"13900001111", "13900002222"}) {
        AppointmentBook::BookRequest r{service,
                                       QDate(2026, 10, 21),
                                       QTime(9, 0),
                                       QString::fromUtf8("欧阳娜娜"),
                                       QLatin1String(phone),
                                       QStringLiteral("phone")};
        const auto booked = book.book(r, QStringLiteral("test"));
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        codes << booked.booking.code;
    }
    const Session manager = *StaffDirectory(*branch)
                                 .signIn(QStringLiteral("wangli"), DemoData::staffPassword(), 0)
                                 .session;
    ManagerConsole console(*branch, &*catalogue, manager);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.tabs()->setCurrentIndex(console.tabs()->count() - 1);
    StringTableModel *slots = console.slotTable();
    int nine = -1;
    for (int row = 0; row < slots->rowCount(); ++row) {
        if (slots->text(row, 0) == QString::fromUtf8("个人账户开户")
            && slots->text(row, 1) == QLatin1String("09:00")) {
            nine = row;
        }
    }
    QVERIFY(nine >= 0);
    QCOMPARE(slots->text(nine, 2), QStringLiteral("2 / 2"));

    // One window closes: one place. The later booking is listed (masked), not cancelled.
    auto *view = console.findChild<QTableView *>(QStringLiteral("slots"));
    view->selectRow(nine);
    FieldsDialog::setNextAnswers({QString(), QStringLiteral("1")});
    console.changeDayPlaces();
    QCOMPARE(slots->text(nine, 2), QStringLiteral("2 / 1"));
    StringTableModel *beyond = console.beyondTable();
    QCOMPARE(beyond->rowCount(), 1);
    QCOMPARE(beyond->text(0, 2), codes.at(1));
    QVERIFY2(!beyond->text(0, 4).contains(QLatin1String("13900002222")),
             qPrintable(beyond->text(0, 4)));
    QCOMPARE(book.byCode(codes.at(1))->state, Booking::State::Booked);
    GuiTestSupport::saveScreenshot(&console, QStringLiteral("console-bookings-zh_CN"));

    auto *message = console.findChild<QPushButton *>(QStringLiteral("messageBeyond"));
    QVERIFY(message->isEnabled());
    const qint64 outbox = OutboxStore(branch->database()).count();
    message->click();
    QCOMPARE(OutboxStore(branch->database()).count(), outbox + 1);
    QVERIFY(!message->isEnabled());
}

QTEST_MAIN(TestManagerConsole)
#include "tst_manager_console.moc"
