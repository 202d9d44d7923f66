// The clerk's day at the serve panel, driven with the keyboard and the mouse: a customer with an
// agent and a missing document gets a one-time notice printed to PDF with the right items; on the
// second visit the case resumes and is accepted with the right due date.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "caselistwindow.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "casestore.h"
#include "catalogue/catalogueupdate.h"
#include "checkedtextedit.h"
#include "core/clock.h"
#include "database.h"
#include "fieldsdialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "pdfcheck.h"
#include "queue/ticketqueue.h"
#include "reports/dailylog.h"
#include "servepanel.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using GuiTestSupport::typeText;

namespace
{
template<typename T> T *child(QWidget *parent, const QString &name)
{
    return GuiTestSupport::child<T>(parent, qPrintable(name));
}

QString pdfText(const QString &pdf)
{
    return PdfCheck::text(pdf);
}

QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

void save(QWidget *w, const QString &name)
{
    GuiTestSupport::saveScreenshot(w, name);
}

// Sets a checklist row's status with the keyboard: Down moves the combo box one entry.
void mark(QTableWidget *table, int row, int steps)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
    combo->setFocus();
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
}
} // namespace

class TestServePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invalidIdIsExplainedAsTyped();
    void noticeThenSecondVisitAcceptance();
    void f2CallsTheNextTicket();
    void caseListPrivilegedActsNeedAManager();
    void signedDayNeedsAManager();
    void fitsAtBothScreenSizes_data();
    void fitsAtBothScreenSizes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_zh;
};

void TestServePanel::initTestCase()
{
    m_zh = std::make_unique<QTranslator>();
    QVERIFY(m_zh->load(QStringLiteral(":/i18n/counterdesk_zh_CN")));
    QCoreApplication::installTranslator(m_zh.get());
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    auto branch = Branch::create(m_dir.path(), TestSupport::passphrase(),
                                 {QStringLiteral("DEMO01"), QString::fromUtf8("示范营业厅")},
                                 QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
}

void TestServePanel::cleanupTestCase()
{
    Clock::setTestNow({});
}

void TestServePanel::invalidIdIsExplainedAsTyped()
{
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const auto catalogue = CatalogueUpdate::current(*branch);
    const Session clerk{3, QStringLiteral("limin"), QString::fromUtf8("李敏"),
                        QStringLiteral("clerk"), 3};
    ServePanel panel(*branch, *catalogue, clerk);
    panel.resize(1366, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClicks(child<QLineEdit>(&panel, QStringLiteral("idEdit")),
                     QStringLiteral("110105194912310023"));
    QVERIFY2(
        child<QLabel>(&panel, QStringLiteral("problemLabel"))->text().contains(QLatin1String("X")),
        qPrintable(child<QLabel>(&panel, QStringLiteral("problemLabel"))->text()));
    QTest::keyClick(child<QLineEdit>(&panel, QStringLiteral("idEdit")), Qt::Key_Backspace);
    QTest::keyClick(child<QLineEdit>(&panel, QStringLiteral("idEdit")), 'X');
    QCOMPARE(child<QLabel>(&panel, QStringLiteral("problemLabel"))->text(), QString());
    // Another identity document: the number is checked for that document's shape.
    auto *type = child<QComboBox>(&panel, QStringLiteral("idTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("hk_macau")));
    QVERIFY(child<QLabel>(&panel, QStringLiteral("problemLabel"))
                ->text()
                .contains(QString::fromUtf8("H 或 M")));
    child<QLineEdit>(&panel, QStringLiteral("idEdit"))->clear();
    QTest::keyClicks(child<QLineEdit>(&panel, QStringLiteral("idEdit")),
                     QStringLiteral("M12345678"));
    QCOMPARE(child<QLabel>(&panel, QStringLiteral("problemLabel"))->text(), QString());
}

void TestServePanel::noticeThenSecondVisitAcceptance()
{
    Clock::setTestNow(beijing(2026, 9, 29, 10, 0)); // Tuesday before National Day
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3)
                               .session;
    MainWindow window(std::move(branch));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startSession(clerk);
    ServePanel *panel = window.servePanel();
    QVERIFY(panel);
    panel->setTicket(QStringLiteral("A007"), 20);
    panel->selectService(QStringLiteral("INS-BQ-BENEFICIARY"));
    // Waited 20 minutes: the apology comes first, then the greeting with ticket and window.
    const QString script = child<QLabel>(panel, QStringLiteral("scriptLabel"))->text();
    QVERIFY2(script.startsWith(QString::fromUtf8("抱歉，让您久等了")), qPrintable(script));
    QVERIFY(script.contains(QString::fromUtf8("A007号")));
    QVERIFY(script.contains(QString::fromUtf8("3号窗口")));

    typeText(child<QLineEdit>(panel, QStringLiteral("nameEdit")), QString::fromUtf8("欧阳娜娜"));
    QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("idEdit")),
                     QStringLiteral("11010519491231002X"));
    QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("phoneEdit")),
                     QStringLiteral("13812345678"));
    QCheckBox *agent = nullptr;
    for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
        agent = box->property("condition").toString() == QLatin1String("agent") ? box : agent;
    }
    QVERIFY(agent);
    QTest::mouseClick(agent, Qt::LeftButton, {}, QPoint(5, agent->height() / 2));
    QVERIFY(agent->isChecked());
    typeText(child<QLineEdit>(panel, QStringLiteral("agentNameEdit")), QString::fromUtf8("赵建国"));
    QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("agentIdEdit")),
                     QStringLiteral("310115198003124412"));
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("openButton")), Qt::LeftButton);
    auto *table = child<QTableWidget>(panel, QStringLiteral("checklistTable"));
    // Policy, ID card, agent's ID, power of attorney, new beneficiary's ID, the signed form.
    QVERIFY2(table->rowCount() == 6,
             qPrintable(child<QLabel>(panel, QStringLiteral("problemLabel"))->text()));
    // Once open, the customer's data is masked on screen.
    QCOMPARE(child<QLineEdit>(panel, QStringLiteral("idEdit"))->text(),
             QStringLiteral("1101**********002X"));
    save(&window, QStringLiteral("serve-checklist"));

    // The application form, filled in from what was typed, for the customer to check and sign:
    // her data in full (the one document that shows it), and a code that finds the case.
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("applicationButton")),
                      Qt::LeftButton);
    const QString form = panel->lastDocumentPath();
    QVERIFY2(QFile::exists(form),
             qPrintable(child<QLabel>(panel, QStringLiteral("outcomeLabel"))->text()));
    const QString formText = pdfText(form);
    for (const char *expected : {"保险合同变更申请书", "欧阳娜娜", "11010519491231002X",
                                 "13812345678", "赵建国", "申请人签字", "受益人变更"}) {
        QVERIFY2(formText.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + formText));
    }
    const PdfCheck::Qr formQr = PdfCheck::decodeQr(form, m_dir.path());
    QVERIFY2(formQr.text.contains(QStringLiteral("/c/")), qPrintable(formQr.text));
    // The clerk's note is kept with the case.
    typeText(child<CheckedTextEdit>(panel, QStringLiteral("notesEdit")),
             QString::fromUtf8("客户下午补送委托书"));

    int attorney = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QString::fromUtf8("授权委托书（委托人签字）")) {
            attorney = r;
            mark(table, r, 2); // missing
        } else {
            mark(table, r, 1); // received
        }
    }
    QVERIFY(attorney >= 0);
    const qint64 caseId = panel->currentCase();
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("noticeButton")), Qt::LeftButton);
    QCOMPARE(CaseStore(window.branch().database()).byId(caseId)->notes,
             QString::fromUtf8("客户下午补送委托书"));
    const QString notice = panel->lastDocumentPath();
    QVERIFY2(QFile::exists(notice),
             qPrintable(child<QLabel>(panel, QStringLiteral("outcomeLabel"))->text()));
    const QString noticeText = pdfText(notice);
    QVERIFY(noticeText.contains(QString::fromUtf8("一次性告知书")));
    QVERIFY(noticeText.contains(QString::fromUtf8("授权委托书（委托人签字）：原件 1 份（缺）")));
    QVERIFY(!noticeText.contains(
        QString::fromUtf8("保险合同（保单）：原件 1 份"))); // received: not listed
    const QString number = QFileInfo(notice).completeBaseName();
    QCOMPARE(number, QStringLiteral("DEMO01-N-20260929-0001"));
    QVERIFY(child<QLabel>(panel, QStringLiteral("scriptLabel"))
                ->text()
                .contains(QString::fromUtf8("再见")));
    save(&window, QStringLiteral("serve-notice-given"));

    // Second visit, the next day: the notice number brings the case back.
    Clock::setTestNow(beijing(2026, 9, 30, 9, 0));
    QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("noticeEdit")), number);
    QTest::keyClick(child<QLineEdit>(panel, QStringLiteral("noticeEdit")), Qt::Key_Return);
    QCOMPARE(table->item(attorney, 0)->text(), QString::fromUtf8("授权委托书（委托人签字）"));
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(attorney, 2));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up); // missing -> received
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("acceptButton")), Qt::LeftButton);
    const QString receipt = panel->lastDocumentPath();
    QVERIFY2(QFile::exists(receipt),
             qPrintable(child<QLabel>(panel, QStringLiteral("outcomeLabel"))->text()));
    const QString receiptText = pdfText(receipt);
    QVERIFY(receiptText.contains(QString::fromUtf8("受理回执")));
    // Wednesday 30 September + 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October.
    QVERIFY2(receiptText.contains(QString::fromUtf8("2026年10月13日")), qPrintable(receiptText));
    QCOMPARE(QFileInfo(receipt).completeBaseName(), QStringLiteral("DEMO01-20260930-0001"));
    save(&window, QStringLiteral("serve-accepted"));
    QVERIFY(window.branch().verifyAudit().ok);
}

void TestServePanel::f2CallsTheNextTicket()
{
    Clock::setTestNow(beijing(2026, 10, 9, 9, 0));
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    TicketQueue queue(*branch);
    TicketQueue::IssueRequest request;
    request.serviceCode = QStringLiteral("INS-CL-MEDICAL");
    const auto issued = queue.issue(request, QStringLiteral("kiosk"));
    QVERIFY2(issued.ok(), qPrintable(issued.message));
    Clock::setTestNow(beijing(2026, 10, 9, 9, 25)); // 25 minutes later
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 2)
                               .session;
    MainWindow window(std::move(branch));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startSession(clerk);
    QTest::keyClick(&window, Qt::Key_F2);
    QCOMPARE(child<QLabel>(&window, QStringLiteral("currentTicketLabel"))->text(),
             issued.ticket.number);
    const QString script =
        child<QLabel>(window.servePanel(), QStringLiteral("scriptLabel"))->text();
    QVERIFY2(script.contains(issued.ticket.number + QString::fromUtf8("号")), qPrintable(script));
    QVERIFY(script.startsWith(QString::fromUtf8("抱歉，让您久等了"))); // waited 25 minutes
    save(&window, QStringLiteral("clerk-called"));
    QTest::keyClick(&window, Qt::Key_F8); // finish
    QCOMPARE(child<QLabel>(&window, QStringLiteral("currentTicketLabel"))->text(),
             QStringLiteral("—"));
}

void TestServePanel::caseListPrivilegedActsNeedAManager()
{
    Clock::setTestNow(beijing(2026, 11, 24, 10, 0));
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const auto catalogue = CatalogueUpdate::current(*branch);
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3)
                               .session;
    CaseWorkflow cases(*branch, *catalogue);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"),
                                 {QString::fromUtf8("张三"),
                                  QStringLiteral("resident"),
                                  QStringLiteral("11010519491231002X"),
                                  {}},
                                 {});
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    const QString number = cases.accept(clerk, id, QStringLiteral("zh_CN")).number;
    InquiryBook(*branch).record(clerk, QString::fromUtf8("能否异地领取？"), {}, {});

    CaseListWindow window(*branch, *catalogue, clerk);
    window.resize(1366, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectCase(id));
    auto *status = child<QLabel>(&window, QStringLiteral("statusLabel"));

    // A clerk's own password does not authorise her: refused, and the case stays accepted.
    FieldsDialog::setNextAnswers(
        {QString::fromUtf8("重复受理"), QStringLiteral("limin"), DemoData::staffPassword()});
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY2(!status->text().isEmpty(), "no refusal shown");
    QCOMPARE(cases.find(id)->state, QStringLiteral("accepted"));

    // A reprint authorised by the manager: archived, marked as the first reprint.
    FieldsDialog::setNextAnswers(
        {QString::fromUtf8("客户遗失"), QStringLiteral("wangli"), DemoData::staffPassword()});
    QVERIFY(window.selectCase(id));
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("reprintButton")), Qt::LeftButton);
    QVERIFY2(QFile::exists(window.lastDocumentPath()), qPrintable(status->text()));
    const QString reprint = pdfText(window.lastDocumentPath());
    QVERIFY2(reprint.contains(QString::fromUtf8("补打第 1 次")), qPrintable(reprint));
    QVERIFY(reprint.contains(number));

    // Next step offers only what this case can become; ready queues the SMS.
    QVERIFY(window.selectCase(id));
    auto *menu = child<QPushButton>(&window, QStringLiteral("advanceButton"))->menu();
    QStringList offered;
    for (QAction *a : menu->actions()) {
        offered << a->objectName();
    }
    QCOMPARE(offered,
             (QStringList{QStringLiteral("advanceTo_processing"), QStringLiteral("advanceTo_ready"),
                          QStringLiteral("advanceTo_suspended")}));
    FieldsDialog::setNextAnswers({QString()});
    menu->actions().at(1)->trigger();
    QCOMPARE(cases.find(id)->state, QStringLiteral("ready"));
    QVERIFY(window.selectCase(id));
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("collectionButton")),
                      Qt::LeftButton);
    const QString collection = pdfText(window.lastDocumentPath());
    QVERIFY2(collection.contains(QString::fromUtf8("领取通知书")), qPrintable(status->text()));
    QVERIFY(!collection.contains(QStringLiteral("11010519491231002X")));
    save(&window, QStringLiteral("case-list"));

    // The question the clerk owes: listed with its reply date, answered from here.
    child<QTabWidget>(&window, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto *questions = child<QTableWidget>(&window, QStringLiteral("questionTable"));
    QCOMPARE(questions->rowCount(), 1);
    QCOMPARE(questions->item(0, 4)->text(),
             QLocale().toString(QDate(2026, 11, 25), QLocale::ShortFormat));
    questions->selectRow(0);
    FieldsDialog::setNextAnswers({QString::fromUtf8("可以，凭回执到任一网点领取。")});
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("answerButton")), Qt::LeftButton);
    QCOMPARE(questions->item(0, 5)->text(), QString::fromUtf8("已答复"));
    save(&window, QStringLiteral("case-list-questions"));
    QVERIFY(branch->verifyAudit().ok);
}

// After the manager signs the day's log, a clerk's change to that day asks for a manager in
// the same step: a clerk's own password is refused and nothing is opened; the manager's works.
void TestServePanel::signedDayNeedsAManager()
{
    Clock::setTestNow(beijing(2026, 12, 1, 17, 0));
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const auto catalogue = CatalogueUpdate::current(*branch);
    StaffDirectory staff(*branch);
    const Session clerk =
        *staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3).session;
    DailyLog(*branch).sign(
        *staff.signIn(QStringLiteral("wangli"), DemoData::staffPassword(), 0).session,
        QDate(2026, 12, 1), {});
    ServePanel panel(*branch, *catalogue, clerk);
    panel.resize(1366, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    typeText(child<QLineEdit>(&panel, QStringLiteral("nameEdit")), QString::fromUtf8("张三"));
    auto *outcome = child<QLabel>(&panel, QStringLiteral("outcomeLabel"));
    FieldsDialog::setNextAnswers({{}, QStringLiteral("limin"), DemoData::staffPassword()});
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("openButton")), Qt::LeftButton);
    QCOMPARE(panel.currentCase(), 0);
    QVERIFY2(!outcome->text().isEmpty(), "no refusal shown");
    FieldsDialog::setNextAnswers({{}, QStringLiteral("wangli"), DemoData::staffPassword()});
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("openButton")), Qt::LeftButton);
    QVERIFY2(panel.currentCase() != 0, qPrintable(outcome->text()));
    Statement s = branch->database().prepare(
        "SELECT payload FROM audit_log WHERE action = 'case.open' ORDER BY seq DESC LIMIT 1");
    QVERIFY(s.step());
    QVERIFY(s.text(0).contains(QLatin1String("\"signedDayAuthorisedBy\":\"wangli\"")));
}

void TestServePanel::fitsAtBothScreenSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// Every button and one-line label of the clerk's window gets at least the room its Chinese
// text needs, at a laptop's and at a full-HD screen's size: nothing is cut off.
void TestServePanel::fitsAtBothScreenSizes()
{
    QFETCH(QSize, size);
    Clock::setTestNow(beijing(2026, 11, 24, 10, 0));
    auto branch = Branch::open(m_dir.path(), TestSupport::passphrase());
    const Session clerk = *StaffDirectory(*branch)
                               .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 2)
                               .session;
    MainWindow window(std::move(branch));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startSession(clerk);
    ServePanel *panel = window.servePanel();
    panel->selectService(QStringLiteral("INS-BQ-HOLDER"));
    typeText(child<QLineEdit>(panel, QStringLiteral("nameEdit")), QString::fromUtf8("欧阳娜娜"));
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("openButton")), Qt::LeftButton);
    QTest::qWait(50);
    QStringList cut;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible()) {
            continue;
        }
        auto *label = qobject_cast<QLabel *>(w);
        const bool oneLine = label && !label->wordWrap() && !label->text().isEmpty();
        if ((qobject_cast<QPushButton *>(w) || oneLine)
            && w->width() < w->minimumSizeHint().width()) {
            cut << QStringLiteral("%1 (%2 < %3)")
                       .arg(w->objectName())
                       .arg(w->width())
                       .arg(w->minimumSizeHint().width());
        }
    }
    save(&window, QStringLiteral("clerk-window-%1x%2").arg(size.width()).arg(size.height()));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestServePanel)
#include "tst_servepanel.moc"
