// The hall's kiosk (issue 6): a customer searches for a service, reads what to bring and what it
// costs before taking a ticket, and gets a number with its QR code, even when the printer is out
// of paper; only a reception staff session may give a ticket a priority group.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueupdate.h"
#include "database.h"
#include "guitestsupport.h"
#include "kioskstaffdialog.h"
#include "kioskwindow.h"
#include "logindialog.h"
#include "printing/printsink.h"
#include "qrcodewidget.h"
#include "queue/ticketqueue.h"
#include "testsupport.h"

#include <QApplication>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::child;

namespace
{
class CountingSink : public PrintSink
{
public:
    QString print(const PrintJob &job) override
    {
        printed << job.name;
        return {};
    }
    QStringList printed;
};

// A printer that can run out of paper and be refilled.
class SwitchableSink : public PrintSink
{
public:
    bool online = false;
    QStringList printed;
    QString print(const PrintJob &job) override
    {
        if (!online) {
            return QStringLiteral("paper out");
        }
        printed << job.name;
        return {};
    }
    QString problem() const override { return online ? QString() : QStringLiteral("paper out"); }
};

class PaperOutSink : public PrintSink
{
public:
    QString print(const PrintJob &job) override
    {
        Q_UNUSED(job);
        return QStringLiteral("paper out");
    }
};
} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchNarrowsTheServices();
    void choosingAServiceShowsDocumentsAndFees();
    void takingATicketShowsNumberAndQr();
    void failingPrinterStillIssues();
    void plainKioskHasNoPriorityChoice();
    void receptionSetsPriorityGroup();
    void fitsWithoutScrolling_data();
    void fitsWithoutScrolling();
    void keptTicketWaitsForStaffAcrossRestart();
    void receptionPrintsKeptTicketsOnItsOwn();
    void staffPanelReprintsWithAReason();

private:
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<GuiTestSupport::ChineseUi> m_zh;
};

void TestKiosk::initTestCase()
{
    m_zh = std::make_unique<GuiTestSupport::ChineseUi>();
    GuiTestSupport::createDemoBranch(m_template.path());
}

void TestKiosk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = GuiTestSupport::openCopy(m_template.path(), m_dir->path());
    m_catalogue = CatalogueUpdate::current(*m_branch);
    QVERIFY(m_catalogue);
}

void TestKiosk::cleanup()
{
    m_catalogue.reset();
    m_branch.reset();
    m_dir.reset();
}

void TestKiosk::searchNarrowsTheServices()
{
    CountingSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    QCOMPARE(kiosk.visibleServices().size(), m_catalogue->services().size());

    auto *search = child<QLineEdit>(&kiosk, "searchEdit");
    search->setFocus();
    GuiTestSupport::typeText(search, QString::fromUtf8("理赔"));
    QCOMPARE(kiosk.visibleServices(),
             QStringList({QStringLiteral("INS-CL-MEDICAL"), QStringLiteral("INS-CL-CRITICAL"),
                          QStringLiteral("INS-CL-DEATH"), QStringLiteral("INS-CL-ACCIDENT")}));
    GuiTestSupport::typeText(search, QString::fromUtf8("身故"));
    QCOMPARE(kiosk.visibleServices(), QStringList{}); // "理赔身故" is not a name
    search->clear();
    GuiTestSupport::typeText(search, QString::fromUtf8("过户"));
    QCOMPARE(kiosk.visibleServices(),
             QStringList({QStringLiteral("PWR-TRANSFER"), QStringLiteral("WTR-TRANSFER")}));

    // A category narrows too, and the search works within it.
    QTest::mouseClick(child<QPushButton>(&kiosk, "category0"), Qt::LeftButton);
    search->clear();
    QPushButton *water = nullptr;
    for (auto *b : kiosk.findChildren<QPushButton *>()) {
        if (b->text() == QString::fromUtf8("用水业务")) {
            water = b;
        }
    }
    QVERIFY(water);
    QVERIFY(water->height() >= 48); // shared column height at 768 px, still a touch target
    QTest::mouseClick(water, Qt::LeftButton);
    QCOMPARE(kiosk.visibleServices().size(), 4);
    GuiTestSupport::typeText(search, QString::fromUtf8("过户"));
    QCOMPARE(kiosk.visibleServices(), QStringList{QStringLiteral("WTR-TRANSFER")});
}

void TestKiosk::choosingAServiceShowsDocumentsAndFees()
{
    CountingSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    auto *take = child<QPushButton>(&kiosk, "takeButton");
    QVERIFY(!take->isEnabled()); // the notice comes before the ticket

    // Chosen by touch from the filtered list.
    auto *search = child<QLineEdit>(&kiosk, "searchEdit");
    search->setFocus();
    GuiTestSupport::typeText(search, QString::fromUtf8("投保人"));
    auto *list = child<QListWidget>(&kiosk, "serviceList");
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden()) {
            item = list->item(i);
        }
    }
    QVERIFY(item);
    QVERIFY(list->visualItemRect(item).height() >= 64);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(kiosk.currentService(), QStringLiteral("INS-BQ-HOLDER"));

    const Service *s = m_catalogue->service(QStringLiteral("INS-BQ-HOLDER"));
    const QString documents = child<QLabel>(&kiosk, "documentsLabel")->text();
    for (const ChecklistItem &c : m_catalogue->checklistFor(*s, {})) {
        QVERIFY2(documents.contains(
                     m_catalogue->documents().value(c.document).text(QStringLiteral("zh_CN"))),
                 qPrintable(c.document));
    }
    // The company's documents, under the question that decides them.
    QVERIFY(documents.contains(QString::fromUtf8("客户是否为单位（企业、机关、团体）？")));
    QVERIFY(documents.contains(m_catalogue->documents()
                                   .value(QStringLiteral("business_licence"))
                                   .text(QStringLiteral("zh_CN"))));
    QVERIFY(child<QLabel>(&kiosk, "feesLabel")->text().contains(QString::fromUtf8("免费")));
    QVERIFY(take->isEnabled());

    // A fee with a price is shown in yuan.
    kiosk.selectService(QStringLiteral("BANK-CARD-LOSS"));
    QVERIFY2(child<QLabel>(&kiosk, "feesLabel")->text().contains(QStringLiteral("5.00")),
             qPrintable(child<QLabel>(&kiosk, "feesLabel")->text()));
    QVERIFY(take->height() >= 64);
    QVERIFY(take->font().pointSize() >= 18);
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk)); // scroll bars settle in the event loop
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-notice-zh_CN"));
}

void TestKiosk::takingATicketShowsNumberAndQr()
{
    CountingSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.selectService(QStringLiteral("INS-BQ-CONTACT"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    QVERIFY(kiosk.lastIssued().ok());
    const Ticket ticket = kiosk.lastIssued().result.ticket;
    QCOMPARE(ticket.number, QStringLiteral("A001"));
    QCOMPARE(child<QLabel>(&kiosk, "numberLabel")->text(), QStringLiteral("A001"));
    QVERIFY(child<QLabel>(&kiosk, "numberLabel")->font().pointSize() >= 48);
    auto *qr = child<QrCodeWidget>(&kiosk, "qrCode");
    QVERIFY(qr->isVisible());
    const QString url = QueueSettings::read(*m_branch).statusUrl(ticket.token);
    QCOMPARE(qr->text(), url);
    QVERIFY(url.contains(ticket.token));
    QCOMPARE(sink.printed, QStringList{QStringLiteral("A001")});
    QCOMPARE(kiosk.printQueue().pending().size(), 0);
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk)); // scroll bars settle in the event loop
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-ticket-zh_CN"));

    // The next customer: back to the list; one person is now ahead in the same service.
    QTest::mouseClick(child<QPushButton>(&kiosk, "doneButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(&kiosk, "takeButton")->isEnabled());
    kiosk.selectService(QStringLiteral("INS-BQ-CONTACT"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&kiosk, "numberLabel")->text(), QStringLiteral("A002"));
    QCOMPARE(kiosk.lastIssued().result.peopleAhead, 1);
    QVERIFY(child<QLabel>(&kiosk, "aheadLabel")->text().contains(QLatin1Char('1')));
    QCOMPARE(TicketQueue(*m_branch).ticket(QStringLiteral("A002"))->group, Ticket::Group::None);
}

void TestKiosk::failingPrinterStillIssues()
{
    PaperOutSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.selectService(QStringLiteral("PWR-PAYMENT"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    QVERIFY(kiosk.lastIssued().ok());
    QVERIFY(!kiosk.lastIssued().printed);
    const Ticket ticket = kiosk.lastIssued().result.ticket;
    QVERIFY(TicketQueue(*m_branch).ticket(ticket.number)); // issued and waiting
    QCOMPARE(child<QLabel>(&kiosk, "numberLabel")->text(), ticket.number);
    QCOMPARE(child<QrCodeWidget>(&kiosk, "qrCode")->text(),
             QueueSettings::read(*m_branch).statusUrl(ticket.token));
    const QString message = child<QLabel>(&kiosk, "messageLabel")->text();
    QVERIFY2(message.contains(QString::fromUtf8("服务台")), qPrintable(message));
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    QCOMPARE(kiosk.printQueue().pending().first().name, ticket.number);
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk)); // scroll bars settle in the event loop
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-paper-out-zh_CN"));
}

void TestKiosk::plainKioskHasNoPriorityChoice()
{
    CountingSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.show();
    QVERIFY(!kiosk.canSetPriority());
    QVERIFY(!kiosk.findChild<QWidget *>(QStringLiteral("priorityGroups")));
    // A clerk's session is no reception session either.
    const Session clerk{3, QStringLiteral("limin"), QString::fromUtf8("李敏"),
                        QStringLiteral("clerk"), 3};
    KioskWindow clerkKiosk(*m_branch, *m_catalogue, sink, clerk);
    QVERIFY(!clerkKiosk.canSetPriority());
    QVERIFY(!clerkKiosk.findChild<QWidget *>(QStringLiteral("priorityGroups")));
}

void TestKiosk::receptionSetsPriorityGroup()
{
    PaperOutSink failing;
    const Session reception{2, QStringLiteral("chenjing"), QString::fromUtf8("陈静"),
                            QStringLiteral("reception"), 0};
    KioskWindow kiosk(*m_branch, *m_catalogue, failing, reception);
    kiosk.resize(1366, 768);
    kiosk.show();
    QVERIFY(kiosk.canSetPriority());
    kiosk.selectService(QStringLiteral("BANK-PIN-RESET"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "group_elderly"), Qt::LeftButton);
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk)); // scroll bars settle in the event loop
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-reception-zh_CN"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    const Ticket ticket = kiosk.lastIssued().result.ticket;
    QCOMPARE(TicketQueue(*m_branch).ticket(ticket.number)->group, Ticket::Group::Elderly);
    // The job is kept for staff to print again; still out of paper, nothing comes out.
    QVERIFY(child<QPushButton>(&kiosk, "retryButton")->isVisible());
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    QCOMPARE(kiosk.retryPrinting(), 0);
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
}

void TestKiosk::fitsWithoutScrolling_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestKiosk::fitsWithoutScrolling()
{
    QFETCH(QSize, screen);
    CountingSink sink;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(screen);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QCOMPARE(kiosk.size(), screen);
    // Every category is in view, no scroll bar, and each button is still a touch target.
    auto *categories = child<QScrollArea>(&kiosk, "categoryScroll");
    QVERIFY(!categories->verticalScrollBar()->isVisible());
    QVERIFY(categories->widget()->height() <= categories->viewport()->height());
    const QRect column = categories->viewport()->rect();
    int buttons = 0;
    for (auto *b : categories->widget()->findChildren<QPushButton *>()) {
        ++buttons;
        QVERIFY2(b->height() >= 48, qPrintable(b->text()));
        QVERIFY2(column.contains(QRect(b->mapTo(categories->viewport(), QPoint(0, 0)), b->size())),
                 qPrintable(b->text()));
    }
    QCOMPARE(buttons, 10); // all services and the demo's nine categories
    QVERIFY(child<QPushButton>(&kiosk, "staffButton")->height() >= 48);
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    GuiTestSupport::saveScreenshot(
        &kiosk, QStringLiteral("kiosk-%1x%2-zh_CN").arg(screen.width()).arg(screen.height()));
}

void TestKiosk::keptTicketWaitsForStaffAcrossRestart()
{
    SwitchableSink sink;
    QString number;
    {
        KioskWindow kiosk(*m_branch, *m_catalogue, sink);
        kiosk.resize(1366, 768);
        kiosk.show();
        kiosk.selectService(QStringLiteral("PWR-PAYMENT"));
        QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
        QVERIFY(!kiosk.lastIssued().printed);
        number = kiosk.lastIssued().result.ticket.number;
        QCOMPARE(kiosk.printQueue().pending().size(), 1);
    }
    // The kiosk is switched off and on again: the encrypted file is closed and reopened.
    m_branch.reset();
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    QCOMPARE(kiosk.printQueue().pending().first().name, number);
    auto *status = child<QLabel>(&kiosk, "printerStatus");
    QVERIFY(status->isVisible()); // out of paper, said before anyone takes a ticket

    // Paper in. The timer runs every 30 s, but at an unattended kiosk it prints nothing kept:
    // the ticket would fall into the next customer's hands.
    QVERIFY(kiosk.retryTimer()->isActive());
    QCOMPARE(kiosk.retryTimer()->interval(), 30'000);
    sink.online = true;
    kiosk.autoRetry();
    QVERIFY(sink.printed.isEmpty());
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    QVERIFY2(status->isVisible() && status->text().contains(QLatin1Char('1')),
             qPrintable(status->text()));

    // Staff sign in at the Staff button (the real dialog, with a password) and print it.
    QTimer::singleShot(0, this, [] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        QVERIFY(login);
        QVERIFY(child<QSpinBox>(login, "windowSpin")->isHidden());
        child<QLineEdit>(login, "loginEdit")->setText(QStringLiteral("chenjing"));
        child<QLineEdit>(login, "passwordEdit")->setText(DemoData::staffPassword());
        login->accept();
    });
    QTest::mouseClick(child<QPushButton>(&kiosk, "staffButton"), Qt::LeftButton);
    auto *panel = kiosk.findChild<KioskStaffDialog *>();
    QVERIFY(panel);
    QVERIFY(child<QListWidget>(panel, "keptList")->item(0)->text().startsWith(number));
    QVERIFY(!child<QPushButton>(panel, "settingsButton")->isEnabled()); // reception: no settings
    GuiTestSupport::saveScreenshot(panel, QStringLiteral("kiosk-staff-panel-zh_CN"));
    QTest::mouseClick(child<QPushButton>(panel, "printKeptButton"), Qt::LeftButton);
    QCOMPARE(sink.printed, QStringList{number});
    QVERIFY(kiosk.printQueue().pending().isEmpty());
    QCOMPARE(child<QListWidget>(panel, "keptList")->count(), 0);
    QVERIFY(!status->isVisible());
    QCOMPARE(m_branch->database().queryInt("SELECT count(*) FROM print_job"), 0);

    // Staff walk away: the panel closes itself after two idle minutes (shortened here).
    QCOMPARE(panel->idleTimer()->interval(), 120'000);
    QVERIFY(panel->idleTimer()->isActive());
    const QPointer<KioskStaffDialog> open(panel);
    panel->idleTimer()->start(10);
    QTRY_VERIFY(!open || !open->isVisible());
}

void TestKiosk::receptionPrintsKeptTicketsOnItsOwn()
{
    SwitchableSink sink;
    const Session reception{2, QStringLiteral("chenjing"), QString::fromUtf8("陈静"),
                            QStringLiteral("reception"), 0};
    KioskWindow kiosk(*m_branch, *m_catalogue, sink, reception);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.selectService(QStringLiteral("BANK-PIN-RESET"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    kiosk.autoRetry(); // still out of paper
    QCOMPARE(kiosk.printQueue().pending().size(), 1);
    sink.online = true;
    kiosk.autoRetry(); // staff stand at this printer: it prints
    QCOMPARE(sink.printed, QStringList{kiosk.lastIssued().result.ticket.number});
    QVERIFY(kiosk.printQueue().pending().isEmpty());
}

void TestKiosk::staffPanelReprintsWithAReason()
{
    SwitchableSink sink;
    sink.online = true;
    KioskWindow kiosk(*m_branch, *m_catalogue, sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.selectService(QStringLiteral("INS-BQ-CONTACT"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "takeButton"), Qt::LeftButton);
    const QString number = kiosk.lastIssued().result.ticket.number;
    const Session reception{2, QStringLiteral("chenjing"), QString::fromUtf8("陈静"),
                            QStringLiteral("reception"), 0};
    KioskStaffDialog *panel = kiosk.showStaffPanel(reception);
    auto *numberEdit = child<QLineEdit>(panel, "numberEdit");
    auto *reasonEdit = child<QLineEdit>(panel, "reasonEdit");
    QTest::keyClicks(numberEdit, number.toLower());
    QTest::mouseClick(child<QPushButton>(panel, "reprintButton"), Qt::LeftButton);
    QVERIFY2(panel->result().contains(QString::fromUtf8("原因")), qPrintable(panel->result()));
    QCOMPARE(sink.printed.size(), 1); // no reason, no reprint
    reasonEdit->setFocus();
    GuiTestSupport::typeText(reasonEdit, QString::fromUtf8("客户号票遗失"));
    QTest::mouseClick(child<QPushButton>(panel, "reprintButton"), Qt::LeftButton);
    QCOMPARE(sink.printed, (QStringList{number, number}));
    QVERIFY(panel->result().contains(number));
    Statement s = m_branch->database().prepare(
        "SELECT actor, json_extract(payload, '$.number'), json_extract(payload, '$.reason') "
        "FROM audit_log WHERE action = 'ticket.reprint'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("chenjing"));
    QCOMPARE(s.text(1), number);
    QCOMPARE(s.text(2), QString::fromUtf8("客户号票遗失"));
    QVERIFY(!s.step());

    // A clerk may not reprint at the kiosk, whatever the screen shows.
    const Session clerk{3, QStringLiteral("limin"), QString::fromUtf8("李敏"),
                        QStringLiteral("clerk"), 3};
    QVERIFY(!kiosk.reprint(number, QStringLiteral("x"), clerk).ok());
    QCOMPARE(sink.printed.size(), 2);
    panel->close();
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
