// The counter's rating pad rates the window's last ticket with a click; the manager's complaints
// dialog lists overdue complaints in red, records one, adds a note and closes it with the answer.
// Both in Chinese, with screenshots, and every text fits.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "complaintlistmodel.h"
#include "complaintswindow.h"
#include "core/clock.h"
#include "feedback/complaintbook.h"
#include "feedback/ratingbook.h"
#include "fieldsdialog.h"
#include "guitestsupport.h"
#include "messagebox.h"
#include "queue/ticketqueue.h"
#include "ratingpad.h"
#include "staff/staffdirectory.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}
} // namespace

class TestFeedbackGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ratingPadRatesWithAClick();
    void complaintsDialog();

private:
    Session signIn(const char *login, int window);
    std::unique_ptr<GuiTestSupport::ChineseUi> m_zh;
    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
};

void TestFeedbackGui::initTestCase()
{
    m_zh = std::make_unique<GuiTestSupport::ChineseUi>();
    GuiTestSupport::createDemoBranch(m_template.path());
}

void TestFeedbackGui::init()
{
    Clock::setTestNow(beijing(2026, 11, 24, 10, 12));
    m_dir = new QTemporaryDir;
    m_branch = GuiTestSupport::openCopy(m_template.path(), m_dir->path());
}

void TestFeedbackGui::cleanup()
{
    m_branch.reset();
    delete m_dir;
    Clock::setTestNow({});
}

Session TestFeedbackGui::signIn(const char *login, int window)
{
    return *StaffDirectory(*m_branch)
                .signIn(QString::fromLatin1(login), DemoData::staffPassword(), window)
                .session;
}

void TestFeedbackGui::ratingPadRatesWithAClick()
{
    RatingPad pad(*m_branch, 1);
    pad.resize(900, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    auto *good = GuiTestSupport::child<QPushButton>(&pad, "level5");
    auto *bad = GuiTestSupport::child<QPushButton>(&pad, "level2");
    QCOMPARE(good->text(), QString::fromUtf8("非常满意"));
    QVERIFY(!good->isEnabled()); // nothing served yet

    TicketQueue queue(*m_branch);
    TicketQueue::IssueRequest r;
    r.serviceCode = QStringLiteral("INS-BQ-CONTACT");
    const Ticket t = queue.issue(r, QStringLiteral("kiosk")).ticket;
    QVERIFY(queue.callTicket(1, t.number, QStringLiteral("limin")).ok());
    QVERIFY(queue.finish(1, QStringLiteral("limin")).ok());
    pad.refresh();
    QVERIFY(bad->isEnabled());
    QVERIFY(GuiTestSupport::child<QLabel>(&pad, "prompt")->text().contains(t.number));
    QCOMPARE(GuiTestSupport::firstCutText(&pad), QString());
    GuiTestSupport::saveScreenshot(&pad, QStringLiteral("rating-pad-zh_CN"));

    QTest::mouseClick(bad, Qt::LeftButton);
    const QList<RatingRow> rows = RatingBook(*m_branch).list(t.businessDay, t.businessDay);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().level, 2);
    QCOMPARE(rows.first().channel, QStringLiteral("pad"));
    QCOMPARE(rows.first().clerk, QStringLiteral("limin"));
    QCOMPARE(RatingBook(*m_branch).rectifications(true).size(), 1);
    QVERIFY(!good->isEnabled()); // once per ticket
    QVERIFY(!pad.message().isEmpty());
    GuiTestSupport::saveScreenshot(&pad, QStringLiteral("rating-pad-thanks-zh_CN"));
}

void TestFeedbackGui::complaintsDialog()
{
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    ComplaintBook book(*m_branch);
    const Session clerk = signIn("limin", 1);
    book.record(clerk,
                {QStringLiteral("letter"), QString::fromUtf8("张三"), QStringLiteral("13812345678"),
                 QString::fromUtf8("柜员态度生硬，未一次性告知所需材料"),
                 QStringLiteral("zhangwei"), QStringLiteral("BANK-CARD-LOSS")});
    Clock::setTestNow(beijing(2026, 10, 19, 10, 0));
    book.record(clerk, {QStringLiteral("phone"),
                        QString::fromUtf8("欧阳娜娜"),
                        {},
                        QString::fromUtf8("排队等候时间过长"),
                        {},
                        {}});
    Clock::setTestNow(beijing(2026, 10, 21, 9, 0)); // the first is overdue (due 20 October)

    const Session manager = signIn("wangli", 0);
    ComplaintsWindow w(*m_branch, manager);
    QAbstractItemModelTester tester(w.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ComplaintListModel *m = w.model();
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(m->isOverdue(0));
    QVERIFY(!m->isOverdue(1));
    QCOMPARE(
        m->data(m->index(0, ComplaintListModel::State), Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xc6, 0x28, 0x28));
    QVERIFY(!m->data(m->index(1, ComplaintListModel::State), Qt::ForegroundRole).isValid());
    QCOMPARE(m->data(m->index(0, ComplaintListModel::Phone)).toString(),
             QStringLiteral("138****5678"));

    // Record one at the counter, with the dialog's answers set in advance.
    FieldsDialog::setNextAnswers({QString::fromUtf8("李四"),
                                  QStringLiteral("13912345678"),
                                  QString::fromUtf8("收费未公示"),
                                  {},
                                  {}});
    QTest::mouseClick(GuiTestSupport::child<QPushButton>(&w, "add"), Qt::LeftButton);
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(w.selectComplaint(2));
    FieldsDialog::setNextAnswers({QString::fromUtf8("已调取窗口录音")});
    QTest::mouseClick(GuiTestSupport::child<QPushButton>(&w, "note"), Qt::LeftButton);
    QVERIFY(GuiTestSupport::child<QLabel>(&w, "details")
                ->text()
                .contains(QString::fromUtf8("已调取窗口录音")));
    QCOMPARE(GuiTestSupport::firstCutText(&w), QString());
    GuiTestSupport::saveScreenshot(&w, QStringLiteral("complaints-zh_CN"));
    QCOMPARE(book.notes(2).size(), 1);
    QVERIFY(w.selectComplaint(1));

    // Closing without an answer is refused and says why; with one it leaves the open list.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FieldsDialog::setNextAnswers({QStringLiteral(" ")});
    QTest::mouseClick(GuiTestSupport::child<QPushButton>(&w, "close"), Qt::LeftButton);
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(m->rowCount(), 3);
    auto *via = GuiTestSupport::child<QComboBox>(&w, "via");
    via->setCurrentIndex(via->findData(QStringLiteral("phone")));
    FieldsDialog::setNextAnswers({QString::fromUtf8("已电话致歉并说明整改措施")});
    QTest::mouseClick(GuiTestSupport::child<QPushButton>(&w, "close"), Qt::LeftButton);
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(book.complaint(1)->answeredVia, QStringLiteral("phone"));

    // A clerk's dialog cannot close one.
    ComplaintsWindow mine(*m_branch, clerk);
    QVERIFY(!GuiTestSupport::child<QPushButton>(&mine, "close")->isEnabled());
}

QTEST_MAIN(TestFeedbackGui)
#include "tst_feedback_gui.moc"
